// Property: random SELECTs over the fixture schema, run on the real database with the masking plan
// applied to their rows, never return a raw (or trivially transformed) masked value; and the
// gateway's row masker (which works on wire bytes and skips decoding where it can) masks every row
// exactly as the plan does.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { analyzeSql, initSqlAnalyzer, type Catalog } from "../../runtime/sql/index.js";
import { applyPlan, createValueMasker, planMasks } from "../../runtime/masking/index.js";
import { createResultMasking } from "../../runtime/engine/masking-adapter.js";
import type { Decision } from "../../compiler/context/types.js";
import { PG_URL, testCatalog } from "../sql/helpers.js";
import { AGENT_MASKS, rawTextClient, secretNeedles } from "./fixture.js";

const run = PG_URL ? describe : describe.skip;

const CUSTOMER_COLS = ["id", "full_name", "email", "ssn", "card_number", "phone", "birth_date"];
const ACCOUNT_COLS = ["id", "customer_id", "iban", "balance", "status"];
const TRANSACTION_COLS = ["id", "account_id", "amount", "memo", "booked_at"];

// Expressions over a column reference `c`, each a way to carry its value out.
const WRAPS = [
  (c: string) => c, (c: string) => `lower(${c}::text)`, (c: string) => `upper(${c}::text)`, (c: string) => `${c}::text`,
  (c: string) => `reverse(${c}::text)`, (c: string) => `substr(${c}::text, 1, 8)`, (c: string) => `${c}::text || '|'`,
  (c: string) => `concat('x', ${c})`, (c: string) => `json_build_object('v', ${c})::text`, (c: string) => `coalesce(${c}::text, '')`,
  (c: string) => `encode(convert_to(${c}::text, 'UTF8'), 'hex')`, (c: string) => `replace(${c}::text, '-', '')`,
  (c: string) => `CASE WHEN true THEN ${c}::text END`, (c: string) => `array_to_string(ARRAY[${c}::text], ',')`,
  (c: string) => `(SELECT ${c})`, (c: string) => `string_agg(${c}::text, ',') OVER ()`, (c: string) => `format('%s', ${c})`, (c: string) => `${c}::varchar(200)`,
  (c: string) => `${c}::varchar(12)`, (c: string) => `${c}::char(12)`, (c: string) => `substr(${c}::text, 6, 8)`, (c: string) => `split_part(${c}::text, ' ', 2)`,
  (c: string) => `split_part(split_part(${c}::text, '@', 1), ' ', 2)`, (c: string) => `translate(${c}::text, '0123456789', 'abcdefghij')`,
  (c: string) => `regexp_replace(${c}::text, '(\\d{8})(\\d{8})', '\\1 / \\2')`, (c: string) => `'9' || ${c}::text`, (c: string) => `${c}::text || ', ' || ${c}::text`,
];
/** Wraps allowed inside an aggregate (no window functions). */
const SCALAR_WRAPS = WRAPS.filter((w) => !w("c").includes(" OVER "));

type Source = { from: string; alias: string; cols: string[] };
const SOURCES: Source[] = [
  { from: "customers c", alias: "c", cols: CUSTOMER_COLS },
  { from: "(SELECT * FROM customers) c", alias: "c", cols: CUSTOMER_COLS },
  { from: "(SELECT id, ssn AS x1, email AS x2, card_number AS x3, full_name FROM customers) c", alias: "c", cols: ["id", "x1", "x2", "x3", "full_name"] },
  { from: "customer_contacts c", alias: "c", cols: ["id", "full_name", "contact", "tax_id"] },
  { from: "customer_by_id(3) c", alias: "c", cols: CUSTOMER_COLS },
  { from: "accounts c", alias: "c", cols: ACCOUNT_COLS },
  { from: "(WITH w AS (SELECT * FROM accounts) SELECT * FROM w) c", alias: "c", cols: ACCOUNT_COLS },
  { from: "(SELECT ssn AS v FROM customers UNION ALL SELECT iban FROM accounts) c", alias: "c", cols: ["v"] },
  { from: "customers x JOIN accounts c ON c.customer_id = x.id", alias: "c", cols: ACCOUNT_COLS },
  { from: "LATERAL (SELECT email AS e FROM customers) c", alias: "c", cols: ["e"] },
  { from: "(SELECT * FROM transactions WHERE memo LIKE 'c%') c", alias: "c", cols: TRANSACTION_COLS },
  { from: "(SELECT id, reverse(ssn) AS r, replace(email, '@', ' ') AS e, substr(card_number, 1, 8) AS p FROM customers) c", alias: "c", cols: ["id", "r", "e", "p"] },
  { from: "(SELECT t.memo AS note, a.* FROM transactions t JOIN accounts a ON a.id = t.account_id) c", alias: "c", cols: ["note", ...ACCOUNT_COLS] },
];

const WHOLE = [
  (a: string) => `${a}.*`, (a: string) => `row_to_json(${a})::text`, (a: string) => `${a}::text`, () => "*", (a: string) => `to_jsonb(${a})::text`,
  (a: string) => `(${a}).*`,
];

/** Set-returning functions next to the source, whose columns come after the source's in `*` and `g.*`. */
const FUNCTIONS = ["generate_series(1, 1) g", "unnest(ARRAY[1]) g", `json_each('{"a": 1}') g`, `jsonb_each_text('{"a": 1}') g`];

const AGGREGATES = [
  (e: string) => `mode() WITHIN GROUP (ORDER BY ${e})`, (e: string) => `percentile_disc(0.5) WITHIN GROUP (ORDER BY ${e})`,
  (e: string) => `percentile_disc(ARRAY[0, 1]) WITHIN GROUP (ORDER BY ${e})`, (e: string) => `max(${e})`, (e: string) => `string_agg(${e}::text, ',' ORDER BY 1)`,
];

const fromOf = (source: Source, fn: string | undefined) =>
  (source.from.startsWith("LATERAL") ? `(SELECT 1) one, ${source.from}` : source.from) + (fn ? `, ${fn}` : "");

const plainQuery = fc.record({
  source: fc.constantFrom(...SOURCES),
  items: fc.array(fc.record({ col: fc.nat(), wrap: fc.nat(WRAPS.length - 1), alias: fc.boolean() }), { minLength: 1, maxLength: 4 }),
  whole: fc.option(fc.nat(WHOLE.length - 1), { nil: undefined }),
  fn: fc.option(fc.constantFrom(...FUNCTIONS), { nil: undefined, freq: 2 }),
  wrapInCte: fc.boolean(),
}).map(({ source, items, whole, fn, wrapInCte }) => {
  const list = items.map((it, i) => {
    const col = `${source.alias}.${source.cols[it.col % source.cols.length]}`;
    return WRAPS[it.wrap]!(col) + (it.alias ? ` AS out_${i}` : "");
  });
  if (whole !== undefined) list.push(WHOLE[whole]!(source.alias));
  if (fn) list.push("g.*");
  const q = `SELECT ${list.join(", ")} FROM ${fromOf(source, fn)} LIMIT 4`;
  return wrapInCte ? `WITH q AS (${q}) SELECT * FROM q` : q;
});

const aggregateQuery = fc.record({
  source: fc.constantFrom(...SOURCES),
  items: fc.array(fc.record({ col: fc.nat(), wrap: fc.nat(SCALAR_WRAPS.length - 1), agg: fc.nat(AGGREGATES.length - 1) }), { minLength: 1, maxLength: 3 }),
}).map(({ source, items }) => {
  const list = items.map((it) => AGGREGATES[it.agg]!(SCALAR_WRAPS[it.wrap]!(`${source.alias}.${source.cols[it.col % source.cols.length]}`)));
  return `SELECT ${list.join(", ")} FROM ${fromOf(source, undefined)}`;
});

const query = fc.oneof({ arbitrary: plainQuery, weight: 3 }, { arbitrary: aggregateQuery, weight: 1 });

run("masking property on the real database", () => {
  let client: pg.Client;
  let catalog: Catalog;
  let needles: { kind: string; needle: string }[];
  const masker = createValueMasker({ hashKey: "property-test-key-0123456789" });

  beforeAll(async () => {
    await initSqlAnalyzer();
    client = rawTextClient(PG_URL!);
    await client.connect();
    catalog = await testCatalog();
    needles = await secretNeedles(client);
  });
  afterAll(async () => { await client?.end(); });

  const leaks = (rows: (string | null)[][]) => {
    for (const row of rows) for (const cell of row) {
      if (cell === null) continue;
      const hit = needles.find((n) => cell.includes(n.needle));
      if (hit) return `${hit.kind} '${hit.needle}' in '${cell.slice(0, 80)}'`;
    }
    return undefined;
  };

  const check = async (sql: string, withFields: boolean) => {
    const a = analyzeSql(sql, { catalog });
    expect(a.facts.parseError, sql).toBeUndefined();
    const res = await client.query({ text: sql, rowMode: "array" });
    const fields = res.fields.map((f) => ({ tableOid: f.tableID, attnum: f.columnID }));
    const plan = planMasks(AGENT_MASKS, a.statements[0]!.lineage, withFields ? { fields, catalog } : { fields: fields.map(() => ({ tableOid: 0, attnum: 0 })) });
    const masked = (res.rows as (string | null)[][]).map((r) => applyPlan(plan, r, masker).row);
    return leaks(masked);
  };

  it("no random query leaks a masked value (lineage and row description)", async () => {
    await fc.assert(fc.asyncProperty(query, async (sql) => {
      expect(await check(sql, true), sql).toBeUndefined();
    }), { numRuns: 400 });
  });

  it("no random query leaks on lineage alone (no table OIDs from the server)", async () => {
    await fc.assert(fc.asyncProperty(query, async (sql) => {
      expect(await check(sql, false), sql).toBeUndefined();
    }), { numRuns: 300 });
  });

  it("the gateway's row masker changes every row as the plan does, for rows of the query and arbitrary values", async () => {
    const masking = await createResultMasking();
    const decision: Decision = { effect: "allow", rules: [], reason: "", masks: AGENT_MASKS };
    const cell = fc.option(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("4111 1111 1111 1111", "ann@bank.example", "123-45-6789")), { nil: null });
    let constantCells = 0;
    await fc.assert(fc.asyncProperty(query, fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 3 }), async (sql, extra) => {
      const a = analyzeSql(sql, { catalog });
      const res = await client.query({ text: sql, rowMode: "array" });
      const columns = res.fields.map((f) => ({ name: f.name, tableOid: f.tableID, columnAttr: f.columnID, typeOid: f.dataTypeID, format: 0 }));
      const plan = planMasks(AGENT_MASKS, a.statements[0]!.lineage, { fields: columns.map((c) => ({ tableOid: c.tableOid, attnum: c.columnAttr })), catalog });
      constantCells += plan.columns.filter((c) => c.action === "mask" && c.method === "redact").length;
      const rowMasker = masking.rowMasker(decision, a, 0, columns, catalog);
      const rows = [...(res.rows as (string | null)[][]), ...extra.map((r) => columns.map((_, i) => r[i] ?? null))];
      for (const row of rows) {
        const expected = applyPlan(plan, row, masker);
        const wire = row.map((v) => (v === null ? null : Buffer.from(v, "utf8")));
        const n = rowMasker?.maskRow(wire) ?? 0;
        expect(wire.map((v) => (v === null ? null : v.toString("utf8"))), sql).toEqual(expected.row);
        expect(n, sql).toBe(expected.masked);
      }
    }), { numRuns: 120 });
    expect(constantCells).toBeGreaterThan(0);
  });

  it("the generator does produce leaking queries when nothing is masked", async () => {
    // Guards the property against a generator that never touches a secret.
    const res = await client.query({ text: "SELECT reverse(ssn), c.* FROM customers c LIMIT 2", rowMode: "array" });
    expect(leaks(res.rows as string[][])).toBeDefined();
  });
});
