// What a prepared statement or portal stands for, and which answer belongs to which request, must
// be the server's, whatever order of messages a client sends: the extended protocol's names share
// SQL's PREPARE and DECLARE CURSOR namespaces, a failed Parse or Bind leaves the old definition in
// place, a transaction end drops portals, and after an error the server skips everything (a
// simple Query too) until Sync. Each test sends raw messages as an attacker would, with the example
// policy, and checks that no write ran and no SSN left in any reversible form.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../runtime/config/index.js";
import { issueToken, loadOrCreateSigningKey } from "../../runtime/identity/index.js";
import { startGateway, type RunningGateway } from "../../proxy/cli/start.js";
import { B, type Frame } from "../../proxy/postgres/messages.js";
import { parseDataRow, parseNotice } from "../../proxy/postgres/parser.js";
import * as w from "../../proxy/postgres/serializer.js";
import { haveDatabase, startTestGateway, upstreamUrl, type TestGateway } from "./_gateway.js";
import { RawClient } from "./_raw-client.js";

const EXAMPLE = "policies-examples/ffiec-payments";
const MARKER = "protocol-state-marker";
/** An SSN with its digits turned into letters: no detector can recognise it, only lineage masks it. */
const LEAKY = "SELECT translate(ssn, '0123456789', 'abcdefghij') AS x FROM customers ORDER BY id LIMIT 3";
const WRITE = `DELETE FROM audit_notes WHERE note = '${MARKER}'`;

function superSql(sql: string): string {
  const r = spawnSync("psql", ["-X", "-tA", process.env.HOOP_TEST_PG_URL!, "-c", sql], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

const parse = (name: string, text: string) => w.parse({ name, text, paramTypes: [] });
const bind = (portal: string, statement: string) => w.bind({ portal, statement, paramFormats: [], params: [], resultFormats: [] });

function show(f: Frame): string {
  const t = String.fromCharCode(f.type);
  if (f.type === B.ErrorResponse) return `E:${parseNotice(f.payload).C}`;
  if (f.type === B.DataRow) return "D:" + parseDataRow(f.payload).map((v) => (v === null ? "NULL" : v.toString())).join("|");
  if (f.type === B.ReadyForQuery) return `Z:${String.fromCharCode(f.payload[0]!)}`;
  return t;
}

describe.skipIf(!haveDatabase)("extended-protocol names and answers through the gateway", () => {
  let gw: RunningGateway;
  let agent: string, ops: string;
  const clients: RawClient[] = [];
  const stateDir = join(process.env.TMPDIR ?? "/tmp", `hoop-protocol-state-${process.pid}`);
  let leaked: string[];

  beforeAll(async () => {
    const text = readFileSync(join(EXAMPLE, "gateway.yaml"), "utf8");
    const config = parseConfig(text, join(EXAMPLE, "gateway.yaml"), { GATEWAY_STATE_DIR: stateDir });
    gw = await startGateway({ ...config, policy: { ...config.policy, reload: false } }, { env: { PAYMENTS_DATABASE_URL: upstreamUrl() }, postgresPort: 0, apiPort: 0 });
    agent = await issueToken(config.tokens, loadOrCreateSigningKey(config.tokens.keyFile), { sub: "agent-7", kind: "agent", groups: ["agents"], actFor: "alice@bank.example" });
    ops = await issueToken(config.tokens, loadOrCreateSigningKey(config.tokens.keyFile), { sub: "bob@bank.example", kind: "human", groups: ["payments-ops"] });
    leaked = superSql("SELECT string_agg(translate(ssn, '0123456789', 'abcdefghij'), ',' ORDER BY id) FROM (SELECT * FROM customers ORDER BY id LIMIT 3) c").split(",");
  });
  beforeEach(() => {
    superSql(`INSERT INTO audit_notes (note) SELECT '${MARKER}' WHERE NOT EXISTS (SELECT 1 FROM audit_notes WHERE note = '${MARKER}')`);
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await gw?.close();
    superSql(`DELETE FROM audit_notes WHERE note = '${MARKER}'`);
    rmSync(stateDir, { recursive: true, force: true });
  });

  async function client(token = agent): Promise<RawClient> {
    const c = await RawClient.login(gw.postgres[0]!.port, token);
    clients.push(c);
    return c;
  }

  /** Sends the messages at once and returns what came back up to the `syncs`-th ReadyForQuery. */
  async function send(c: RawClient, frames: Buffer[], syncs: number): Promise<string[]> {
    const from = c.seen.length;
    c.write(Buffer.concat(frames));
    for (let i = 0; i < syncs; i++) await c.until((f) => f.type === B.ReadyForQuery);
    return c.seen.slice(from).map(show);
  }

  function expectNothingHappened(out: string[]): void {
    expect(superSql(`SELECT count(*) FROM audit_notes WHERE note = '${MARKER}'`)).toBe("1");
    for (const s of leaked) expect(out.join(" ")).not.toContain(s);
  }

  it("a Parse that fails because the name is taken leaves the old statement standing", async () => {
    const c = await client();
    // The write is sent to review at its Execute, so its Parse goes through.
    let out = await send(c, [parse("s1", WRITE), w.sync()], 1);
    out = out.concat(await send(c, [parse("s1", "SELECT 1"), w.sync()], 1));
    expect(out).toContain("E:42P05");
    out = out.concat(await send(c, [bind("", "s1"), w.execute(""), w.sync()], 1));
    expect(out).toContain("E:42501");
    expectNothingHappened(out);
  });

  it("the same, with every message in one write (the answer to the Parse is awaited)", async () => {
    const c = await client();
    const out = await send(c, [parse("s2", WRITE), w.sync(), parse("s2", "SELECT 1"), w.sync(), bind("", "s2"), w.execute(""), w.sync()], 3);
    expect(out).toContain("E:42P05");
    expect(out).toContain("E:42501");
    expectNothingHappened(out);
  });

  it("a Parse skipped after an error leaves the unnamed statement as it was", async () => {
    const c = await client();
    const out = await send(c, [
      parse("", WRITE), w.sync(),
      parse("bad", "SELECT * FROM no_such_table"), parse("", "SELECT 1"), w.sync(),
      bind("", ""), w.execute(""), w.sync(),
    ], 3);
    expect(out).toContain("E:42P01");
    expect(out).toContain("E:42501");
    expectNothingHappened(out);
  });

  it("a SQL PREPARE of a name a Parse took is judged with what the name holds", async () => {
    const c = await client();
    let out = await send(c, [parse("n1", WRITE), w.sync(), w.query("PREPARE n1 AS SELECT 1")], 2);
    expect(out).toContain("E:42P05");
    out = out.concat(await send(c, [w.query("EXECUTE n1")], 1));
    expect(out).toContain("E:42501");
    expectNothingHappened(out);
  });

  it("a statement redefined by DEALLOCATE and PREPARE is masked as redefined", async () => {
    const c = await client();
    let out = await send(c, [parse("s3", "SELECT 'a' AS x"), w.sync(), w.query("DEALLOCATE s3"), w.query(`PREPARE s3 AS ${LEAKY}`)], 3);
    out = out.concat(await send(c, [bind("", "s3"), w.execute(""), w.sync()], 1));
    expect(out.filter((s) => s.startsWith("D:"))).toEqual(["D:[REDACTED]", "D:[REDACTED]", "D:[REDACTED]"]);
    expectNothingHappened(out);
  });

  it("a portal gone with its transaction does not vouch for a cursor declared under its name", async () => {
    const c = await client();
    let out = await send(c, [parse("s4", "SELECT 'a' AS x"), bind("p", "s4"), w.sync(), w.query("BEGIN"), w.query(`DECLARE p CURSOR FOR ${LEAKY}`)], 3);
    out = out.concat(await send(c, [w.execute("p"), w.sync()], 1));
    out = out.concat(await send(c, [w.query("ROLLBACK")], 1));
    expect(out.some((s) => s.startsWith("D:") && s !== "D:[REDACTED]")).toBe(false);
    expectNothingHappened(out);
  });

  it("a Bind that fails because the portal exists leaves the old portal standing", async () => {
    const c = await client();
    let out = await send(c, [w.query("BEGIN"), parse("s5", LEAKY), bind("p5", "s5"), w.sync()], 2);
    out = out.concat(await send(c, [w.query("SAVEPOINT a"), parse("s6", "SELECT 'a' AS x"), bind("p5", "s6"), w.sync()], 2));
    expect(out).toContain("E:42P03");
    out = out.concat(await send(c, [w.query("ROLLBACK TO a"), w.execute("p5"), w.sync(), w.query("ROLLBACK")], 3));
    expect(out.filter((s) => s.startsWith("D:"))).toEqual(["D:[REDACTED]", "D:[REDACTED]", "D:[REDACTED]"]);
    expectNothingHappened(out);
  });

  it("a DECLARE that fails because a portal has the name leaves FETCH masked by the portal", async () => {
    const c = await client();
    let out = await send(c, [w.query("BEGIN"), parse("s7", LEAKY), bind("p7", "s7"), w.sync()], 2);
    out = out.concat(await send(c, [w.query("SAVEPOINT a"), w.query("DECLARE p7 CURSOR FOR SELECT 'a' AS x"), w.query("ROLLBACK TO a"), w.query("FETCH ALL FROM p7"), w.query("ROLLBACK")], 5));
    expect(out).toContain("E:42P03");
    expect(out.filter((s) => s.startsWith("D:"))).toEqual(["D:[REDACTED]", "D:[REDACTED]", "D:[REDACTED]"]);
    expectNothingHappened(out);
  });

  it("an extended-protocol EXECUTE is judged by what the prepared statement stands for when it runs", async () => {
    const c = await client();
    const out = await send(c, [
      w.query("PREPARE e1 AS SELECT 'a' AS x"), parse("run-e1", "EXECUTE e1"), w.sync(),
      w.query("DEALLOCATE e1"), w.query(`PREPARE e1 AS ${LEAKY}`), bind("", "run-e1"), w.execute(""), w.sync(),
    ], 5);
    expect(out.filter((s) => s.startsWith("D:"))).toEqual(["D:[REDACTED]", "D:[REDACTED]", "D:[REDACTED]"]);
    expectNothingHappened(out);
  });

  it("an extended-protocol FETCH is judged by the cursor as it stands when the portal runs", async () => {
    const c = await client();
    const out = await send(c, [
      w.query("BEGIN"), w.query("DECLARE f1 CURSOR FOR SELECT 'a' AS x"), parse("fetch-f1", "FETCH ALL FROM f1"), bind("pf1", "fetch-f1"), w.sync(),
      w.query("CLOSE f1"), w.query(`DECLARE f1 CURSOR FOR ${LEAKY}`), w.execute("pf1"), w.sync(), w.query("ROLLBACK"),
    ], 7);
    expect(out.filter((s) => s.startsWith("D:"))).toEqual(["D:[REDACTED]", "D:[REDACTED]", "D:[REDACTED]"]);
    expectNothingHappened(out);
  });

  it("a simple Query the server skips after an extended-protocol error takes no later answer", async () => {
    const c = await client();
    let out = await send(c, [parse("", "SELECT * FROM no_such_table"), w.query("SELECT 'x' AS x"), w.query("SELECT 'x' AS x"), w.sync()], 1);
    expect(out).toEqual(["E:42P01", "Z:I"]);
    out = out.concat(await send(c, [w.query(LEAKY)], 1));
    expect(out.filter((s) => s.startsWith("D:"))).toEqual(["D:[REDACTED]", "D:[REDACTED]", "D:[REDACTED]"]);
    // The session goes on as usual.
    out = out.concat(await send(c, [w.query("SELECT 2 AS y")], 1));
    expect(out.slice(-3)).toEqual(["D:2", "C", "Z:I"]);
    expectNothingHappened(out);
  });

  it("the same after a Parse the gateway refused", async () => {
    const c = await client();
    let out = await send(c, [parse("", "DELETE FROM audit_notes"), w.query("SELECT 'x' AS x"), w.query("SELECT 'x' AS x"), w.sync()], 1);
    expect(out).toEqual(["E:42501", "Z:I"]);
    out = out.concat(await send(c, [w.query(LEAKY)], 1));
    expect(out.filter((s) => s.startsWith("D:"))).toEqual(["D:[REDACTED]", "D:[REDACTED]", "D:[REDACTED]"]);
    expectNothingHappened(out);
  });

  it("a flood of Syncs from one session leaves another session answered", async () => {
    const flooder = await client();
    const other = await client();
    const flood = Buffer.concat(Array.from({ length: 20_000 }, () => w.sync()));
    for (let i = 0; i < 10; i++) flooder.write(flood);
    const started = Date.now();
    expect(await send(other, [w.query("SELECT 1 AS one")], 1)).toEqual(["T", "D:1", "C", "Z:I"]);
    // Each answer used to cost a copy of the queue of those still expected: tens of seconds.
    expect(Date.now() - started).toBeLessThan(5_000);
    for (let i = 0; i < 200_000; i++) await flooder.until((f) => f.type === B.ReadyForQuery, 60_000);
    expect(await send(flooder, [w.query("SELECT 2 AS two")], 1)).toEqual(["T", "D:2", "C", "Z:I"]);
  });

  describe("settings the analysis reads statements under", () => {
    // With standard_conforming_strings off this is a SELECT and a CREATE TABLE to the server, one SELECT to the analyzer.
    const SMUGGLE = "SELECT 'x\\' AS a, $$'; CREATE TABLE smuggled_by_settings (x int); --$$";
    const created = () => superSql("SELECT to_regclass('smuggled_by_settings') IS NOT NULL");
    afterAll(() => superSql("DROP TABLE IF EXISTS smuggled_by_settings"));

    // A policy that lets people run anything but DDL: the gateway itself must keep the settings.
    let open: TestGateway;
    let person: string;
    beforeAll(async () => {
      open = await startTestGateway(`
namespace settingstest

rule people_run_anything_but_ddl "People may run anything but DDL" {
  allow when principal.kind == human and (all s in sql.statements: s.kind != ddl)
}
`);
      person = await open.token({ sub: "erin@bank.example", kind: "human", groups: [], actFor: undefined });
    });
    afterAll(() => open?.stop());

    async function endsTheSession(frames: Buffer[]): Promise<void> {
      const c = await RawClient.login(open.port, person);
      clients.push(c);
      c.write(Buffer.concat(frames));
      const e = await c.until((f) => f.type === B.ErrorResponse && parseNotice(f.payload).S === "FATAL");
      expect(parseNotice(e.payload).M).toMatch(/standard_conforming_strings|client_encoding/);
      await expect(c.until(() => false, 3000)).rejects.toThrow(/connection closed/);
      expect(created()).toBe("f");
    }

    it("an UPDATE of pg_settings, then a statement read under the new setting", async () => {
      await endsTheSession([w.query("UPDATE pg_settings SET setting = 'off' WHERE name = 'standard_conforming_strings'"), w.query(SMUGGLE)]);
    });

    it("set_config in the extended protocol, then a Parse in the same batch", async () => {
      await endsTheSession([
        parse("", "SELECT set_config('standard_conforming_strings', 'off', false)"), bind("", ""), w.execute(""),
        parse("", SMUGGLE), bind("", ""), w.execute(""), w.sync(),
      ]);
    });

    it("set_config of client_encoding", async () => {
      await endsTheSession([w.query("SELECT set_config('client_encoding', 'SJIS', false)"), w.query("SELECT 1")]);
    });

    it("a harmless SET in the extended protocol is followed by the next statement as usual", async () => {
      const c = await client();
      const out = await send(c, [parse("", "SET application_name = 'protocol-state'"), bind("", ""), w.execute(""), parse("", "SELECT 5 AS five"), bind("", ""), w.execute(""), w.sync()], 1);
      // (S: the server reports the new application_name.)
      expect(out).toEqual(["1", "2", "C", "1", "2", "D:5", "C", "S", "Z:I"]);
    });
  });

  describe("COPY FROM STDIN (a write someone approved, here one payments-ops may make)", () => {
    const data = (s: string) => w.frame(0x64, Buffer.from(s));
    const done = () => w.frame(0x63, Buffer.alloc(0));
    afterAll(() => superSql("DELETE FROM audit_notes WHERE note LIKE 'copy-state-%'"));

    it("a Sync sent during COPY gets no answer from the server, so none is waited for", async () => {
      const c = await client(ops);
      let out = await send(c, [w.query("COPY audit_notes (note) FROM STDIN"), w.sync(), data("copy-state-1\n"), done()], 1);
      expect(out).toEqual(["G", "C", "Z:I"]);
      // A query that fails, then one whose rows would have taken its (empty) masking.
      out = out.concat(await send(c, [w.query("SELECT 'x'::int AS x")], 1));
      out = out.concat(await send(c, [w.query(LEAKY)], 1));
      expect(out.filter((s) => s.startsWith("D:"))).toEqual(["D:[REDACTED]", "D:[REDACTED]", "D:[REDACTED]"]);
      expect(superSql("SELECT count(*) FROM audit_notes WHERE note = 'copy-state-1'")).toBe("1");
      expectNothingHappened(out);
    });

    it("COPY in the extended protocol, as libpq sends it, with a Sync before and after the data", async () => {
      const c = await client(ops);
      const out = await send(c, [parse("", "COPY audit_notes (note) FROM STDIN"), bind("", ""), w.execute(""), w.sync(), data("copy-state-2\n"), done(), w.sync(), w.query(LEAKY)], 2);
      expect(out.slice(0, 5)).toEqual(["1", "2", "G", "C", "Z:I"]);
      expect(out.filter((s) => s.startsWith("D:"))).toEqual(["D:[REDACTED]", "D:[REDACTED]", "D:[REDACTED]"]);
      expect(superSql("SELECT count(*) FROM audit_notes WHERE note = 'copy-state-2'")).toBe("1");
    });

    it("a COPY that fails on its data, with a Sync in the stream, keeps answers in step", async () => {
      const c = await client(ops);
      let out = await send(c, [w.query("COPY transactions (id) FROM STDIN"), data("not-a-number\n"), w.sync(), data("more\n"), done()], 1);
      expect(out.slice(0, 2)).toEqual(["G", "E:22P02"]);
      // Whether the server answers that Sync depends on when it read it; take whatever comes.
      await c.until(() => false, 500).catch(() => undefined);
      out = out.concat(await send(c, [w.query("SELECT 'x'::int AS x")], 1));
      out = out.concat(await send(c, [w.query(LEAKY)], 1));
      expect(out.filter((s) => s.startsWith("D:"))).toEqual(["D:[REDACTED]", "D:[REDACTED]", "D:[REDACTED]"]);
    });

    it("another statement sent during COPY ends the session, as the server would", async () => {
      const c = await client(ops);
      c.write(Buffer.concat([w.query("COPY audit_notes (note) FROM STDIN"), data("copy-state-3\n"), w.query("SELECT 1")]));
      const e = await c.until((f) => f.type === B.ErrorResponse);
      expect(parseNotice(e.payload).C).toBe("08P01");
      await expect(c.until(() => false, 3000)).rejects.toThrow(/connection closed/);
      expect(superSql("SELECT count(*) FROM audit_notes WHERE note = 'copy-state-3'")).toBe("0");
    });
  });
});
