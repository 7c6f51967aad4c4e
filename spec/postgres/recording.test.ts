// Session recording of the PostgreSQL gateway: an agent's session under the ffiec-payments policy
// (a masked SELECT over the simple protocol, one with a bind parameter over the extended protocol,
// a refused DELETE) is recorded in order — requests, decisions, the first rows as the client
// received them, responses — `gateway replay` shows it, and no raw PII reaches the state store.
import { execFile, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../runtime/config/index.js";
import { issueToken, loadOrCreateSigningKey } from "../../runtime/identity/index.js";
import { startGateway, type RunningGateway } from "../../proxy/cli/start.js";
import { replayCommand } from "../../proxy/cli/replay.js";
import { SqliteStateStore } from "../../runtime/stores/sqlite.js";
import { haveDatabase, upstreamUrl } from "./_gateway.js";

const run = promisify(execFile);
const EXAMPLE = "policies-examples/ffiec-payments";
const MAX_ROWS = 3;

function superSql(sql: string): string[] {
  const r = spawnSync("psql", ["-X", "-tA", process.env.HOOP_TEST_PG_URL!, "-c", sql], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim().split("\n");
}

async function replay(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await replayCommand.run(args, { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false, readStdin: async () => "" });
  return { code, out, err };
}

describe.skipIf(!haveDatabase)("session recording through the PostgreSQL gateway", () => {
  let gw: RunningGateway | undefined;
  let stateDir: string;
  let sessionIds: string[] = [];
  /** Every ssn, email, card number and IBAN of the fixture. */
  let raw: string[];

  beforeAll(async () => {
    stateDir = join(process.env.TMPDIR ?? "/tmp", `hoop-recording-${process.pid}`);
    const text = readFileSync(join(EXAMPLE, "gateway.yaml"), "utf8") + `recording:\n  maxRows: ${MAX_ROWS}\n`;
    const config = parseConfig(text, join(EXAMPLE, "gateway.yaml"), { GATEWAY_STATE_DIR: stateDir });
    expect(config.recording.maxRows).toBe(MAX_ROWS);
    gw = await startGateway({ ...config, policy: { ...config.policy, reload: false } }, { env: { PAYMENTS_DATABASE_URL: upstreamUrl() }, postgresPort: 0, apiPort: 0 });
    const port = gw.postgres[0]!.port;
    const agent = await issueToken(config.tokens, loadOrCreateSigningKey(config.tokens.keyFile), { sub: "agent-7", kind: "agent", groups: ["agents"], actFor: "alice@bank.example" });
    raw = superSql("select ssn from customers union all select email from customers union all select card_number from customers union all select iban from accounts");

    /** psql as the agent, one session running `commands` in turn; its output and errors. */
    const psqlAsAgent = (...commands: string[]) => run(
      "psql",
      ["-X", `host=127.0.0.1 port=${port} dbname=payments user=agent-7 sslmode=disable`, ...commands.flatMap((c) => ["-c", c])],
      { env: { ...process.env, PGPASSWORD: agent }, timeout: 30_000 },
    ).then((r) => r.stdout + r.stderr, (e) => String(e.stdout) + String(e.stderr));

    // Simple protocol (psql): one session, a masked SELECT then a DELETE the policy refuses.
    const psql = await psqlAsAgent("SELECT id, full_name, email, ssn, card_number FROM customers ORDER BY id LIMIT 5", "DELETE FROM transactions");
    expect(psql).toContain("Harper Moore");
    expect(psql).toMatch(/denied by policy/);

    // Extended protocol (node-postgres): a bind parameter and a masked column.
    const client = new pg.Client({ host: "127.0.0.1", port, database: "payments", user: "agent-7", password: agent });
    await client.connect();
    const r = await client.query("SELECT id, iban, status FROM accounts WHERE id <= $1 ORDER BY id", [2]);
    expect(r.rows).toHaveLength(2);
    await client.end();

    // COPY out (psql): masked lines and unmasked CSV lines are recorded like rows.
    const copy = await psqlAsAgent(
      "COPY (SELECT id, full_name, ssn FROM customers ORDER BY id LIMIT 4) TO STDOUT",
      "COPY (SELECT id, status FROM accounts ORDER BY id LIMIT 2) TO STDOUT WITH (FORMAT csv)",
    );
    expect(copy).toContain("Harper Moore");

    await gw.close();
    gw = undefined;
    const store = SqliteStateStore.open(stateDir);
    try {
      sessionIds = (await store.recordings.sessions()).sort((x, y) => (x.firstAt < y.firstAt ? -1 : 1)).map((x) => x.sessionId);
    } finally {
      await store.close();
    }
  }, 60_000);

  afterAll(async () => {
    await gw?.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  const events = async (sessionId: string) => {
    const r = await replay(["--state-dir", stateDir, "--json", sessionId]);
    expect(r.code, r.err).toBe(0);
    return (JSON.parse(r.out) as { recording: { kind: string; data: Record<string, any> }[] }).recording;
  };

  it("records the lines of COPY out like rows, masked as the client received them", async () => {
    expect(sessionIds).toHaveLength(3);
    const results = (await events(sessionIds[2]!)).filter((e) => e.kind === "result");
    expect(results).toHaveLength(2);
    const [masked, plain] = results;
    expect(masked!.data).toMatchObject({ columns: ["1", "2", "3"], totalRows: 4, truncated: true });
    expect(masked!.data.rows).toHaveLength(MAX_ROWS);
    expect(masked!.data.rows[0][1]).toBe("Harper Moore");
    const ssns = superSql("select ssn from customers order by id limit 4");
    for (const row of masked!.data.rows as string[][]) expect(ssns).not.toContain(row[2]);
    expect(plain!.data).toMatchObject({ columns: ["1", "2"], totalRows: 2, truncated: false });
    expect((plain!.data.rows as string[][]).map((row) => row[1])).toEqual(superSql("select status from accounts order by id limit 2"));
  });

  it("records each request, its decision, the first masked rows and the response, in order", async () => {
    expect(sessionIds.length).toBeGreaterThanOrEqual(2);
    const simple = await events(sessionIds[0]!);
    const flow = simple.filter((e) => e.kind !== "note").map((e) => `${e.kind}${e.kind === "decision" ? ":" + e.data.decision.effect : ""}`);
    expect(flow).toEqual(["request", "decision:allow", "result", "response", "request", "decision:deny", "response"]);
    const [select, , result, response, del, denied, refused] = simple.filter((e) => e.kind !== "note");
    expect(select!.data.text).toMatch(/^SELECT id, full_name, email, ssn/);
    expect(result!.data.requestId).toBe(select!.data.requestId);
    expect(result!.data.columns).toEqual(["id", "full_name", "email", "ssn", "card_number"]);
    expect(result!.data.rows).toHaveLength(MAX_ROWS);
    expect(result!.data).toMatchObject({ totalRows: 5, truncated: true });
    expect(result!.data.rows[0][1]).toBe("Harper Moore");
    expect(response!.data).toMatchObject({ rows: 5 });
    expect(response!.data.maskedCells).toBeGreaterThan(0);
    expect(del!.data.text).toBe("DELETE FROM transactions");
    expect(denied!.data.decision.rules).toContain("payments.no_unbounded_writes");
    expect(refused!.data.error).toMatch(/denied by policy/);

    const extended = (await events(sessionIds[1]!)).filter((e) => e.kind !== "note");
    expect(extended.map((e) => e.kind)).toEqual(["request", "decision", "result", "response"]);
    expect(extended[0]!.data.facts).toEqual({ params: ["2"] });
    expect(extended[2]!.data).toMatchObject({ columns: ["id", "iban", "status"], totalRows: 2, truncated: false });
    expect(extended[2]!.data.rows.map((row: string[]) => row[2])).toEqual(superSql("select status from accounts where id <= 2 order by id"));
  });

  it("gateway replay shows the statements in order, the decisions and the masked rows", async () => {
    const r = await replay(["--state-dir", stateDir, sessionIds[0]!]);
    expect(r.code, r.err).toBe(0);
    const select = r.out.indexOf("SELECT id, full_name");
    const table = r.out.indexOf("| id | full_name");
    const del = r.out.indexOf("DELETE FROM transactions");
    expect(select).toBeGreaterThan(-1);
    expect(table).toBeGreaterThan(select);
    expect(del).toBeGreaterThan(table);
    expect(r.out).toMatch(/→ ALLOW/);
    expect(r.out).toMatch(/→ DENY by payments.no_unbounded_writes/);
    expect(r.out).toContain("Harper Moore");
    expect(r.out).toMatch(/5 rows in all, first 3 recorded/);
    for (const v of raw) expect(r.out).not.toContain(v);
  });

  it("no raw ssn, email, card number or IBAN of the fixture is anywhere in the state store", () => {
    expect(raw.length).toBeGreaterThan(100);
    const files = readdirSync(stateDir).map((f) => join(stateDir, f));
    const bytes = Buffer.concat(files.filter((f) => !f.endsWith(".pem")).map((f) => readFileSync(f)));
    expect(bytes.length).toBeGreaterThan(0);
    // The visible columns are stored, so the check would see raw values if they were.
    expect(bytes.includes("Harper Moore")).toBe(true);
    expect(raw.filter((v) => bytes.includes(v))).toEqual([]);
  });
});
