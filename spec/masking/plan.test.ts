// The masking plan for statements of the example policy: which output column gets which action.
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSql, initSqlAnalyzer, type Catalog } from "../../runtime/sql/index.js";
import { applyPlan, createValueMasker, planMasks, REDACTED, type ColumnAction } from "../../runtime/masking/index.js";
import { PG_URL, testCatalog } from "../sql/helpers.js";
import { AGENT_MASKS } from "./fixture.js";

beforeAll(() => initSqlAnalyzer());

const plan = (sql: string, fields?: { name: string }[], catalog?: Catalog): ColumnAction[] => {
  const a = analyzeSql(sql, { noCache: true, catalog });
  expect(a.facts.parseError, sql).toBeUndefined();
  const lineage = a.statements[a.statements.length - 1]!.lineage;
  return planMasks(AGENT_MASKS, lineage, fields ? { fields: fields.map((f) => ({ ...f, tableOid: 0, attnum: 0 })) } : {}).columns;
};
const method = (a: ColumnAction | undefined) => (a?.action === "mask" ? a.method : a?.action);

describe("masking plan", () => {
  it("shows the last four of a card number only on the whole value", () => {
    expect(method(plan("SELECT card_number FROM customers")[0])).toBe("last4");
    expect(method(plan("SELECT card_number::varchar FROM customers")[0])).toBe("last4");
    for (const t of ["varchar(12)", "char(12)", "bpchar(12)", "name", '"char"']) {
      expect(method(plan(`SELECT card_number::${t} FROM customers`)[0]), t).toBe("redact");
    }
  });

  it("masks the NULLs of a value computed from a masked column, not those of the column itself", () => {
    const masker = createValueMasker();
    const row = (sql: string, values: (string | null)[]) => applyPlan({ columns: plan(sql), active: true }, values, masker).row;
    // NULL here says the SSN does not start with 4.
    expect(row("SELECT id, CASE WHEN ssn LIKE '4%' THEN 1 END FROM customers", ["1", null])).toEqual(["1", REDACTED]);
    expect(row("SELECT nullif(left(email, 1), 'b'), substring(ssn from '^4') FROM customers", [null, null])).toEqual([REDACTED, REDACTED]);
    expect(row("SELECT x FROM unknown_function() x", [null])).toEqual([REDACTED]);
    expect(row("SELECT ssn, card_number, full_name FROM customers", [null, null, null])).toEqual([null, null, null]);
  });

  it("masks what an ordered-set aggregate picks from a masked column", () => {
    for (const sql of [
      "SELECT mode() WITHIN GROUP (ORDER BY reverse(ssn)) FROM customers",
      "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY replace(ssn, '-', '')) FROM customers",
      "SELECT percentile_disc(ARRAY[0, 0.5, 1]) WITHIN GROUP (ORDER BY reverse(iban)) FROM accounts",
    ]) {
      expect(method(plan(sql)[0]), sql).toBe("redact");
    }
  });

  it("keeps (t).* next to a set-returning function aligned with its columns", () => {
    for (const fn of ["generate_series(1, 1)", "unnest(ARRAY[1])", "json_each('{\"a\": 1}')", "jsonb_each_text('{\"a\": 1}')"]) {
      const sql = `SELECT (t).*, g.* FROM (SELECT id, reverse(ssn) AS r FROM customers LIMIT 3) t, ${fn} g`;
      const names = fn.startsWith("j") ? ["id", "r", "key", "value"] : ["id", "r", "g"];
      expect(plan(sql, names.map((name) => ({ name }))).map(method), sql).toEqual(["scan", "redact", ...names.slice(2).map(() => "scan")]);
    }
  });

  it("masks every column as any of them when a placed column's name is not PostgreSQL's", () => {
    // A lineage that counts one expansion as one column, as the analyzer once did for (t).*.
    const columns = [
      { name: "t", sources: ["public.customers.id", "public.customers.ssn"], direct: false, unknown: false, transformed: true },
      { name: "g", sources: [], direct: false, unknown: false, transformed: false },
      { name: "*", sources: [], direct: false, unknown: false, transformed: false, expands: true },
    ];
    const fields = ["id", "r", "g"].map((name) => ({ name, tableOid: 0, attnum: 0 }));
    expect(planMasks(AGENT_MASKS, { columns }, { fields }).columns.map(method)).toEqual(["redact", "redact", "redact"]);
    const exact = [
      { name: "id", sources: ["public.customers.id"], direct: true, unknown: false, transformed: false },
      { name: "r", sources: ["public.customers.ssn"], direct: false, unknown: false, transformed: true },
    ];
    expect(planMasks(AGENT_MASKS, { columns: exact }, { fields: ["id", "r"].map((name) => ({ name, tableOid: 0, attnum: 0 })) }).columns.map(method)).toEqual(["scan", "redact"]);
    expect(planMasks(AGENT_MASKS, { columns: exact }, { fields: ["r", "id"].map((name) => ({ name, tableOid: 0, attnum: 0 })) }).columns.map(method)).toEqual(["redact", "redact"]);
  });

  it("masks sampled values in the statistics catalogs whatever wraps them, and shows the rest", () => {
    expect(plan("SELECT reverse(histogram_bounds::text), attname, tablename, null_frac FROM pg_stats WHERE attname = 'ssn'").map(method))
      .toEqual(["redact", "scan", "scan", "scan"]);
    expect(plan("SELECT array_to_string(stavalues1, ','), staattnum FROM pg_statistic").map(method)).toEqual(["redact", "scan"]);
  });
});

describe("masking plan for free text", () => {
  const changed = [
    "reverse(memo)", "substr(memo, 6, 8)", "split_part(split_part(memo, '@', 1), ' ', 2)", "replace(memo, '@', ' at ')",
    "encode(memo::bytea, 'hex')", "regexp_replace(memo, '(\\d{8})(\\d{8})', '\\1 / \\2')", "translate(memo, '0123456789', 'abcdefghij')",
  ];

  it("masks free text a function has changed, as detectors cannot see into it", () => {
    for (const e of changed) {
      const [a] = plan(`SELECT ${e} FROM transactions`);
      expect(a, e).toMatchObject({ action: "mask", method: "redact", because: "transformed free text" });
    }
  });

  it("scans free text shown as it is, and what says nothing of its text", () => {
    const sql = "SELECT memo, upper(memo), memo::text, json_build_object('m', memo), length(memo), memo LIKE '%@%', count(*) OVER () FROM transactions";
    expect(plan(sql).map(method)).toEqual(Array(7).fill("scan"));
  });

  it("masks nothing that comes from no table", () => {
    expect(plan("SELECT reverse('abc'), substr(md5('x'), 1, 4), 1 + 2").map(method)).toEqual(["scan", "scan", "scan"]);
  });

  (PG_URL ? describe : describe.skip)("with the live catalog", () => {
    let catalog: Catalog;
    beforeAll(async () => { catalog = await testCatalog(); });

    it("leaves plain reads of ids, names, amounts, dates and statuses and their aggregates unmasked", () => {
      const sql = `SELECT a.id, c.full_name, a.status, count(*), sum(t.amount), avg(t.amount), min(t.booked_at), max(t.amount),
        date_trunc('month', max(t.booked_at)), max(t.booked_at)::date, round(sum(t.amount)), upper(a.status), length(max(t.memo))
        FROM transactions t JOIN accounts a ON a.id = t.account_id JOIN customers c ON c.id = a.customer_id GROUP BY a.id, c.full_name, a.status`;
      expect(plan(sql, undefined, catalog).map(method)).toEqual(Array(13).fill("scan"));
    });

    it("masks changed free text with the catalog too", () => {
      for (const e of changed) expect(method(plan(`SELECT ${e} FROM transactions`, undefined, catalog)[0]), e).toBe("redact");
    });
  });
});
