// The ffiec-payments example end to end through the gateway, with corpora of our own: exfiltration
// attempts (each refused or free of any raw PII) and disguised writes (each refused or held, the
// database unchanged), over the simple protocol (psql) and the extended one (node-postgres).
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../runtime/config/index.js";
import { issueToken, loadOrCreateSigningKey } from "../../runtime/identity/index.js";
import { startGateway, type RunningGateway } from "../../proxy/cli/start.js";
import { haveDatabase, upstreamUrl } from "./_gateway.js";
import { ensurePgjdbc } from "./_clients.mjs";
import { RawClient } from "./_raw-client.js";
import { B, type Frame } from "../../proxy/postgres/messages.js";
import { parseDataRow, parseNotice } from "../../proxy/postgres/parser.js";
import * as w from "../../proxy/postgres/serializer.js";

const run = promisify(execFile);
const EXAMPLE = "policies-examples/ffiec-payments";

const EXFILTRATION = [
  "SELECT * FROM customers",
  "SELECT c.* FROM customers c WHERE c.id < 4",
  "SELECT ssn || '' FROM customers",
  "SELECT upper(email), reverse(ssn) FROM customers",
  "SELECT substr(card_number, 1, 8), substr(card_number, 9, 8) FROM customers",
  "SELECT replace(ssn, '-', '') FROM customers",
  "SELECT encode(convert_to(ssn, 'UTF8'), 'hex') FROM customers",
  "SELECT row_to_json(c) FROM customers c",
  "SELECT array_agg(iban) FROM accounts",
  "SELECT string_agg(email, ',') FROM customers",
  "SELECT (SELECT ssn FROM customers WHERE id = 1) AS x",
  "WITH t AS (SELECT card_number AS n FROM customers) SELECT n FROM t",
  "SELECT tax_id, contact FROM customer_contacts",
  "SELECT * FROM customer_by_id(1)",
  "SELECT ssn FROM customers UNION ALL SELECT iban FROM accounts",
  "SELECT memo FROM transactions",
  "SELECT ssn::int FROM customers",
  "SELECT c.id, (SELECT string_agg(chr((SELECT count(*) FROM generate_series(1, ascii(substr(c.email, g, 1))))::int), '' ORDER BY g) FROM generate_series(1, 25) g) FROM customers c WHERE c.id < 4",
  "SELECT c.id, lpad((SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 1)::int))::text, 3, '0') || '-' || lpad((SELECT count(*) FROM generate_series(1, split_part(c.ssn, '-', 3)::int))::text, 4, '0') FROM customers c",
  "SELECT c.id, count(*) FROM customers c, generate_series(1, substr(c.card_number, 1, 8)::int / 1000) g GROUP BY c.id",
  "SELECT c.id FROM customers c, LATERAL regexp_matches(c.ssn, '^8') m",
  "SELECT id FROM customers LIMIT (SELECT right(ssn, 4)::int FROM customers WHERE id = 1)",
  "SELECT reverse(ssn)::int FROM customers",
  "SELECT replace(ssn, '-', '')::smallint FROM customers",
  "SELECT cast(split_part(email, '@', 1) AS date) FROM customers",
  "SELECT string_agg(reverse(ssn), ' ')::int FROM customers",
  "SELECT reverse(c::text)::int FROM customers c",
  "SELECT xmlparse(document replace(ssn, '-', '')) FROM customers",
  "SELECT reverse(ssn)::json FROM customers",
  "SELECT chr(replace(ssn, '-', '')::int) FROM customers",
  "SELECT reverse(memo)::int FROM transactions WHERE memo LIKE 'card%'",
  "SELECT id FROM customers OFFSET (SELECT reverse(ssn) FROM customers ORDER BY id LIMIT 1)::int",
  "SELECT 1 FROM customers WHERE ssn LIKE '8%'",
  "COPY (SELECT ssn, email FROM customers) TO STDOUT",
  "COPY customers TO STDOUT WITH (FORMAT csv)",
  "COPY customers TO STDOUT (DELIMITER 'X')",
  "COPY (SELECT id, ssn FROM customers) TO STDOUT (FORMAT csv, DELIMITER 'Z', HEADER)",
  "COPY accounts (customer_id, iban) TO STDOUT WITH DELIMITER 'Q' NULL AS 'n'",
  "COPY (SELECT '\"' || full_name, card_number || '\"' FROM customers) TO STDOUT (FORMAT csv, QUOTE 'Q')",
  "SELECT 'csv'; COPY (SELECT id, email FROM customers) TO STDOUT",
  "COPY (SELECT memo FROM transactions) TO STDOUT (DELIMITER 'e')",
  "COPY customers TO STDOUT (ENCODING 'LATIN1')",
  // A NULL string equal to a value: in text format PostgreSQL sends that value as the NULL string.
  "COPY (SELECT id, card_number, ssn FROM customers WHERE id <= 3) TO STDOUT WITH (FORMAT text, NULL '5108627149709404')",
  "COPY (SELECT id, ssn, email FROM customers WHERE id <= 3) TO STDOUT WITH (NULL '865-02-5162')",
  "COPY (SELECT id, email FROM customers WHERE id <= 3) TO STDOUT WITH (NULL 'harper.moore1@example.com', DELIMITER '|')",
  "COPY (SELECT a.id, a.iban FROM accounts a ORDER BY a.id LIMIT 3) TO STDOUT WITH (NULL 'GB48NWBK70194899787105')",
  "SELECT pg_read_file('/etc/passwd')",
  "SELECT lo_import('/etc/passwd')",
  "SELECT json_agg(a) FROM accounts a",
  "SELECT format('%s', email) FROM customers",
  "PREPARE p AS SELECT ssn FROM customers; EXECUTE p",
  "BEGIN; DECLARE c CURSOR FOR SELECT email, ssn FROM customers; FETCH 5 FROM c; COMMIT",
  "SELECT card_number::varchar(12) FROM customers",
  "SELECT card_number::char(12), card_number::name FROM customers",
  "SELECT mode() WITHIN GROUP (ORDER BY reverse(ssn)) FROM customers",
  "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY replace(ssn, '-', '')) FROM customers",
  "SELECT percentile_disc(ARRAY[0, 0.25, 0.5, 0.75, 1]) WITHIN GROUP (ORDER BY reverse(iban)) FROM accounts",
  "WITH RECURSIVE r(n, a1, a2, a3, a4, a5, a6, a7, a8) AS (SELECT 1, reverse(ssn), '', '', '', '', '', '', '' FROM customers WHERE id = 1 UNION ALL SELECT n + 1, '', a1, a2, a3, a4, a5, a6, a7 FROM r WHERE n < 8) SELECT a8 FROM r WHERE n = 8",
  "SELECT (t).*, g.* FROM (SELECT id, reverse(ssn) AS r FROM customers LIMIT 3) t, generate_series(1, 1) g",
  "SELECT (t).*, u.* FROM (SELECT id, reverse(ssn) AS r FROM customers LIMIT 3) t, unnest(ARRAY[1]) u",
  "SELECT (t).*, j.* FROM (SELECT id, reverse(ssn) AS r FROM customers LIMIT 3) t, json_each('{\"a\": 1}') j",
  "SELECT (t).*, j.* FROM (SELECT id, replace(ssn, '-', '') AS r FROM customers LIMIT 3) t, jsonb_each_text('{\"a\": 1}') j",
  "SELECT reverse(histogram_bounds::text) FROM pg_stats WHERE attname = 'ssn'",
  "SELECT attname, most_common_vals::text, histogram_bounds::text FROM pg_stats WHERE tablename IN ('customers', 'accounts')",
  "SELECT s FROM pg_stats s WHERE tablename = 'customers'",
  "SELECT array_to_string(stavalues1, ','), array_to_string(stavalues2, ',') FROM pg_statistic",
  "SELECT reverse(memo) FROM transactions",
  "SELECT substr(memo, 6, 8), substr(memo, 14, 8) FROM transactions",
  "SELECT split_part(split_part(memo, '@', 1), ' ', 2) FROM transactions",
  "SELECT replace(memo, '@', ' at ') FROM transactions",
  "SELECT encode(memo::bytea, 'hex') FROM transactions",
  "SELECT regexp_replace(memo, '(\\d{8})(\\d{8})', '\\1 / \\2') FROM transactions",
  "SELECT translate(memo, '0123456789', 'abcdefghij') FROM transactions",
  "SELECT memo || 'x', '9' || memo FROM transactions",
];

/** Reads of data that is not PII: each must come back with the values PostgreSQL gives. */
const HARMLESS = [
  "SELECT full_name FROM customers WHERE id = 1",
  "SELECT count(*), sum(amount), avg(amount)::numeric(10, 2) FROM transactions",
  "SELECT status, count(*) FROM accounts GROUP BY status ORDER BY status",
  "SELECT t.id, t.amount, t.booked_at::date, a.status FROM transactions t JOIN accounts a ON a.id = t.account_id WHERE t.id = 27",
  "SELECT memo, upper(memo), length(memo) FROM transactions WHERE id = 1",
  "SELECT date_trunc('month', booked_at)::date, min(amount), max(amount) FROM transactions GROUP BY 1 ORDER BY 1 LIMIT 3",
  "SELECT attname, null_frac FROM pg_stats WHERE tablename = 'accounts' AND attname = 'status'",
];

const WRITES = [
  "DELETE FROM transactions",
  "DELETE FROM transactions WHERE true",
  "DELETE FROM transactions WHERE 1 = 1",
  "UPDATE accounts SET status = 'frozen' WHERE id = id",
  "UPDATE accounts SET balance = 0",
  "INSERT INTO audit_notes (note) VALUES ('agent was here')",
  "WITH x AS (DELETE FROM audit_notes RETURNING id) SELECT count(*) FROM x",
  "SELECT * INTO stolen FROM customers",
  "CREATE TABLE stolen AS SELECT * FROM customers",
  "DROP TABLE audit_notes",
  "TRUNCATE transactions",
  "ALTER TABLE customers ADD COLUMN x int",
  "GRANT ALL ON customers TO PUBLIC",
  "CREATE ROLE evil SUPERUSER LOGIN",
  "SET ROLE postgres",
  "SET SESSION AUTHORIZATION postgres",
  "DO $$ BEGIN EXECUTE 'DELETE FROM audit_notes'; END $$",
  "COPY audit_notes FROM PROGRAM 'echo x'",
  "COPY (SELECT 1) TO PROGRAM 'touch /tmp/hoop-pwned'",
  "SELECT lo_export(lo_from_bytea(0, 'x'), '/tmp/hoop-pwned')",
  "SELECT set_config('role', 'postgres', false)",
  "SELECT nextval('audit_notes_id_seq')",
  "SELECT pg_terminate_backend(pg_backend_pid())",
  "MERGE INTO accounts a USING accounts b ON a.id = b.id WHEN MATCHED THEN UPDATE SET balance = 0",
  "CALL nonexistent()",
  "EXPLAIN ANALYZE DELETE FROM transactions",
  "PREPARE d AS DELETE FROM audit_notes; EXECUTE d",
  "BEGIN; DELETE FROM audit_notes WHERE id > 0; COMMIT",
];

function superSql(sql: string): string {
  const r = spawnSync("psql", ["-X", "-tA", process.env.HOOP_TEST_PG_URL!, "-c", sql], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

function checksum(): string {
  return superSql(`select string_agg(t || ':' || n, ' ' order by t) from (
    select 'customers' t, md5(string_agg(c::text, '|' order by id)) n from customers c union all
    select 'accounts', md5(string_agg(a::text, '|' order by id)) from accounts a union all
    select 'transactions', md5(string_agg(x::text, '|' order by id)) from transactions x union all
    select 'audit_notes', md5(string_agg(z::text, '|' order by id)) from audit_notes z union all
    select 'relations', md5(string_agg(relname::text || relkind::text, ',' order by relname)) from pg_class where relnamespace = 'public'::regnamespace union all
    select 'roles', md5(string_agg(rolname::text || rolsuper::text, ',' order by rolname)) from pg_roles union all
    select 'seq', last_value::text from audit_notes_id_seq union all
    select 'largeobjects', count(*)::text from pg_largeobject_metadata) s`);
}

describe.skipIf(!haveDatabase)("ffiec-payments example through the gateway", () => {
  let gw: RunningGateway;
  let agent: string;
  let port: number;
  let secrets: string[];
  let pieces: string[];
  const stateDir = join(process.env.TMPDIR ?? "/tmp", `hoop-example-${process.pid}`);

  beforeAll(async () => {
    // Fills the statistics catalogs with values sampled from the tables, masked columns included.
    superSql("ANALYZE");
    const text = readFileSync(join(EXAMPLE, "gateway.yaml"), "utf8");
    const config = parseConfig(text, join(EXAMPLE, "gateway.yaml"), { GATEWAY_STATE_DIR: stateDir });
    gw = await startGateway({ ...config, policy: { ...config.policy, reload: false } }, { env: { PAYMENTS_DATABASE_URL: upstreamUrl() }, postgresPort: 0, apiPort: 0 });
    port = gw.postgres[0]!.port;
    agent = await issueToken(config.tokens, loadOrCreateSigningKey(config.tokens.keyFile), { sub: "agent-7", kind: "agent", groups: ["agents"], actFor: "alice@bank.example" });
    secrets = superSql(`select ssn from customers union all select email from customers union all select iban from accounts
      union all select substr(card_number, 1, 12) from customers`).split("\n");
    // Parts that still identify a card number or an email address.
    pieces = superSql(`select substr(card_number, 1, 8) from customers union all select substr(card_number, 9, 8) from customers
      union all select split_part(email, '@', 1) from customers`).split("\n");
  });
  afterAll(async () => {
    await gw?.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  const psql = async (sql: string) =>
    run("psql", ["-X", `host=127.0.0.1 port=${port} dbname=payments user=agent-7 sslmode=disable`, "-v", "ON_ERROR_STOP=1", "-c", sql], { env: { ...process.env, PGPASSWORD: agent }, timeout: 30_000 }).then(
      (r) => ({ ok: true, out: r.stdout + r.stderr }),
      (e) => ({ ok: false, out: String(e.stdout) + String(e.stderr) }),
    );

  const leaks = (out: string) => {
    const hex = (s: string) => Buffer.from(s).toString("hex");
    const rev = (s: string) => [...s].reverse().join("");
    const letters = (s: string) => s.replace(/\d/g, (d) => "abcdefghij"[Number(d)]!);
    return [
      ...secrets.filter((s) => [s, s.toUpperCase(), rev(s), hex(s), s.replaceAll("-", ""), letters(s)].some((f) => f.length >= 8 && out.includes(f))),
      ...pieces.filter((p) => p.length >= 8 && out.includes(p)),
    ];
  };

  it("harmless reads return the real values", async () => {
    for (const q of HARMLESS) {
      const r = await psql(q);
      expect(r.ok, r.out).toBe(true);
      for (const v of superSql(q).split(/[|\n]/)) expect(r.out, q).toContain(v);
    }
  });

  it("no exfiltration query leaks raw PII over the simple protocol", async () => {
    const leaked: string[] = [];
    for (const q of EXFILTRATION) {
      const r = await psql(q);
      if (leaks(r.out).length) leaked.push(`${q} → ${leaks(r.out)[0]}`);
    }
    expect(leaked).toEqual([]);
  }, 120_000);

  it("no exfiltration query leaks raw PII over the extended protocol", async () => {
    const leaked: string[] = [];
    for (const q of EXFILTRATION.filter((x) => !x.includes(";") && !x.startsWith("COPY"))) {
      const c = new pg.Client({ host: "127.0.0.1", port, database: "payments", user: "agent-7", password: agent });
      c.on("error", () => undefined);
      await c.connect();
      const out = await c.query({ text: q, values: [] }).then((r) => JSON.stringify(r.rows), (e) => String(e.message));
      await c.end().catch(() => undefined);
      if (leaks(out).length) leaked.push(`${q} → ${leaks(out)[0]}`);
    }
    expect(leaked).toEqual([]);
  }, 120_000);

  it("no query of the adversarial corpus leaks raw or partial PII (node-postgres, simple protocol, one session)", async () => {
    const corpus = readFileSync(join(import.meta.dirname, "corpus", "exfiltration.sql"), "utf8").split("\n")
      .filter((l) => l.trim() && !l.startsWith("--") && !/\bcopy\b/i.test(l));
    expect(corpus.length).toBeGreaterThan(800);
    let notices: string[] = [];
    const connect = async () => {
      // Values as the server sends them (bytea as hex text), so every printed form is scanned.
      const c = new pg.Client({ host: "127.0.0.1", port, database: "payments", user: "agent-7", password: agent, types: { getTypeParser: () => (v: string) => v } });
      c.on("error", () => undefined);
      c.on("notice", (n) => notices.push(`${n.message} ${n.detail ?? ""}`));
      await c.connect();
      return c;
    };
    let c = await connect();
    const leaked: string[] = [];
    for (const q of corpus) {
      notices = [];
      const out = await c.query(q).then((r) => JSON.stringify(r), async (e) => {
        if (!(e instanceof pg.DatabaseError)) c = await connect();
        return `${e.message} ${e.detail ?? ""} ${e.hint ?? ""}`;
      });
      const found = leaks(out + notices.join(" "));
      if (found.length) leaked.push(`${q} → ${found[0]}`);
    }
    await c.end().catch(() => undefined);
    expect(leaked).toEqual([]);
  }, 300_000);

  it("pgjdbc with its default settings connects as an agent, reads, and sees no raw PII", async () => {
    expect(ensurePgjdbc()).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "hoop-jdbc-example-"));
    try {
      // pgjdbc sends SET extra_float_digits = 3 (and may send application_name) before the first query.
      writeFileSync(join(dir, "Example.java"), `
import java.sql.*; import java.util.*;
public class Example {
  public static void main(String[] a) throws Exception {
    Properties p = new Properties(); p.setProperty("user", "agent-7"); p.setProperty("password", a[1]); p.setProperty("sslmode", "disable");
    try (Connection c = DriverManager.getConnection(a[0], p); Statement s = c.createStatement()) {
      for (int i = 2; i < a.length; i++) {
        try (ResultSet r = s.executeQuery(a[i])) { while (r.next()) System.out.println(r.getString(1)); }
        catch (SQLException e) { System.out.println("error: " + e.getMessage()); }
      }
    }
  }
}`);
      const queries = ["SELECT full_name FROM customers WHERE id = 1", "SELECT ssn FROM customers WHERE id <= 3", "SELECT reverse(ssn)::int FROM customers"];
      const r = await run("java", ["-cp", "/usr/share/java/postgresql.jar", join(dir, "Example.java"), `jdbc:postgresql://127.0.0.1:${port}/payments`, agent, ...queries], { timeout: 120_000 });
      const out = r.stdout + r.stderr;
      expect(out.split("\n")[0]).toBe(superSql("select full_name from customers where id = 1"));
      expect(leaks(out)).toEqual([]);
      // Whether the cast fails would tell something of the SSN: the policy refuses it.
      expect(out).toMatch(/error: .*denied by policy/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it("nothing an agent sees depends on a test of a masked value: errors are refused, NULLs masked", async () => {
    // Either outcome of the division answers whether the SSN starts with that digit.
    for (const d of ["4", "8"]) {
      const r = await psql(`SELECT 1/(left(ssn, 1)::int - ${d}) FROM customers WHERE id = 3`);
      expect(r.ok, r.out).toBe(false);
      expect(r.out).toMatch(/denied by policy/);
    }
    const r = await psql("SELECT id, CASE WHEN ssn LIKE '4%' THEN 1 END AS t, nullif(left(email, 1), 'b') AS n FROM customers WHERE id <= 4 ORDER BY id");
    expect(r.ok, r.out).toBe(true);
    const rows = r.out.split("\n").filter((l) => /^\s*\d+ \|/.test(l));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.split("|").slice(1).map((v) => v.trim()), r.out).toEqual(["[REDACTED]", "[REDACTED]"]);
  });

  it("psql with FETCH_COUNT (a cursor per query) masks each query by its own columns, also after a refused one", async () => {
    const queries = ["SELECT id, ssn FROM customers WHERE id <= 3 ORDER BY id", "SELECT nextval('audit_notes_id_seq')",
      "SELECT id, full_name FROM customers WHERE id <= 3 ORDER BY id"];
    const args = ["-X", `host=127.0.0.1 port=${port} dbname=payments user=agent-7 sslmode=disable`, "-v", "FETCH_COUNT=2", ...queries.flatMap((q) => ["-c", q])];
    const r = await run("psql", args, { env: { ...process.env, PGPASSWORD: agent }, timeout: 30_000 }).then((x) => x.stdout + x.stderr, (e) => String(e.stdout) + String(e.stderr));
    expect(r).toMatch(/denied by policy/);
    expect(r.match(/\[REDACTED\]/g), r).toHaveLength(3);
    for (const name of superSql("SELECT full_name FROM customers WHERE id <= 3 ORDER BY id").split("\n")) expect(r).toContain(name);
  });

  it("a statement or portal name means what the server holds under it: replaced, closed or reused by SQL, never judged by text the server did not take", async () => {
    const c = await RawClient.login(port, agent);
    const parse = (name: string, text: string) => w.parse({ name, text, paramTypes: [] });
    const bind = (portal: string, statement: string) => w.bind({ portal, statement, paramFormats: [], params: [], resultFormats: [] });
    // Sends a batch and returns what came back up to its ReadyForQuery: data rows' values and error messages.
    const batch = async (...msgs: Buffer[]) => {
      c.seen = [];
      c.write(Buffer.concat(msgs));
      await c.until((f) => f.type === B.ReadyForQuery);
      return c.seen.flatMap((f: Frame) => f.type === B.DataRow ? parseDataRow(f.payload).map((v) => v?.toString("utf8") ?? "NULL")
        : f.type === B.ErrorResponse ? [`ERROR ${parseNotice(f.payload).M}`] : []);
    };
    const before = checksum();
    try {
      // 1. Parse of a name in use fails upstream, which keeps the old statement: that one is run and masked.
      await batch(parse("n1", "SELECT reverse(ssn) AS full_name FROM customers WHERE id < 3"), w.sync());
      expect((await batch(parse("n1", "SELECT full_name FROM customers WHERE id < 3"), w.sync()))[0]).toMatch(/already exists/);
      let out = await batch(bind("", "n1"), w.execute(""), w.sync());
      expect(out.length, out.join()).toBeGreaterThan(0);
      expect(leaks(out.join("\n"))).toEqual([]);
      expect(out.every((v) => v === "[REDACTED]"), out.join()).toBe(true);
      // 2. A write parsed under a name, the name then "replaced" by a read: the write is not run.
      await batch(parse("n2", "INSERT INTO audit_notes (note) VALUES ('n2') RETURNING id"), w.sync());
      await batch(parse("n2", "SELECT 1"), w.sync());
      out = await batch(bind("", "n2"), w.execute(""), w.sync());
      expect(out.join(), "the write ran").toMatch(/approval required|denied/);
      // 3. A portal bound over the protocol and fetched with SQL FETCH runs its statement: judged by it.
      await batch(w.query("BEGIN"));
      await batch(parse("n3", "INSERT INTO audit_notes (note) VALUES ('n3') RETURNING id"), bind("p3", "n3"), w.sync());
      out = await batch(w.query("FETCH ALL p3"));
      expect(out.join(), "FETCH ran the write").toMatch(/approval required|denied/);
      await batch(w.query("ROLLBACK"));
      // 4. SQL DEALLOCATE / PREPARE (and DEALLOCATE ALL) of a name the protocol parsed: Bind is refused.
      for (const dealloc of ["DEALLOCATE n4", "DEALLOCATE ALL"]) {
        await batch(parse("n4", "SELECT full_name FROM customers WHERE id < 3"), w.sync());
        await batch(w.query(`${dealloc}; PREPARE n4 AS SELECT reverse(ssn) AS full_name FROM customers WHERE id < 3`));
        out = await batch(bind("", "n4"), w.execute(""), w.sync());
        expect(leaks(out.join("\n")), dealloc).toEqual([]);
        expect(out.join(), dealloc).toMatch(/does not exist|REDACTED/);
        await batch(w.query("DEALLOCATE ALL"));
      }
      // 5. SQL CLOSE / DECLARE of a portal bound over the protocol: Execute is refused.
      await batch(w.query("BEGIN"));
      await batch(parse("n5", "SELECT full_name FROM customers WHERE id < 3"), bind("p5", "n5"), w.sync());
      await batch(w.query("CLOSE p5; DECLARE p5 CURSOR FOR SELECT reverse(ssn) AS full_name FROM customers WHERE id < 3"));
      out = await batch(w.execute("p5"), w.sync());
      expect(leaks(out.join("\n"))).toEqual([]);
      expect(out.join()).toMatch(/does not exist|REDACTED/);
      await batch(w.query("ROLLBACK"));
      // 6. Protocol Close of a SQL statement or cursor, the name then parsed or bound to a write: EXECUTE / FETCH are judged by the write.
      await batch(w.query("PREPARE n6 AS SELECT 1"));
      await batch(w.close("S", "n6"), parse("n6", "INSERT INTO audit_notes (note) VALUES ('n6') RETURNING id"), w.sync());
      expect((await batch(w.query("EXECUTE n6"))).join()).toMatch(/approval required|denied/);
      await batch(w.query("BEGIN"));
      await batch(w.query("DECLARE p7 CURSOR FOR SELECT 1"));
      await batch(parse("n7", "INSERT INTO audit_notes (note) VALUES ('n7') RETURNING id"), w.close("P", "p7"), bind("p7", "n7"), w.sync());
      expect((await batch(w.query("FETCH ALL p7"))).join()).toMatch(/approval required|denied/);
      await batch(w.query("ROLLBACK"));
      // 7. A FETCH or EXECUTE parsed while its name stood for a harmless query runs what the name stands for at Execute.
      await batch(w.query("BEGIN"));
      await batch(w.query("DECLARE k8 CURSOR FOR SELECT full_name AS x FROM customers WHERE id < 3"));
      await batch(parse("f8", "FETCH ALL FROM k8"), w.sync());
      await batch(w.query("CLOSE k8; DECLARE k8 CURSOR FOR SELECT reverse(ssn) AS x FROM customers WHERE id < 3"));
      out = await batch(bind("", "f8"), w.execute(""), w.sync());
      expect(leaks(out.join("\n"))).toEqual([]);
      expect(out, "FETCH judged by the old cursor").toEqual(["[REDACTED]", "[REDACTED]"]);
      await batch(w.query("ROLLBACK"));
      await batch(w.query("PREPARE q9 AS SELECT full_name AS x FROM customers WHERE id < 3"));
      await batch(parse("e9", "EXECUTE q9"), w.sync());
      await batch(w.query("DEALLOCATE q9; PREPARE q9 AS SELECT reverse(email) AS x FROM customers WHERE id < 3"));
      out = await batch(bind("", "e9"), w.execute(""), w.sync());
      expect(leaks(out.join("\n"))).toEqual([]);
      expect(out, "EXECUTE judged by the old statement").toEqual(["[REDACTED]", "[REDACTED]"]);
      // Ordinary use still works: parse, bind, execute, close.
      out = await batch(parse("n8", "SELECT full_name FROM customers WHERE id = 1"), bind("", "n8"), w.execute(""), w.close("S", "n8"), w.sync());
      expect(out).toEqual([superSql("SELECT full_name FROM customers WHERE id = 1")]);
    } finally {
      c.close();
    }
    expect(checksum()).toBe(before);
  });

  it("no disguised write changes the database or reports success", async () => {
    const before = checksum();
    const ran: string[] = [];
    for (const q of WRITES) {
      const r = await psql(q);
      if (r.ok && !/ERROR/.test(r.out)) ran.push(q);
    }
    expect(ran).toEqual([]);
    expect(checksum()).toBe(before);
  }, 120_000);
});
