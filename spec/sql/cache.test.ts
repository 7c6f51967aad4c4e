// The shape cache must never hand one statement another's facts: cached results always equal fresh ones.
import fc from "fast-check";
import { parseSync } from "libpg-query";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSql, initSqlAnalyzer, shapeKey } from "../../runtime/sql/index.js";

beforeAll(() => initSqlAnalyzer());

// Literals the scanner strips, keeps, or must read exactly as PostgreSQL does: dollar quotes with
// tags, escape strings, numerals of every kind (32-bit integers are a different parse node from
// larger ones and from decimals), casts.
const literal = fc.oneof(
  fc.integer({ min: -3, max: 3 }).map(String),
  fc.constantFrom("'a'", "'b'", "'t'", "'f'", "'%'", "'a%'", "'1'", "true", "false", "NULL", "1.5", "'x''y'", "$$a$$", "E'\\x41'"),
  fc.constantFrom("$t$a$t$", "$t$1$t$", "$$'$$", "E'\\''", "E'a\\'", "1e5", ".5", "1.", "0x1F", "0x1", "1_000", "2147483647", "2147483648", "00000000002", "2.0", "'1'::int", "1::text", "'t'::boolean", "U&'\\0061'", "b'1'", "x'1F'"),
);
// Whitespace and comments between tokens: nested block comments, line comments, newlines (which
// make two adjacent strings one).
const gap = fc.constantFrom(" ", "\n", " /* c /* nested */ c */ ", "/**/", " -- c\n", "--\n", "\t", "  ", "\n \n", "\r\n");
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
  // An output position decides which column is ordered on; a decimal is not a position.
  fc.tuple(fc.constantFrom("1", "2", "1.0", "2.0", "2e0", "3", "2147483648"), gap).map(([n, g]) => `SELECT id, ssn FROM customers ORDER BY${g}${n}`),
  // The string after UESCAPE decides what a Unicode-escaped identifier names.
  fc.tuple(fc.constantFrom("'!'", "'#'", "$$!$$", "''\n'!'", "E'!'"), gap).map(([e, g]) => `SELECT U&"d!0061ta" UESCAPE${g}${e} FROM customers`),
  // A string that continues an escape string is read with escape rules.
  fc.tuple(fc.constantFrom("E'a'", "E''", "'a'", "U&'a'"), gap, fc.constantFrom("'x'", "'\\', ssn, '", "'\\'' , ssn, ''")).map(([a, g, b]) => `SELECT ${a}${g}${b} AS v FROM customers`),
  fc.tuple(gap, literal, gap).map(([g1, l, g2]) => `SELECT${g1}id${g2}FROM customers WHERE id = ${l}${g1}LIMIT ${l}`),
  // Whether a literal keeps concatenated values apart decides whether the result is transformed.
  fc.tuple(literal, literal).map(([a, b]) => `SELECT memo || ${a}, concat_ws(${b}, memo, id), string_agg(memo, ${b}::text) FROM transactions GROUP BY memo, id`),
);

// The parse tree with literal values and positions taken out: what the analysis may depend on
// without consulting a literal's value.
function treeShape(sql: string): string {
  let tree: unknown;
  try {
    tree = parseSync(sql);
  } catch {
    return "parse error";
  }
  return JSON.stringify(tree, (k, v) => {
    if (k === "location" || k === "stmt_location" || k === "stmt_len") return undefined;
    if (k === "A_Const" && v && typeof v === "object") return Object.keys(v).sort();
    return v;
  });
}

// Two fillings of one template: whenever the scanner gives them one key, PostgreSQL must parse
// them to the same tree up to literal values.
const template = fc.array(fc.oneof(
  fc.constant("L"), fc.constant("G"),
  fc.constantFrom("SELECT", "FROM customers", "WHERE", "ORDER BY", "id", "ssn", ",", "=", "+", "::int", "::text", "(", ")", "AS v", "UESCAPE", 'U&"d!0061ta"', "E", "U&", "LIMIT", "AND"),
), { minLength: 1, maxLength: 10 });

describe("shape cache", () => {
  it("cached facts always equal freshly computed ones", () => {
    fc.assert(fc.property(fc.array(statement, { minLength: 1, maxLength: 6 }), (stmts) => {
      for (const s of stmts) {
        const viaCache = analyzeSql(s);
        const fresh = analyzeSql(s, { noCache: true });
        expect(viaCache.facts, s).toEqual(fresh.facts);
        expect(viaCache.statements.map((x) => x.lineage), s).toEqual(fresh.statements.map((x) => x.lineage));
      }
    }), { numRuns: 600 });
  });

  it("one key means one parse tree up to literal values", () => {
    const fill = (t: string[], lits: string[], gaps: string[]) => t.map((x, i) => (x === "L" ? lits[i % lits.length] : x === "G" ? gaps[i % gaps.length] : ` ${x} `)).join("");
    fc.assert(fc.property(template, fc.array(literal, { minLength: 1, maxLength: 4 }), fc.array(literal, { minLength: 1, maxLength: 4 }), fc.array(gap, { minLength: 1, maxLength: 3 }), fc.array(gap, { minLength: 1, maxLength: 3 }), (t, l1, l2, g1, g2) => {
      const a = fill(["SELECT", ...t], l1, g1);
      const b = fill(["SELECT", ...t], l2, g2);
      const ka = shapeKey(a);
      const kb = shapeKey(b);
      if (ka && kb && ka.key === kb.key) expect(treeShape(b), `${a}\n${b}`).toBe(treeShape(a));
    }), { numRuns: 3000 });
  });

  it("shares one analysis across literal values where they do not matter", () => {
    analyzeSql("SELECT abalance FROM pgbench_accounts WHERE aid = 12345");
    const hit = analyzeSql("select abalance from pgbench_accounts where aid = 678");
    expect(hit.cached).toBe(true);
  });

  it("keeps statements whose facts differ apart", () => {
    expect(analyzeSql("DELETE FROM t WHERE 1=1").facts.statements[0]!.hasWhere).toBe(false);
    expect(analyzeSql("DELETE FROM t WHERE 1=2").facts.statements[0]!.hasWhere).toBe(true);
    // A width read from a value ('%*s') makes the value decide whether format fails.
    expect(analyzeSql("SELECT format('%s|', ascii(ssn), 'x') FROM customers").facts.statements[0]!.columnsInPredicates).toEqual([]);
    expect(analyzeSql("SELECT format('%*s', ascii(ssn), 'x') FROM customers").facts.statements[0]!.columnsInPredicates).toEqual(["public.customers.ssn"]);
    expect(analyzeSql("COPY t TO STDOUT").facts.readOnly).toBe(true);
    expect(analyzeSql("COPY t TO '/tmp/f'").facts.readOnly).toBe(false);
    // U+0001 joins the literal values of a key; literals holding it still keep their own entries.
    expect(analyzeSql("DELETE FROM t WHERE 'a\u0001' = 'a\u0001'").facts.statements[0]!.hasWhere).toBe(false);
    expect(analyzeSql("DELETE FROM t WHERE 'a\u0001' = '\u0001a'").facts.statements[0]!.hasWhere).toBe(true);
    expect(analyzeSql("DELETE FROM t WHERE 'a' = '\u0001'").facts.statements[0]!.hasWhere).toBe(true);
    expect(analyzeSql("SELECT memo || ', ' FROM transactions").statements[0]!.lineage!.columns[0]!.transformed).toBe(false);
    expect(analyzeSql("SELECT memo || 'x' FROM transactions").statements[0]!.lineage!.columns[0]!.transformed).toBe(true);
  });

  it("keys keep what the parser would read differently", () => {
    const k = (s: string) => shapeKey(s)?.key;
    expect(k("SELECT 'a'\n'b'")).not.toBe(k("SELECT 'a' 'b'"));
    expect(k("SELECT E'\\''")).not.toBe(k("SELECT E'x'"));
    expect(k('SELECT "A"')).not.toBe(k("SELECT a"));
    expect(k("SELECT A")).toBe(k("select a"));
    expect(k("SELECT 0x1F")).not.toBe(k("SELECT 0x1G"));
    expect(k("SELECT 1 ORDER BY 2")).not.toBe(k("SELECT 1 ORDER BY 2.0"));
    expect(k("SELECT 2147483647")).not.toBe(k("SELECT 2147483648"));
    expect(k(`SELECT U&"d!0061ta" UESCAPE '!'`)).not.toBe(k(`SELECT U&"d!0061ta" UESCAPE '#'`));
    expect(k("SELECT E'a'\n'\\', x'")).not.toBe(k("SELECT E'a'\n'y', x'"));
    expect(k("SELECT $t$a$t$ /* x /* y */ z */ -- w\n + .5e1")).toBe(k("select $t$b$t$ /**/ --\n+ 7.5"));
    expect(shapeKey("SELECT 'unterminated")).toBeUndefined();
    expect(shapeKey("SELECT /* /* unclosed */")).toBeUndefined();
    expect(shapeKey("SELECT \u0001s")).toBeUndefined();
  });
});
