// The shape cache must never hand one statement another's facts: cached results always equal fresh ones.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSql, initSqlAnalyzer, shapeKey } from "../../runtime/sql/index.js";

beforeAll(() => initSqlAnalyzer());

const literal = fc.oneof(
  fc.integer({ min: -3, max: 3 }).map(String),
  fc.constantFrom("'a'", "'b'", "'t'", "'f'", "'%'", "'a%'", "'1'", "true", "false", "NULL", "1.5", "'x''y'", "$$a$$", "E'\\x41'"),
);
const column = fc.constantFrom("id", "note", "c.id", "balance", "status");
const predicate: fc.Arbitrary<string> = fc.letrec((tie) => ({
  p: fc.oneof({ depthSize: "small" },
    fc.tuple(fc.oneof(literal, column), fc.constantFrom("=", "<>", "<", ">=", "LIKE", "IS DISTINCT FROM"), fc.oneof(literal, column)).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(fc.oneof(literal, column), fc.array(literal, { minLength: 1, maxLength: 3 })).map(([a, xs]) => `${a} IN (${xs.join(", ")})`),
    fc.tuple(literal, fc.constantFrom("boolean", "int", "text")).map(([a, t]) => `${a}::${t} IS TRUE`),
    fc.tuple(column, fc.constantFrom("IS NULL", "IS NOT NULL")).map(([a, t]) => `${a} ${t}`),
    fc.tuple(tie("p"), fc.constantFrom("AND", "OR"), tie("p")).map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie("p").map((a) => `NOT ${a}`),
  ),
})).p;
const statement = fc.oneof(
  predicate.map((w) => `DELETE FROM audit_notes c WHERE ${w}`),
  predicate.map((w) => `UPDATE accounts c SET status = 'x' WHERE ${w}`),
  predicate.map((w) => `SELECT id FROM accounts c WHERE ${w} ORDER BY 1`),
  fc.tuple(literal, fc.constantFrom("STDOUT", "'/tmp/f'", "PROGRAM 'x'")).map(([l, t]) => `COPY (SELECT ${l}) TO ${t}`),
  fc.tuple(literal, literal).map(([a, b]) => `SELECT ${a}, ${b} FROM customers ORDER BY ${["1", "2"][Math.abs(a.length) % 2]}`),
  fc.tuple(fc.constantFrom("0", "1", "true", "false", "'on'", "'off'"), literal).map(([v, l]) => `EXPLAIN (ANALYZE ${v}) DELETE FROM audit_notes WHERE id = ${l}`),
  fc.tuple(literal, literal).map(([a, b]) => `SELECT set_config(${a}::text, ${b}::text, false)`),
);

describe("shape cache", () => {
  it("cached facts always equal freshly computed ones", () => {
    fc.assert(fc.property(fc.array(statement, { minLength: 1, maxLength: 6 }), (stmts) => {
      for (const s of stmts) {
        const viaCache = analyzeSql(s);
        const fresh = analyzeSql(s, { noCache: true });
        expect(viaCache.facts, s).toEqual(fresh.facts);
        expect(viaCache.statements.map((x) => x.lineage), s).toEqual(fresh.statements.map((x) => x.lineage));
      }
    }), { numRuns: 400 });
  });

  it("shares one analysis across literal values where they do not matter", () => {
    analyzeSql("SELECT abalance FROM pgbench_accounts WHERE aid = 12345");
    const hit = analyzeSql("select abalance from pgbench_accounts where aid = 678");
    expect(hit.cached).toBe(true);
  });

  it("keeps statements whose facts differ apart", () => {
    expect(analyzeSql("DELETE FROM t WHERE 1=1").facts.statements[0]!.hasWhere).toBe(false);
    expect(analyzeSql("DELETE FROM t WHERE 1=2").facts.statements[0]!.hasWhere).toBe(true);
    expect(analyzeSql("COPY t TO STDOUT").facts.readOnly).toBe(true);
    expect(analyzeSql("COPY t TO '/tmp/f'").facts.readOnly).toBe(false);
  });

  it("keys keep what the parser would read differently", () => {
    const k = (s: string) => shapeKey(s)?.key;
    expect(k("SELECT 'a'\n'b'")).not.toBe(k("SELECT 'a' 'b'"));
    expect(k("SELECT E'\\''")).not.toBe(k("SELECT E'x'"));
    expect(k('SELECT "A"')).not.toBe(k("SELECT a"));
    expect(k("SELECT A")).toBe(k("select a"));
    expect(k("SELECT 0x1F")).not.toBe(k("SELECT 0x1G"));
    expect(shapeKey("SELECT 'unterminated")).toBeUndefined();
  });
});
