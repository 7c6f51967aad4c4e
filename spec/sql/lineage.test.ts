// Where output columns come from, through the shapes people use to smuggle a column out.
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSql, initSqlAnalyzer, SnapshotCatalog, type Catalog, type ColumnLineage } from "../../runtime/sql/index.js";
import { PG_URL, testCatalog } from "./helpers.js";

beforeAll(() => initSqlAnalyzer());

const SSN = "public.customers.ssn";
const lineage = (sql: string, catalog?: Catalog): ColumnLineage[] => {
  const a = analyzeSql(sql, catalog ? { catalog, noCache: true } : { noCache: true });
  expect(a.facts.parseError, sql).toBeUndefined();
  return a.statements[a.statements.length - 1]!.lineage!.columns;
};

describe("lineage without a catalog", () => {
  it.each([
    ["SELECT ssn FROM customers", true],
    ["SELECT c.ssn AS x FROM customers c", true],
    ["SELECT s FROM (SELECT ssn AS s FROM customers) t", true],
    ["WITH x AS (SELECT ssn FROM customers) SELECT * FROM x", true],
    ["SELECT ssn::text FROM customers", true],
    ["SELECT \"ssn\" FROM \"customers\"", true],
    ["SELECT U&\"\\0073sn\" FROM customers", true],
    ["SELECT lower(ssn) FROM customers", false],
    ["SELECT ssn || '' FROM customers", false],
    ["SELECT json_build_object('a', ssn) FROM customers", false],
    ["SELECT (SELECT ssn FROM customers LIMIT 1)", true],
    ["SELECT string_agg(ssn, ',') FROM customers", false],
    ["SELECT x FROM customers c, LATERAL (SELECT c.ssn AS x) l", true],
    ["SELECT id FROM accounts UNION ALL SELECT ssn FROM customers", false],
    ["SELECT CASE WHEN id > 0 THEN ssn END FROM customers", false],
    ["WITH RECURSIVE r(v, n) AS (SELECT ssn, 1 FROM customers UNION ALL SELECT v, n + 1 FROM r WHERE n < 2) SELECT v FROM r", false],
    ["SELECT (c).ssn FROM customers c", true],
    ["SELECT ssn FROM customers ORDER BY 1", true],
  ])("%s carries customers.ssn", (sql, direct) => {
    const [col] = lineage(sql);
    expect(col!.sources).toContain(SSN);
    if (direct) expect(col!.direct).toBe(true);
  });

  it("whole-row references and * carry every column of the table", () => {
    for (const sql of ["SELECT c FROM customers c", "SELECT row_to_json(c) FROM customers c", "SELECT c.* FROM customers c", "SELECT * FROM customers"]) {
      const cols = lineage(sql);
      expect(cols.some((c) => c.sources.includes("public.customers.*")), sql).toBe(true);
    }
  });

  it("a function it cannot see into is unknown provenance", () => {
    const [c] = lineage("SELECT customer_secret(1)");
    expect(c!.unknown).toBe(true);
    const [q] = lineage("SELECT query_to_xml('select ssn from customers', true, true, '')");
    expect(q!.unknown).toBe(true);
  });

  it("a cast keeps the column's own value only to a text type without a length", () => {
    for (const t of ["text", "varchar", "character varying", "bpchar", "pg_catalog.text"]) {
      expect(lineage(`SELECT card_number::${t} FROM customers`)[0], t).toMatchObject({ direct: true });
    }
    for (const t of ["varchar(12)", "character varying(12)", "char", "character(12)", "bpchar(12)", '"char"', "name", "bit(12)", "public.text", "int8"]) {
      expect(lineage(`SELECT card_number::${t} FROM customers`)[0], t).toMatchObject({ sources: ["public.customers.card_number"], direct: false });
    }
  });

  it("an ordered-set aggregate returns values of its WITHIN GROUP ordering", () => {
    for (const sql of [
      "SELECT mode() WITHIN GROUP (ORDER BY reverse(ssn)) FROM customers",
      "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY replace(ssn, '-', '')) FROM customers",
      "SELECT percentile_disc(ARRAY[0.1, 0.9]) WITHIN GROUP (ORDER BY ssn) FROM customers",
      "SELECT rank('5') WITHIN GROUP (ORDER BY ssn) FROM customers",
    ]) {
      expect(lineage(sql)[0]!.sources, sql).toContain(SSN);
    }
  });

  it("an aggregate's ORDER BY only orders its values, and counts as a comparison of the ordering column", () => {
    const sql = "SELECT string_agg(full_name, ',' ORDER BY ssn) FROM customers";
    expect(lineage(sql)[0]!.sources).toEqual(["public.customers.full_name"]);
    expect(analyzeSql(sql, { noCache: true }).facts.statements[0]!.columnsInPredicates).toContain(SSN);
  });

  it("a recursive query's lineage is followed until it stops growing", () => {
    const width = 40;
    const cols = Array.from({ length: width }, (_, i) => `a${i}`);
    const sql = `WITH RECURSIVE r(n, ${cols.join(", ")}) AS (SELECT 1, reverse(ssn)${", ''".repeat(width - 1)} FROM customers WHERE id = 1 ` +
      `UNION ALL SELECT n + 1, ''${cols.slice(0, -1).map((c) => `, ${c}`).join("")} FROM r WHERE n < ${width}) SELECT a${width - 1} FROM r WHERE n = ${width}`;
    expect(lineage(sql)[0]!.sources).toContain(SSN);
    const eight = "WITH RECURSIVE r(n, a1, a2, a3, a4, a5, a6, a7, a8) AS (SELECT 1, reverse(ssn), '', '', '', '', '', '', '' FROM customers WHERE id = 1 " +
      "UNION ALL SELECT n + 1, '', a1, a2, a3, a4, a5, a6, a7 FROM r WHERE n < 8) SELECT a8 FROM r WHERE n = 8";
    expect(lineage(eight)[0]!.sources).toContain(SSN);
  });

  it("(t).* next to a set-returning function expands to t's columns", () => {
    for (const fn of ["generate_series(1, 1)", "unnest(ARRAY[1])", "json_each('{\"a\": 1}')", "jsonb_each_text('{\"a\": 1}')"]) {
      const sql = `SELECT (t).*, g.* FROM (SELECT id, reverse(ssn) AS r FROM customers LIMIT 3) t, ${fn} g`;
      const cols = lineage(sql);
      expect(cols.slice(0, 2).map((c) => [c.name, c.sources]), sql).toEqual([["id", ["public.customers.id"]], ["r", [SSN]]]);
      expect(cols.slice(2).every((c) => !c.sources.includes(SSN)), sql).toBe(true);
    }
    expect(lineage("SELECT (c.*).* FROM (SELECT id, ssn FROM customers) c").map((c) => c.sources)).toEqual([["public.customers.id"], [SSN]]);
  });

  it("the fields of a composite value are one expanding entry carrying all of it", () => {
    for (const sql of ["SELECT (x).*, 1 FROM (SELECT c AS x FROM customers c) s", "SELECT (customer_by_id(1)).*", "SELECT (t).* FROM customers t, some_function() f"]) {
      const cols = lineage(sql);
      expect(cols[0], sql).toMatchObject({ expands: true, direct: false });
      expect(cols[0]!.sources.some((s) => s.startsWith("public.customers.")) || cols[0]!.unknown, sql).toBe(true);
    }
  });

  it("column aliases on a function in FROM may name only its first columns", () => {
    const cols = lineage("SELECT j.*, f.* FROM customers c, json_each(json_build_object('a', c.ssn)) AS j(k), some_function(c.ssn) AS f(x)");
    expect(cols.map((c) => [c.name, !!c.expands])).toEqual([["k", false], ["value", false], ["x", false], ["*", true]]);
    expect(cols.every((c) => c.sources.includes(SSN))).toBe(true);
  });

  it("values sampled into the statistics catalogs are of unknown provenance, other statistics are not", () => {
    const cols = lineage("SELECT reverse(histogram_bounds::text), most_common_vals, length(most_common_elems::text), attname, tablename, null_frac FROM pg_stats");
    expect(cols.map((c) => c.unknown)).toEqual([true, true, true, false, false, false]);
    for (const sql of [
      "SELECT stavalues1, stavalues5::text FROM pg_catalog.pg_statistic", "SELECT most_common_vals FROM pg_stats_ext",
      "SELECT histogram_bounds, most_common_vals FROM pg_stats_ext_exprs", "SELECT stxdmcv, stxdexpr FROM pg_statistic_ext_data",
    ]) {
      expect(lineage(sql).every((c) => c.unknown), sql).toBe(true);
    }
    expect(lineage("SELECT * FROM pg_stats")[0]).toMatchObject({ expands: true, unknown: true });
    expect(lineage("SELECT s FROM pg_stats s")[0]!.unknown).toBe(true);
  });

  it("other sessions' statement texts are of unknown provenance, the rest of their activity is not", () => {
    const cols = lineage("SELECT reverse(query), pid, state FROM pg_stat_activity");
    expect(cols.map((c) => c.unknown)).toEqual([true, false, false]);
    expect(lineage("SELECT query FROM pg_stat_statements")[0]!.unknown).toBe(true);
  });

  it("free text changed by a function or operator is transformed; kept as it is, it is not", () => {
    const changed = [
      "reverse(memo)", "substr(memo, 6, 8)", "split_part(split_part(memo, '@', 1), ' ', 2)", "replace(memo, '@', ' at ')",
      "encode(memo::bytea, 'hex')", "regexp_replace(memo, '(\\d{8})(\\d{8})', '\\1 / \\2')", "translate(memo, '0123456789', 'abcdefghij')",
      "lower(memo)", "memo::varchar(10)", "memo::name", "substr(memo, 6, 8)::bigint + 0", "ascii(memo)", "btrim(memo, '0123456789')",
      "memo || 'x'", "'9' || memo", "memo || ' ' || memo", "concat(memo, id)", "string_agg(memo, '')", "concat_ws('-', memo, memo)",
      "memo || '-'", "memo || ' ' || '9'", "memo || ' ' || 'x'", "'-' || memo", "concat_ws(' ', memo, id)",
      "format('%s', memo)", "(SELECT reverse(m) FROM (SELECT memo AS m) s)",
    ];
    for (const e of changed) expect(lineage(`SELECT ${e} FROM transactions GROUP BY id`)[0], e).toMatchObject({ sources: expect.arrayContaining(["public.transactions.memo"]), transformed: true });
    const kept = [
      "memo", "memo::text", "upper(memo)", "btrim(memo)", "memo || ''", "memo || ', ' || memo", "'memo: ' || memo || '.'", "concat_ws(', ', memo, memo)",
      "memo || ' '", "' ' || memo", "memo || ' ' || ',' || memo", "memo || ' -'", "'- ' || memo",
      "string_agg(memo, '; ')", "coalesce(memo, '')", "nullif(memo, '')", "CASE WHEN reverse(memo) = 'x' THEN memo END", "greatest(memo, 'a')",
      "json_build_object('m', memo)", "to_jsonb(t)", "t::text", "array_agg(memo)", "max(memo)", "ARRAY[memo]", "(SELECT m FROM (SELECT memo AS m) s)",
      "length(reverse(memo))", "memo LIKE '%4%'", "reverse(memo) = 'x'", "memo IS NULL", "strpos(memo, '@')",
    ];
    for (const e of kept) expect(lineage(`SELECT ${e} FROM transactions t GROUP BY id`)[0]!.transformed, e).toBe(false);
  });

  it("a recursive query carries a transformation as far as it carries the value", () => {
    const sql = "WITH RECURSIVE r(n, a, b, c) AS (SELECT 1, memo || '', memo || '', memo || '' FROM transactions UNION ALL SELECT n + 1, reverse(a), a, b FROM r WHERE n < 4) SELECT c FROM r";
    expect(lineage(sql)[0]!.transformed).toBe(true);
  });

  it("without a catalog every source may be text", () => {
    expect(lineage("SELECT sum(amount) FROM transactions")[0]!.transformed).toBe(true);
  });

  it("counts carry no values", () => {
    expect(lineage("SELECT count(ssn) FROM customers")[0]!.sources).toEqual([]);
  });
});

const run = PG_URL ? describe : describe.skip;
run("lineage with the live catalog of the fixture", () => {
  let catalog: Catalog;
  beforeAll(async () => { catalog = await testCatalog(); });

  it("expands * into named columns", () => {
    const cols = lineage("SELECT * FROM customers", catalog);
    expect(cols.map((c) => c.name)).toEqual(["id", "full_name", "email", "ssn", "card_number", "phone", "birth_date", "created_at"]);
    expect(cols[3]).toMatchObject({ sources: [SSN], direct: true });
  });

  it("follows views", () => {
    const cols = lineage("SELECT tax_id, contact FROM customer_contacts", catalog);
    expect(cols.map((c) => c.sources)).toEqual([[SSN], ["public.customers.email"]]);
    expect(analyzeSql("SELECT tax_id FROM customer_contacts", { catalog }).facts.statements[0]!.tablesRead).toContain("public.customers");
  });

  it("follows SQL functions and knows they are read-only", () => {
    const a = analyzeSql("SELECT ssn, full_name FROM customer_by_id(3)", { catalog });
    expect(a.facts.readOnly).toBe(true);
    expect(a.statements[0]!.lineage!.columns[0]).toMatchObject({ sources: [SSN], direct: true });
  });

  it("merges USING columns as PostgreSQL does", () => {
    const cols = lineage("SELECT * FROM accounts JOIN (SELECT id AS customer_id, ssn FROM customers) c USING (customer_id)", catalog);
    expect(cols.map((c) => c.name)).toEqual(["customer_id", "id", "iban", "balance", "status", "ssn"]);
  });

  it("statistics views keep sampled values of unknown provenance through their definitions", () => {
    const cols = lineage("SELECT tablename, attname, null_frac, n_distinct, histogram_bounds::text, upper(most_common_vals::text) FROM pg_stats", catalog);
    expect(cols.map((c) => c.unknown)).toEqual([false, false, false, false, true, true]);
    expect(lineage("SELECT * FROM pg_stats", catalog).filter((c) => c.unknown).map((c) => c.name))
      .toEqual(["most_common_vals", "histogram_bounds", "most_common_elems"]);
  });

  it("numbers, times and truth values are not free text, whatever is computed from them", () => {
    const cols = lineage(`SELECT sum(amount), avg(amount), amount::int, amount * 2, booked_at::date, to_char(booked_at, 'YYYY-MM'),
      date_trunc('month', booked_at), extract(year FROM booked_at), id + 1, -amount, round(amount) FROM transactions GROUP BY id`, catalog);
    expect(cols.filter((c) => c.transformed).map((c) => c.name)).toEqual([]);
    expect(lineage("SELECT reverse(memo), substr(full_name, 1, 3), status || id FROM transactions, customers, accounts", catalog).map((c) => c.transformed))
      .toEqual([true, true, true]);
  });

  it("a snapshot gives the same answers as the live catalog", async () => {
    const snap = new SnapshotCatalog(JSON.parse(JSON.stringify((catalog as SnapshotCatalog).snapshot)));
    const sql = "SELECT c.*, row_to_json(x) FROM customer_contacts c, customer_by_id(1) x";
    expect(lineage(sql, snap)).toEqual(lineage(sql, catalog));
  });
});
