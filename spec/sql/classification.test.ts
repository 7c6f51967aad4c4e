import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSql, initSqlAnalyzer, settleSqlSession, SnapshotCatalog, SqlSessionState } from "../../runtime/sql/index.js";
import { corpus } from "./helpers.js";

beforeAll(() => initSqlAnalyzer());

describe("read-only classification", () => {
  it.each(corpus("disguised-writes.sql"))("not read-only: %s", (sql) => {
    const a = analyzeSql(sql, { noCache: true });
    expect(a.facts.parseError).toBeUndefined();
    expect(a.facts.readOnly).toBe(false);
  });

  it.each(corpus("reads.sql"))("read-only: %s", (sql) => {
    const a = analyzeSql(sql, { noCache: true });
    expect(a.facts.parseError).toBeUndefined();
    expect(a.facts.readOnly).toBe(true);
  });

  it("an UPDATE of pg_settings calls set_config (its rule does), wherever it is written", () => {
    for (const sql of [
      "UPDATE pg_settings SET setting = 'off' WHERE name = 'standard_conforming_strings'",
      "UPDATE pg_catalog.pg_settings AS s SET setting = 'SJIS' WHERE s.name = 'client_encoding'",
      "WITH x AS (UPDATE pg_settings SET setting = 'off' WHERE name = 'standard_conforming_strings' RETURNING 1) SELECT * FROM x",
    ]) {
      const a = analyzeSql(sql, { noCache: true });
      expect(a.facts.statements.some((f) => f.sideEffectFunctions.includes("set_config")), sql).toBe(true);
    }
  });

  it("refuses what does not parse, with PostgreSQL's message and position", () => {
    const a = analyzeSql("SELECT id FROM customers WHER id = 1");
    expect(a.facts.readOnly).toBe(false);
    expect(a.facts.statements).toEqual([]);
    expect(a.facts.parseError?.message).toMatch(/syntax error at or near "id"/);
    expect(a.facts.parseError?.position).toBe(31);
  });

  it("never throws, whatever the input", () => {
    for (const t of ["", "\0", "'", "$$", "/*", "SELECT '\u0001'", "\uD800", ";;;", "SELECT " + "(".repeat(5000)]) {
      const a = analyzeSql(t);
      expect(typeof a.facts.readOnly).toBe("boolean");
    }
  });
});

describe("statement facts", () => {
  const one = (sql: string) => analyzeSql(sql, { noCache: true }).facts.statements;

  it("a constant-true WHERE counts as no WHERE", () => {
    for (const w of ["1=1", "true", "'a'='a'", "1 < 2", "NOT false", "id = id", "note IS NULL OR note IS NOT NULL", "1=1 OR id = 5", "'t'::boolean", "2 IN (1, 2)", "'abc' LIKE 'a%'", "5 BETWEEN 1 AND 10", "50 NOT BETWEEN 1 AND 10"]) {
      const [f] = one(`DELETE FROM audit_notes WHERE ${w}`);
      expect(f, w).toMatchObject({ command: "delete", hasWhere: false, whereIsTautology: true });
    }
    for (const w of ["id = 1", "1=2", "id = 1 AND 1=1", "false", "note LIKE 'x%'", "50 BETWEEN 1 AND 10", "5 NOT BETWEEN 1 AND 10", "5 BETWEEN id AND 10"]) {
      const [f] = one(`DELETE FROM audit_notes WHERE ${w}`);
      expect(f, w).toMatchObject({ hasWhere: true, whereIsTautology: false });
    }
  });

  it("writable CTEs carry the nested write as its own statement", () => {
    const s = one("WITH gone AS (DELETE FROM audit_notes RETURNING id) SELECT count(*) FROM gone");
    expect(s.map((f) => [f.kind, f.command, f.hasWhere])).toEqual([["write", "select", false], ["write", "delete", false]]);
    expect(s[1]!.tablesWritten).toEqual(["public.audit_notes"]);
  });

  it("reports tables, columns written and predicate columns, schema-qualified", () => {
    const [f] = one("UPDATE accounts a SET status = 'frozen' FROM customers c WHERE c.id = a.customer_id AND c.ssn LIKE '1%'");
    expect(f!.tablesWritten).toEqual(["public.accounts"]);
    expect(f!.tablesRead).toEqual(["public.customers"]);
    expect(f!.columnsWritten).toEqual(["public.accounts.status"]);
    expect(f!.columnsInPredicates).toEqual(["public.accounts.customer_id", "public.customers.id", "public.customers.ssn"]);
    expect(f!.hasWhere).toBe(true);
  });

  it("what decides how many rows come back is a predicate: set-returning arguments, LIMIT, OFFSET, set comparisons", () => {
    const SSN = "public.customers.ssn";
    for (const sql of [
      "SELECT c.id FROM customers c, LATERAL regexp_matches(c.ssn, '^8') m",
      "SELECT count(*) FROM customers c, generate_series(1, left(c.ssn, 3)::int) g WHERE c.id = 1",
      "SELECT (SELECT count(*) FROM generate_series(1, ascii(substr(c.ssn, 1, 1)))) FROM customers c",
      "SELECT unnest(string_to_array(ssn, '-')) FROM customers",
      "SELECT id FROM customers LIMIT (SELECT substr(ssn, 5, 2)::int FROM customers LIMIT 1)",
      "SELECT id FROM customers OFFSET (SELECT left(ssn, 3)::int FROM customers LIMIT 1)",
      "SELECT 1 FROM (SELECT ssn FROM customers INTERSECT SELECT '865-02-5162') s",
      "SELECT ssn FROM customers EXCEPT SELECT '865-02-5162'",
      "SELECT ssn FROM customers UNION SELECT '865-02-5162'",
      "SELECT count(*) FROM (SELECT DISTINCT left(ssn, 1) FROM customers) s",
      "SELECT count(DISTINCT left(ssn, 1)) FROM customers",
    ]) {
      expect(one(sql).flatMap((f) => f.columnsInPredicates), sql).toContain(SSN);
    }
    expect(one("SELECT ssn FROM customers UNION ALL SELECT iban FROM accounts")[0]!.columnsInPredicates).toEqual([]);
    expect(one("SELECT id, generate_series(1, 3) FROM customers")[0]!.columnsInPredicates).toEqual([]);
  });

  it("a value that can make the statement fail is a predicate on what it is computed from", () => {
    const SSN = "public.customers.ssn";
    for (const sql of [
      // Whether the division fails answers whether the first digit is an 8.
      "SELECT 1/(left(ssn, 1)::int - 8) FROM customers WHERE id = 3",
      "SELECT 1 / (length(email) - 30) FROM customers WHERE id = 3",
      "SELECT (ascii(ssn) * 2147483647)::int FROM customers WHERE id = 3",
      "SELECT sqrt(ascii(ssn) - 53) FROM customers WHERE id = 3",
      "SELECT ssn::jsonb FROM customers",
      "SELECT chr(ascii(ssn) - 52) FROM customers",
      "SELECT substr('abc', 1, ascii(ssn) - 53) FROM customers",
      "SELECT 'x' ~ left(ssn, 1) FROM customers",
      "SELECT json_build_object(nullif(left(ssn, 1), '4'), 1) FROM customers",
      "SELECT ARRAY[string_to_array(ssn, '-'), ARRAY['a', 'b', 'c']] FROM customers",
      "SELECT xmlparse(content ssn) FROM customers",
      "SELECT 1 / (left(d, 1)::int - 4) FROM (SELECT ssn AS d FROM customers) s",
      "SELECT decode(left(ssn, 3), 'hex') FROM customers",
      // A value only chooses whether a step that can fail runs.
      "SELECT CASE WHEN ssn LIKE '4%' THEN 1 / (id - id) ELSE 1 END FROM customers",
      "SELECT CASE left(ssn, 1) WHEN '4' THEN (SELECT id FROM accounts) END FROM customers",
      "SELECT coalesce(nullif(left(ssn, 1), '4'), (1 / (id - id))::text) FROM customers",
      "SELECT (ssn LIKE '4%') OR (1 / (id - id) = 1) FROM customers",
      "SELECT public.customer_by_id(ascii(ssn)) FROM customers",
      // IN, BETWEEN, row comparisons and IN / ANY over a subquery stop at the first test that decides.
      "SELECT left(ssn, 1) IN ('4', (1 / (id - id))::text) FROM customers",
      "SELECT ascii(ssn) BETWEEN 0 AND 1 / (id - id) FROM customers",
      "SELECT (left(ssn, 1), 1) = ('4', 1 / (id - id)) FROM customers",
      "SELECT '4' = ANY (SELECT v FROM (VALUES (left(c.ssn, 1)), ((1 / (c.id - c.id))::text)) t(v)) FROM customers c",
      // Arrays gathered from rows must all have one size.
      "SELECT array_agg(string_to_array(email, '.')) FROM customers",
      "SELECT ARRAY(SELECT a FROM (SELECT string_to_array(email, '.') a FROM customers) s)",
      "SELECT format('%*s', ascii(ssn), 'x') FROM customers",
      "SELECT array_position(ARRAY['a'], 'a', nullif(ascii(ssn), 52)) FROM customers",
    ]) {
      expect(one(sql).flatMap((f) => f.columnsInPredicates), sql).toContain(sql.includes("email") ? "public.customers.email" : SSN);
    }
    // Reading, counting, testing for NULL and functions that take any text stay plain reads.
    for (const sql of [
      "SELECT id, ssn, email, card_number FROM customers",
      "SELECT count(ssn), count(*) FROM customers",
      "SELECT ssn IS NULL, length(email), right(card_number, 4), lower(email), md5(ssn) FROM customers",
      "SELECT ssn::text, card_number::varchar(4), concat_ws(' ', full_name, email), format('%s <%s>', full_name, email) FROM customers",
      "SELECT substr(card_number, 13, 4), split_part(email, '@', 2), json_build_object('ssn', ssn), to_jsonb(c) FROM customers c",
      "SELECT CASE WHEN ssn IS NULL THEN 'none' ELSE 'some' END, coalesce(email, phone) FROM customers",
      "SELECT xmlelement(name s, ssn), ARRAY[ssn, email], greatest(ssn, email) FROM customers",
      "SELECT array_agg(email), ssn IN ('1', '2'), ssn BETWEEN 'a' AND 'b', (ssn, email) = ('a', 'b') FROM customers",
      "SELECT array_agg(c.*) FROM customers c",
    ]) {
      expect(one(sql).flatMap((f) => f.columnsInPredicates), sql).toEqual([]);
    }
  });

  it("counting a value computed from a column, sampling by one, and XMLTABLE rows are predicates", () => {
    const SSN = "public.customers.ssn";
    for (const sql of [
      // count(x) counts where x is not NULL: here, where the SSN starts with 4.
      "SELECT count(CASE WHEN ssn LIKE '4%' THEN 1 END) FROM customers",
      "SELECT count(nullif(left(ssn, 1), '4')) FROM customers",
      "SELECT count(x) OVER () FROM (SELECT substring(ssn from '^4') x FROM customers) s",
      "SELECT count(*) FROM accounts TABLESAMPLE BERNOULLI ((SELECT ascii(ssn) FROM customers WHERE id = 3) - 52)",
      "SELECT count(*) FROM accounts TABLESAMPLE SYSTEM (10) REPEATABLE ((SELECT ascii(ssn) FROM customers WHERE id = 3))",
      "SELECT count(*) FROM customers c, XMLTABLE('/a[starts-with(text(), \"4\")]' PASSING xmlelement(name a, c.ssn) COLUMNS x text PATH '.') t",
    ]) {
      expect(one(sql).flatMap((f) => f.columnsInPredicates), sql).toContain(SSN);
    }
    expect(one("SELECT count(ssn), count(s) FROM customers, LATERAL (SELECT email AS s) l")[0]!.columnsInPredicates).toEqual([]);
    // Whole rows are NULL only where an outer join found nothing.
    expect(one("SELECT c.id, count(a.*), count(x.*) FROM customers c LEFT JOIN accounts a ON a.customer_id = c.id LEFT JOIN (SELECT nullif(ssn, 'x') AS s FROM customers) x ON true GROUP BY c.id")[0]!.columnsInPredicates)
      .toEqual(["public.accounts.customer_id", "public.customers.id"]);
  });

  it("predicates reach through subqueries and aliases", () => {
    const [f] = one("SELECT n FROM (SELECT full_name AS n, ssn AS s FROM customers) t WHERE t.s = '1'");
    expect(f!.columnsInPredicates).toEqual(["public.customers.ssn"]);
  });

  it("names side-effecting functions and copy targets", () => {
    expect(one("SELECT lower(email), pg_read_file('/etc/passwd') FROM customers")[0]).toMatchObject({
      functions: ["lower", "pg_read_file"], sideEffectFunctions: ["pg_read_file"],
    });
    expect(one("COPY customers TO STDOUT")[0]).toMatchObject({ command: "copy_to", copyTarget: "stdio", kind: "read" });
    expect(one("COPY customers TO '/tmp/f'")[0]).toMatchObject({ command: "copy_to", copyTarget: "file" });
    expect(one("COPY customers TO PROGRAM 'x'")[0]).toMatchObject({ copyTarget: "program" });
    expect(one("COPY audit_notes FROM STDIN")[0]).toMatchObject({ command: "copy_from", kind: "write", copyTarget: "stdio" });
  });

  it("classifies role changes, DDL, DCL and opaque blocks", () => {
    expect(one("SET ROLE postgres")[0]).toMatchObject({ command: "set_role", kind: "dcl" });
    expect(one("set session authorization postgres")[0]).toMatchObject({ command: "set_session_authorization" });
    expect(one("GRANT SELECT ON customers TO x")[0]).toMatchObject({ kind: "dcl", command: "grant" });
    expect(one("CREATE TABLE t (a int)")[0]).toMatchObject({ kind: "ddl", command: "create", tablesWritten: ["public.t"] });
    expect(one("SELECT * INTO t2 FROM customers")[0]).toMatchObject({ selectInto: true, tablesWritten: ["public.t2"] });
    expect(one("CREATE TABLE t3 AS SELECT 1")[0]).toMatchObject({ selectInto: true });
    expect(one("DO $$ BEGIN EXECUTE 'x'; END $$")[0]).toMatchObject({ command: "do", opaque: true });
    const d = one("DO $$ BEGIN DELETE FROM audit_notes; END $$");
    expect(d[0]).toMatchObject({ command: "do", opaque: false });
    expect(d.some((f) => f.command === "delete" && !f.hasWhere)).toBe(true);
  });

  it("EXECUTE takes the facts of its prepared statement, per session", () => {
    const session = new SqlSessionState();
    analyzeSql("PREPARE wipe AS DELETE FROM audit_notes", { session });
    const e = analyzeSql("EXECUTE wipe", { session }).facts;
    expect(e.readOnly).toBe(false);
    expect(e.statements.some((f) => f.command === "delete" && !f.hasWhere)).toBe(true);
    const other = analyzeSql("EXECUTE wipe", { session: new SqlSessionState() }).facts;
    expect(other.statements[0]).toMatchObject({ command: "execute", opaque: true });
    // DEALLOCATE and re-PREPARE may be refused and never reach the server, which then still runs the
    // DELETE: the name keeps standing for it, merged with what it is redefined as.
    analyzeSql("DEALLOCATE wipe", { session });
    expect(analyzeSql("EXECUTE wipe", { session }).facts.statements.some((f) => f.command === "delete")).toBe(true);
    analyzeSql("DEALLOCATE wipe; PREPARE wipe AS SELECT 1; SELECT pg_sleep(0)", { session });
    const again = analyzeSql("EXECUTE wipe", { session }).facts;
    expect(again.readOnly).toBe(false);
    expect(again.statements.some((f) => f.command === "delete" && !f.hasWhere)).toBe(true);
    // Re-preparing the same read changes nothing.
    analyzeSql("PREPARE r AS SELECT id FROM accounts", { session });
    analyzeSql("DEALLOCATE r; PREPARE r AS SELECT id FROM accounts", { session });
    expect(analyzeSql("EXECUTE r", { session }).facts.readOnly).toBe(true);
    // A cursor closed in a refused batch may still be open.
    analyzeSql("DECLARE k CURSOR WITH HOLD FOR SELECT * FROM accounts FOR UPDATE", { session });
    analyzeSql("CLOSE k; DECLARE k CURSOR WITH HOLD FOR SELECT 1; SELECT pg_sleep(0)", { session });
    expect(analyzeSql("FETCH k", { session }).facts.readOnly).toBe(false);
  });

  it("a cursor name declared again and again (psql's FETCH_COUNT) keeps each definition once and stays fast", () => {
    const session = new SqlSessionState();
    const started = Date.now();
    for (let i = 0; i < 120; i++) {
      analyzeSql(`DECLARE _psql_cursor NO SCROLL CURSOR FOR SELECT id, full_name FROM customers WHERE c${i} = 1`, { session });
      analyzeSql("FETCH FORWARD 100 FROM _psql_cursor", { session });
      analyzeSql("CLOSE _psql_cursor", { session });
    }
    analyzeSql("DECLARE _psql_cursor NO SCROLL CURSOR FOR SELECT id, full_name FROM customers WHERE c5 = 1", { session });
    expect(session.cursors.get("_psql_cursor")!.embedded.length).toBe(120);
    expect(analyzeSql("FETCH FORWARD 100 FROM _psql_cursor", { session }).facts.readOnly).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("once the server's answer is known, a name stands for exactly what it ran", () => {
    const session = new SqlSessionState();
    const run = (sql: string, outcome: "refused" | "ran" | "failed") => {
      const a = analyzeSql(sql, { session });
      if (a.sessionChanges) settleSqlSession(session, a.sessionChanges, outcome);
      return a;
    };
    const fetchSources = () => analyzeSql("FETCH FORWARD 100 FROM _psql_cursor", { session }).statements[0]!.lineage!.columns.map((c) => [...c.sources].sort().join(","));
    // psql with FETCH_COUNT: a cursor per query, closed after it. Columns of an earlier query do not
    // stay on a later one's, and a refused query does not make the next ones look like it.
    run("DECLARE _psql_cursor NO SCROLL CURSOR FOR SELECT id, ssn FROM customers", "ran");
    run("CLOSE _psql_cursor", "ran");
    run("DECLARE _psql_cursor NO SCROLL CURSOR FOR SELECT nextval('s')", "refused");
    run("DECLARE _psql_cursor NO SCROLL CURSOR FOR SELECT id, full_name FROM customers", "ran");
    expect(fetchSources()).toEqual(["public.customers.id", "public.customers.full_name"]);
    expect(analyzeSql("FETCH FORWARD 100 FROM _psql_cursor", { session }).facts.readOnly).toBe(true);
    // A refused DEALLOCATE and PREPARE leave the DELETE the server still holds; a failed one may have
    // run any part of it, so the name stands for both; one that ran stands for the new statement.
    run("PREPARE wipe AS DELETE FROM audit_notes", "ran");
    run("DEALLOCATE wipe; PREPARE wipe AS SELECT 1", "refused");
    expect(analyzeSql("EXECUTE wipe", { session }).facts.statements.some((f) => f.command === "delete")).toBe(true);
    run("DEALLOCATE wipe; PREPARE wipe AS SELECT 1", "failed");
    expect(analyzeSql("EXECUTE wipe", { session }).facts.statements.some((f) => f.command === "delete")).toBe(true);
    run("DEALLOCATE wipe; PREPARE wipe AS SELECT 1", "ran");
    expect(analyzeSql("EXECUTE wipe", { session }).facts.readOnly).toBe(true);
    // An extended-protocol statement runs each time it is executed: refused once, then run after
    // the name changed, it is merged in rather than lost.
    const parsed = analyzeSql("DECLARE k CURSOR WITH HOLD FOR SELECT nextval('s')", { session });
    settleSqlSession(session, parsed.sessionChanges!, "refused");
    run("DECLARE k CURSOR WITH HOLD FOR SELECT 1", "ran");
    settleSqlSession(session, parsed.sessionChanges!, "ran");
    expect(analyzeSql("FETCH k", { session }).facts.readOnly).toBe(false);
  });

  it("with a catalog, an operator or cast PostgreSQL names may be a user's with side effects", () => {
    const fn = (name: string, volatility: "immutable" | "volatile") => ({ oid: 93000 + name.length, schema: "public", name, kind: "f" as const, language: "c", volatility, securityDefiner: false, returnsSet: false, argNames: ["", ""] });
    const snapshot = (operators: { schema: string; name: string; function: string }[], casts: { target: string; function: string }[]) =>
      new SnapshotCatalog({ format: "hoop-catalog/1", source: "test", takenAt: "2026-01-01T00:00:00Z", searchPath: ["public"], relations: [], functions: [fn("mood_eq", "volatile"), fn("ci_eq", "immutable"), fn("mood_text", "volatile")], operators, casts });
    const evil = snapshot([{ schema: "public", name: "=", function: "public.mood_eq" }], [{ target: "text", function: "public.mood_text" }]);
    const harmless = snapshot([{ schema: "public", name: "=", function: "public.ci_eq" }], []);
    // IN (SELECT …), CASE x WHEN and JOIN … USING / NATURAL JOIN compare with the operator named =.
    for (const sql of ["SELECT 1 FROM moods WHERE m = 'a'", "SELECT 1 FROM moods WHERE m IN ('a')", "SELECT m::text FROM moods", "SELECT 1 WHERE 1 IS DISTINCT FROM 2",
      "SELECT 1 FROM moods WHERE m IN (SELECT m FROM moods)", "SELECT 1 FROM moods WHERE m NOT IN (SELECT m FROM moods)", "SELECT CASE m WHEN 'a' THEN 1 END FROM moods",
      "SELECT 1 FROM moods a JOIN moods b USING (m)", "SELECT 1 FROM moods a NATURAL JOIN moods b"]) {
      expect(analyzeSql(sql, { noCache: true, catalog: evil }).facts.readOnly, sql).toBe(false);
      expect(analyzeSql(sql, { noCache: true, catalog: harmless }).facts.readOnly, sql).toBe(true);
    }
    // Qualified with pg_catalog it can only be PostgreSQL's own.
    expect(analyzeSql("SELECT 1 WHERE 1 OPERATOR(pg_catalog.=) 1", { noCache: true, catalog: evil }).facts.readOnly).toBe(true);
  });

  it("FETCH and MOVE run the cursor's query: its side effects and row locks are theirs", () => {
    const session = new SqlSessionState();
    analyzeSql("DECLARE c CURSOR WITH HOLD FOR SELECT nextval('audit_notes_id_seq')", { session });
    analyzeSql("DECLARE d CURSOR FOR SELECT * FROM accounts FOR UPDATE", { session });
    analyzeSql("DECLARE e CURSOR FOR SELECT id FROM accounts", { session });
    for (const sql of ["FETCH c", "MOVE c", "FETCH ALL FROM d"]) expect(analyzeSql(sql, { session }).facts.readOnly, sql).toBe(false);
    expect(analyzeSql("FETCH 10 FROM e", { session }).facts.readOnly).toBe(true);
    // A cursor the session never saw declared (a portal bound over the extended protocol shares the
    // name space, and fetching from it runs its statement, an INSERT … RETURNING as much as a SELECT).
    for (const sql of ["FETCH ALL p", "MOVE ALL IN p", "FETCH 1 FROM \"P\""]) {
      const f = analyzeSql(sql, { session }).facts;
      expect(f.readOnly, sql).toBe(false);
      expect(f.statements[0]!.opaque, sql).toBe(true);
    }
    expect(analyzeSql("FETCH ALL p", { session }).statements[0]!.lineage!.columns[0]!.unknown).toBe(true);
  });

  it("a user function overloading a built-in name is judged too", () => {
    const fn = (name: string) => ({ oid: 90000 + name.length, schema: "public", name, kind: "f" as const, language: "plpgsql", volatility: "volatile" as const, securityDefiner: false, returnsSet: false, argNames: [""] });
    const catalog = new SnapshotCatalog({ format: "hoop-catalog/1", source: "test", takenAt: "2026-01-01T00:00:00Z", searchPath: ["public"], relations: [], functions: [fn("lower"), fn("random")] });
    for (const sql of ["SELECT random(5)", "SELECT lower(c) FROM customers c", "SELECT ('x').lower"]) {
      expect(analyzeSql(sql, { noCache: true, catalog }).facts.readOnly, sql).toBe(false);
    }
    // Qualified with pg_catalog it can only be the built-in.
    expect(analyzeSql("SELECT pg_catalog.random()", { noCache: true, catalog }).facts.readOnly).toBe(true);
  });

  it("SQL/JSON syntax of PostgreSQL 16+ is judged as the user function a PostgreSQL 15 server would call", () => {
    const names = ["json_value", "json_query", "json_exists", "json_scalar", "json_serialize", "json", "json_array", "json_arrayagg", "json_objectagg", "json_table", "json_object"];
    const fn = (name: string, i: number) => ({ oid: 96000 + i, schema: "public", name, kind: "f" as const, language: "plpgsql", volatility: "volatile" as const, securityDefiner: false, returnsSet: false, argNames: [""] });
    const snapshot = (functions: ReturnType<typeof fn>[]) => new SnapshotCatalog({ format: "hoop-catalog/1", source: "test", takenAt: "2026-01-01T00:00:00Z", searchPath: ["public"], relations: [], functions });
    const withUser = snapshot(names.map(fn)), without = snapshot([]);
    for (const sql of [
      "SELECT JSON_VALUE('{}', '$.a')", "SELECT JSON_QUERY('{}', '$')", "SELECT 1 WHERE JSON_EXISTS('{}', '$')", "SELECT JSON_SCALAR(1)",
      "SELECT JSON_SERIALIZE('{}')", "SELECT JSON('{}')", "SELECT JSON_ARRAY(1, 2)", "SELECT JSON_ARRAY(SELECT 1)",
      "SELECT JSON_ARRAYAGG(id) FROM accounts", "SELECT JSON_OBJECTAGG(id : status) FROM accounts", "SELECT JSON_OBJECT('a' : 1)",
      "SELECT json_object('{a,1}')", "SELECT * FROM JSON_TABLE('[1]', '$[*]' COLUMNS (a int PATH '$')) jt",
    ]) {
      expect(analyzeSql(sql, { noCache: true, catalog: withUser }).facts.readOnly, sql).toBe(false);
      expect(analyzeSql(sql, { noCache: true, catalog: without }).facts.readOnly, sql).toBe(true);
      expect(analyzeSql(sql, { noCache: true }).facts.readOnly, sql).toBe(true);
    }
  });

  it("with a catalog: functions by their bodies, aggregates by their support functions, views by their queries, tables by their row security policies, types by what a cast into them runs", () => {
    let oid = 91000;
    const fn = (name: string, language: string, volatility: "immutable" | "stable" | "volatile", extra: Record<string, unknown> = {}) =>
      ({ oid: oid++, schema: "public", name, kind: "f" as const, language, volatility, securityDefiner: false, returnsSet: false, argNames: [""], ...extra });
    const plpgsql = (name: string, volatility: "immutable" | "stable", body: string) =>
      fn(name, "plpgsql", volatility, { definition: `CREATE OR REPLACE FUNCTION public.${name}(n integer) RETURNS integer LANGUAGE plpgsql ${volatility.toUpperCase()} AS $f$${body}$f$` });
    const functions = [
      plpgsql("imm_side", "immutable", "BEGIN PERFORM nextval('s'); RETURN n; END"),
      plpgsql("stab_notify", "stable", "DECLARE x int := length(pg_notify('c', 'x')::text); BEGIN RETURN n; END"),
      plpgsql("stab_dyn", "stable", "DECLARE r int; BEGIN EXECUTE 'SELECT 1' INTO r; RETURN r; END"),
      plpgsql("stab_calls", "stable", "BEGIN RETURN imm_side(n); END"),
      plpgsql("stab_read", "stable", "BEGIN RETURN (SELECT count(*) FROM customers WHERE id = n); END"),
      plpgsql("walk", "stable", "BEGIN IF n <= 0 THEN RETURN 0; END IF; RETURN walk(n - 1); END"),
      fn("atom_side", "sql", "immutable", { body: "BEGIN ATOMIC\n SELECT nextval('s');\nEND" }),
      fn("over", "sql", "stable", { body: "SELECT nextval('s')" }), fn("over", "sql", "stable", { body: "SELECT 1" }),
      fn("perl_fn", "plperl", "stable"),
      fn("c_fn", "c", "immutable"),
      fn("agg_side", "internal", "immutable", { kind: "a", support: ["public.imm_side"] }),
      fn("agg_plain", "internal", "immutable", { kind: "a", support: [] }),
      fn("agg_unknown", "internal", "immutable", { kind: "a" }),
      fn("w", "plpgsql", "volatile"),
    ];
    const columns = [{ name: "id", attnum: 1, type: "integer" }, { name: "note", attnum: 2, type: "character varying(20)" }];
    const relations = [
      { oid: 1, schema: "public", name: "customers", kind: "table" as const, columns },
      { oid: 2, schema: "public", name: "audited", kind: "table" as const, columns, policies: ["w(audited.*) IS NOT NULL"] },
      { oid: 3, schema: "public", name: "plain_rls", kind: "table" as const, columns, policies: ["(id > 0)"] },
      { oid: 4, schema: "public", name: "locking", kind: "view" as const, columns, definition: " SELECT customers.id, customers.note FROM customers FOR UPDATE;" },
      { oid: 5, schema: "public", name: "counter", kind: "matview" as const, columns: [{ name: "n", attnum: 1, type: "bigint" }], definition: " SELECT nextval('s'::regclass) AS n;" },
      { oid: 6, schema: "public", name: "unknown_view", kind: "view" as const, columns },
    ];
    const types = [
      { oid: 10, schema: "public", name: "status", kind: "e" as const },
      { oid: 11, schema: "public", name: "posint", kind: "d" as const, checks: ["(VALUE > 0)"], parts: ["integer"] },
      { oid: 12, schema: "public", name: "counted", kind: "d" as const, checks: ["(nextval('s'::regclass) > 0)"], parts: ["integer"] },
      { oid: 13, schema: "public", name: "pair", kind: "c" as const, parts: ["posint", "status", "text"] },
      { oid: 14, schema: "public", name: "bad_pair", kind: "c" as const, parts: ["integer", "counted"] },
      { oid: 15, schema: "public", name: "cast_into", kind: "e" as const, functions: ["public.w"] },
    ];
    const catalog = new SnapshotCatalog({ format: "hoop-catalog/1", source: "test", takenAt: "2026-01-01T00:00:00Z", searchPath: ["public"], relations, functions, types });
    const ro = (sql: string) => analyzeSql(sql, { noCache: true, catalog }).facts.readOnly;
    for (const sql of ["SELECT imm_side(1)", "SELECT stab_notify(1)", "SELECT stab_dyn(1)", "SELECT stab_calls(1)", "SELECT atom_side()", "SELECT over(1)",
      "SELECT perl_fn()", "SELECT agg_side(id) FROM customers", "SELECT agg_unknown(id) FROM customers", "SELECT NULL::public.evil", "SELECT c.w FROM customers c",
      "SELECT id FROM audited", "SELECT * FROM locking", "SELECT * FROM unknown_view",
      "SELECT 5::counted", "SELECT ROW(1, 2)::bad_pair", "SELECT 'a'::cast_into", "SELECT NULL::unknown_type"]) {
      expect(ro(sql), sql).toBe(false);
    }
    for (const sql of ["SELECT stab_read(1)", "SELECT walk(3)", "SELECT c_fn()", "SELECT agg_plain(id) FROM customers", "SELECT json_populate_record(NULL::customers, '{}')", "SELECT c.note FROM customers c", "SELECT id FROM plain_rls", "SELECT n FROM counter",
      "SELECT 'open'::status, 5::posint, ROW(1, 'open', 'x')::pair, ARRAY['open']::public.status[]"]) {
      expect(ro(sql), sql).toBe(true);
    }
  });

  it("multi-statement batches report every statement", () => {
    const s = one("SELECT 1; UPDATE accounts SET balance = 0 WHERE id = 2; SELECT 2");
    expect(s.map((f) => f.command)).toEqual(["select", "update", "select"]);
  });
});
