// The PostgreSQL gateway end to end with real clients against the suite's real PostgreSQL:
// psql, node-postgres (prepared statements), psycopg2, pgjdbc and pgbench through the gateway;
// refusals, the approval flow, bad tokens, cancel, and no upstream password anywhere.
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { B } from "../../proxy/postgres/messages.js";
import { parseNotice } from "../../proxy/postgres/parser.js";
import * as w from "../../proxy/postgres/serializer.js";
import { ensurePgjdbc, ensurePsycopg2 } from "./_clients.mjs";
import { haveDatabase, startTestGateway, TEST_POLICY, UPSTREAM_PASSWORD, type TestGateway } from "./_gateway.js";
import { RawClient } from "./_raw-client.js";

const run = promisify(execFile);
const outputs: string[] = [];

async function psql(gw: TestGateway, token: string, sql: string[], extra: string[] = []): Promise<{ code: number; out: string }> {
  const args = ["-X", `host=127.0.0.1 port=${gw.port} dbname=payments user=agent-7 sslmode=disable`, "-v", "ON_ERROR_STOP=1", ...extra, ...sql.flatMap((s) => ["-c", s])];
  try {
    const r = await run("psql", args, { env: { ...process.env, PGPASSWORD: token, PGCONNECT_TIMEOUT: "10" }, timeout: 30_000 });
    outputs.push(r.stdout + r.stderr);
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    const out = (x.stdout ?? "") + (x.stderr ?? "");
    outputs.push(out);
    return { code: typeof x.code === "number" ? x.code : 1, out };
  }
}

function superSql(sql: string): string {
  const r = spawnSync("psql", ["-X", "-tA", process.env.HOOP_TEST_PG_URL!, "-c", sql], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

describe.skipIf(!haveDatabase)("PostgreSQL gateway with real clients", () => {
  let gw: TestGateway;
  let agent: string, ops: string, alice: string;
  const ssn1 = () => superSql("select ssn from customers where id = 1");

  beforeAll(async () => {
    gw = await startTestGateway(TEST_POLICY);
    agent = await gw.token();
    ops = await gw.token({ sub: "bob@bank.example", kind: "human", groups: ["payments-ops"], actFor: undefined });
    alice = await gw.token({ sub: "alice@bank.example", kind: "human", groups: ["payments-ops"], actFor: undefined });
  });
  afterAll(async () => {
    await gw?.stop();
  });

  it("psql reads through the gateway with masked PII", async () => {
    const r = await psql(gw, agent, ["SELECT id, full_name, ssn FROM customers WHERE id <= 3 ORDER BY id"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\(3 rows\)/);
    expect(r.out).not.toContain(ssn1());
    const plain = await psql(gw, agent, ["SELECT count(*) AS n FROM transactions"], ["-tA"]);
    expect(plain.out.trim()).toBe(superSql("select count(*) from transactions"));
  });

  it("refuses client encodings whose characters can end in ASCII bytes, at connect and by SET", async () => {
    const connectIn = (encoding: string) =>
      run("psql", ["-X", `host=127.0.0.1 port=${gw.port} dbname=payments user=agent-7 sslmode=disable`, "-tAc", "SELECT full_name FROM customers WHERE id = 1"],
        { env: { ...process.env, PGPASSWORD: agent, PGCLIENTENCODING: encoding, PGCONNECT_TIMEOUT: "10" }, timeout: 30_000 })
        .then((r) => ({ ok: true, out: r.stdout + r.stderr }), (e) => ({ ok: false, out: String(e.stdout) + String(e.stderr) }));
    for (const encoding of ["SJIS", "Shift_JIS", "BIG5", "GBK", "UHC", "GB18030", "JOHAB", "win932"]) {
      const r = await connectIn(encoding);
      expect(r.ok, `${encoding}: ${r.out}`).toBe(false);
      expect(r.out).toMatch(/not supported through the gateway/);
    }
    for (const encoding of ["UTF8", "LATIN1", "EUC_JP", "SQL_ASCII"]) {
      const r = await connectIn(encoding);
      expect(r.out.trim(), encoding).toBe(superSql("SELECT full_name FROM customers WHERE id = 1"));
    }
    // What SJIS would let through: 0x83 0x5C is one character for the server, a byte and an escaping
    // backslash for a UTF-8 reader, so the server would see a column the analysis took for a literal.
    const c = await RawClient.open(gw.port);
    c.write(w.startup({ user: "agent-7", database: "payments", client_encoding: "SJIS" }));
    const first = await c.until((f) => f.type === B.Authentication || f.type === B.ErrorResponse);
    if (first.type === B.Authentication) {
      c.write(w.password(agent));
      const end = await c.until((f) => f.type === B.ReadyForQuery || f.type === B.ErrorResponse);
      expect(end.type).toBe(B.ErrorResponse);
    } else expect(parseNotice(first.payload).M).toMatch(/not supported/);
    c.close();
    // The session settings this test's policy allows do not include changing the encoding.
    for (const set of ["SET NAMES 'SJIS'", "SET client_encoding TO 'BIG5'", "SET client_encoding = 'UTF8'", "RESET client_encoding"]) {
      const r = await psql(gw, agent, [set]);
      expect(r.code, set).not.toBe(0);
      expect(r.out, set).toMatch(/client encoding is chosen when connecting/);
    }
  });

  it("refuses a DELETE without WHERE with a PostgreSQL error, and aborts the open transaction", async () => {
    const r = await psql(gw, agent, ["DELETE FROM transactions"]);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/ERROR:\s+denied by policy/);
    // Inside a transaction the refusal fails the transaction, so nothing before it can commit.
    const c = new pg.Client({ host: "127.0.0.1", port: gw.port, database: "payments", user: "agent-7", password: agent });
    await c.connect();
    await c.query("BEGIN");
    await expect(c.query("DELETE FROM transactions")).rejects.toThrow(/denied by policy/);
    await expect(c.query("SELECT 1")).rejects.toThrow(/current transaction is aborted/);
    await c.query("ROLLBACK");
    expect((await c.query("SELECT 2 AS x")).rows).toEqual([{ x: 2 }]);
    await c.end();
  });

  it("holds an agent's write for approval (retry), refuses self-approval, runs it once", async () => {
    const note = `relay-approval-${Date.now()}`;
    const insert = `INSERT INTO audit_notes (note) VALUES ('${note}')`;
    const first = await psql(gw, agent, [insert]);
    expect(first.code).not.toBe(0);
    const id = /approval required: request (apr_[A-Za-z0-9_-]+)/.exec(first.out)?.[1];
    expect(id, first.out).toBeTruthy();
    expect(first.out).toContain("payments-ops");
    const api = ["--api", gw.api!.url];
    const cli = (args: string[]) => run("node", ["bin/gateway.js", "approvals", ...args, ...api]).then((r) => ({ code: 0, out: r.stdout }), (e) => ({ code: e.code as number, out: String(e.stdout) + String(e.stderr) }));
    const listed = await cli(["list", "--token", ops, "--json"]);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out).approvals.map((a: { id: string }) => a.id)).toContain(id);
    const self = await cli(["approve", id!, "--token", alice]);
    expect(self.code).toBe(1);
    expect(self.out).toMatch(/may not approve/);
    expect((await cli(["approve", id!, "--token", ops])).code).toBe(0);
    expect((await psql(gw, agent, [insert])).code).toBe(0);
    const again = await psql(gw, agent, [insert]);
    expect(again.code).not.toBe(0);
    expect(again.out).toMatch(/approval required/);
    expect(superSql(`select count(*) from audit_notes where note = '${note}'`)).toBe("1");
  });

  it("refuses forged, alg:none, expired, tampered and garbage tokens", async () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const now = Math.floor(Date.now() / 1000);
    const [h, , s] = agent.split(".");
    const bad = {
      none: `${b64({ alg: "none", typ: "JWT" })}.${b64({ iss: "hoop-gateway", aud: "hoop-gateway", sub: "agent-7", groups: ["dba"], exp: now + 600, iat: now })}.`,
      forged: `${h}.${b64({ iss: "hoop-gateway", aud: "hoop-gateway", sub: "agent-7", kind: "agent", groups: ["dba"], exp: now + 600, iat: now })}.${s}`,
      expired: await gw.token({ ttlSeconds: 1, now: now - 60 }),
      tampered: agent.slice(0, -4) + (agent.endsWith("AAAA") ? "BBBB" : "AAAA"),
      garbage: "not-a-token",
    };
    for (const [name, t] of Object.entries(bad)) {
      const r = await psql(gw, t, ["SELECT 1"]);
      expect(r.code, name).not.toBe(0);
      expect(r.out, name).toMatch(/gateway: the (token|password)/);
    }
  });

  it("node-postgres prepared statements, with parameters, masked", async () => {
    const c = new pg.Client({ host: "127.0.0.1", port: gw.port, database: "payments", user: "agent-7", password: agent });
    await c.connect();
    for (let i = 1; i <= 3; i++) {
      const r = await c.query({ name: "by-id", text: "SELECT id, full_name, email FROM customers WHERE id = $1", values: [i] });
      expect(r.rows).toHaveLength(1);
      expect(r.rows[0].id).toBe(i);
      expect(r.rows[0].email).not.toMatch(/@example\.com/);
    }
    const unnamed = await c.query("SELECT count(*)::int AS n FROM accounts WHERE balance > $1", [0]);
    expect(unnamed.rows[0].n).toBeGreaterThan(0);
    await expect(c.query("DELETE FROM accounts WHERE $1::int = $1::int", [1])).rejects.toThrow();
    expect((await c.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await c.end();
  });

  it("psycopg2 via /usr/bin/python3", async () => {
    expect(ensurePsycopg2()).toBe(true);
    const py = `
import psycopg2, sys
c = psycopg2.connect(host="127.0.0.1", port=${gw.port}, dbname="payments", user="agent-7", password=sys.argv[1], sslmode="disable")
cur = c.cursor()
cur.execute("SELECT id, ssn FROM customers WHERE id = %s", (1,))
print(cur.fetchall())
try:
    cur.execute("DELETE FROM transactions")
except Exception as e:
    print("refused:", str(e).splitlines()[0])
`;
    const r = await run("/usr/bin/python3", ["-c", py, agent], { timeout: 30_000 });
    outputs.push(r.stdout + r.stderr);
    expect(r.stdout).toMatch(/\[\(1, /);
    expect(r.stdout).not.toContain(ssn1());
    expect(r.stdout).toMatch(/refused: denied by policy/);
  });

  it("pgjdbc (extended protocol) via a small Java program", async () => {
    expect(ensurePgjdbc()).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "hoop-jdbc-"));
    try {
      writeFileSync(join(dir, "Probe.java"), `
import java.sql.*; import java.util.*;
public class Probe {
  public static void main(String[] a) throws Exception {
    Properties p = new Properties(); p.setProperty("user", "agent-7"); p.setProperty("password", a[1]); p.setProperty("sslmode", "disable");
    try (Connection c = DriverManager.getConnection(a[0], p)) {
      try (PreparedStatement s = c.prepareStatement("SELECT id, ssn, card_number FROM customers WHERE id <= ? ORDER BY id")) {
        for (int round = 0; round < 6; round++) { s.setInt(1, 2); try (ResultSet r = s.executeQuery()) { while (r.next()) if (round == 5) System.out.println(r.getInt(1) + "|" + r.getString(2) + "|" + r.getString(3)); } }
      }
      try (Statement s = c.createStatement()) { s.execute("DELETE FROM transactions"); System.out.println("DELETED"); } catch (SQLException e) { System.out.println("refused: " + e.getMessage().split("\\n")[0]); }
    }
  }
}`);
      await run("javac", ["-cp", "/usr/share/java/postgresql.jar", "-d", dir, join(dir, "Probe.java")], { timeout: 120_000 });
      const r = await run("java", ["-cp", `/usr/share/java/postgresql.jar:${dir}`, "Probe", `jdbc:postgresql://127.0.0.1:${gw.port}/payments`, agent], { timeout: 60_000 });
      outputs.push(r.stdout + r.stderr);
      expect(r.stdout).toMatch(/^1\|/m);
      expect(r.stdout).toMatch(/^2\|/m);
      expect(r.stdout).not.toContain(ssn1());
      expect(r.stdout).toMatch(/refused: .*denied by policy/);
      expect(r.stdout).not.toContain("DELETED");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it("pgbench -S in simple and extended mode", async () => {
    const db = "relay_bench";
    superSql(`DROP DATABASE IF EXISTS ${db}`);
    superSql(`CREATE DATABASE ${db}`);
    const direct = new URL(process.env.HOOP_TEST_PG_URL!);
    direct.pathname = `/${db}`;
    await run("pgbench", ["-i", "-s", "1", "-q", direct.toString()], { timeout: 120_000 });
    const benchGw = await startTestGateway(TEST_POLICY, [db]);
    try {
      const tok = await benchGw.token({ actFor: undefined });
      for (const mode of ["simple", "extended"]) {
        const r = await run("pgbench", ["-S", "-M", mode, "-c", "2", "-t", "100", "-n", "-h", "127.0.0.1", "-p", String(benchGw.port), "-U", "agent-7", db], {
          env: { ...process.env, PGPASSWORD: tok },
          timeout: 60_000,
        });
        outputs.push(r.stdout + r.stderr);
        expect(r.stdout, mode).toMatch(/number of transactions actually processed: 200\/200/);
        expect(r.stdout, mode).toMatch(/number of failed transactions: 0/);
      }
    } finally {
      await benchGw.stop();
      superSql(`DROP DATABASE IF EXISTS ${db}`);
    }
  }, 180_000);

  it("cancel reaches the upstream backend", async () => {
    const c = await RawClient.login(gw.port, agent);
    expect(c.key).toBeDefined();
    c.write(w.query("SELECT count(*) FROM generate_series(1, 500000000)"));
    await new Promise((r) => setTimeout(r, 300));
    const k = await RawClient.open(gw.port);
    k.write(w.cancelRequest(c.key!.processId, c.key!.secretKey));
    const t0 = Date.now();
    const err = await c.until((f) => f.type === B.ErrorResponse, 10_000);
    expect(parseNotice(err.payload).C).toBe("57014");
    expect(Date.now() - t0).toBeLessThan(5000);
    await c.until((f) => f.type === B.ReadyForQuery);
    c.write(w.query("SELECT 1"));
    await c.until((f) => f.type === B.CommandComplete);
    c.close();
    k.close();
  });

  it("the upstream password appears in no client output, log or state file", async () => {
    expect(outputs.length).toBeGreaterThan(10);
    for (const o of outputs) expect(o).not.toContain(UPSTREAM_PASSWORD);
    const files = readdirSync(join(gw.dir, "state"));
    for (const f of files) expect(readFileSync(join(gw.dir, "state", f)).includes(Buffer.from(UPSTREAM_PASSWORD)), f).toBe(false);
  });
});
