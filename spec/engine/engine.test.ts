// The shared request pipeline without any wire protocol: policy hot reload, write-ahead audit
// (and refusal when it cannot be written), reviews in retry and hold mode, cancel of a hold.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../runtime/config/index.js";
import { GatewayEngine } from "../../runtime/engine/engine.js";
import type { EngineSession } from "../../runtime/engine/types.js";
import type { SqliteStateStore } from "../../runtime/stores/sqlite.js";
import { issueToken, loadOrCreateSigningKey } from "../../runtime/identity/index.js";

const POLICY = (reviewMode: "retry" | "hold") => `
namespace enginetest

rule agents_read "Agents may read" {
  allow when principal.kind == agent and sql.readOnly
}

rule writes_reviewed "A person approves agent writes" {
  review by "ops" quorum 1 once ${reviewMode} expires 30m
  when principal.kind == agent and any s in sql.statements: s.kind == write
}

rule no_unbounded "No DELETE without WHERE" {
  deny when any s in sql.statements: s.command == delete and not s.hasWhere
}
`;

let dir: string;
let engine: GatewayEngine;
/** The engine's clock where a test sets it; the real time otherwise. */
let clockNow: Date | undefined;
const notices: string[] = [];
const hooks = (signal?: AbortSignal) => ({ notice: (m: string) => void notices.push(m), signal });

const YAML = `listeners:\n  - protocol: postgres\n    address: 127.0.0.1:1\nconnections:\n  - name: payments\n    protocol: postgres\n    upstream: env:UP\npolicy:\n  folder: .\nstateDir: ./state\napprovals:\n  holdTimeout: 5s\n`;

async function setup(mode: "retry" | "hold", watch = false, extraYaml = "", extraRules = "") {
  dir = mkdtempSync(join(tmpdir(), "hoop-engine-"));
  writeFileSync(join(dir, "policy.hoop"), POLICY(mode) + extraRules);
  const yaml = YAML + extraYaml;
  const config = parseConfig(yaml, join(dir, "gateway.yaml"), {});
  // The upstream is never reached here: the catalog load fails and analysis runs without one.
  clockNow = undefined;
  engine = await GatewayEngine.create(config, { env: { UP: "postgres://u@127.0.0.1:1/payments" }, watchPolicy: watch, clock: () => clockNow ?? new Date() });
  const key = loadOrCreateSigningKey(config.tokens.keyFile);
  const token = (sub: string, kind: "agent" | "human", groups: string[], actFor?: string) => issueToken(config.tokens, key, { sub, kind, groups, actFor });
  return { token };
}

async function open(token: string): Promise<EngineSession> {
  return engine.openSession({ token, connection: "payments", sourceIp: "127.0.0.1" });
}

const sql = (s: EngineSession, text: string) => ({ kind: "sql" as const, text, analysis: s.analyzeSql(text) });

async function records(type: string) {
  await engine.state.audit.flush();
  const out: Record<string, unknown>[] = [];
  for await (const page of engine.state.store.audit.entries(1, 1_000_000)) for (const e of page) if (e.kind === type) out.push(JSON.parse(e.rec));
  return out;
}

afterEach(async () => {
  await engine?.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  notices.length = 0;
});

describe("engine", () => {
  it("opens the audit store with the configured durability (default os = synchronous NORMAL)", async () => {
    await setup("retry");
    expect(engine.config.audit.durability).toBe("os");
    expect((engine.state.store as SqliteStateStore).synchronous).toBe(1);
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
    await setup("retry", false, "audit:\n  durability: full\n");
    expect((engine.state.store as SqliteStateStore).synchronous).toBe(2);
    expect(() => parseConfig(YAML + "audit:\n  durability: sometimes\n", join(dir, "gateway.yaml"), {})).toThrow(/\/audit\/durability: must be one of full, os/);
  });

  it("records a session's requests, decisions and responses; recording.maxRows is validated (default 20)", async () => {
    const { token } = await setup("retry", false, "recording:\n  maxRows: 2\n");
    expect(engine.config.recording.maxRows).toBe(2);
    expect(parseConfig(YAML, join(dir, "gateway.yaml"), {}).recording.maxRows).toBe(20);
    expect(() => parseConfig(YAML + "recording:\n  maxRows: -1\n", join(dir, "gateway.yaml"), {})).toThrow(/\/recording\/maxRows: must be >= 0/);
    expect(() => parseConfig(YAML + "recording:\n  rows: 3\n", join(dir, "gateway.yaml"), {})).toThrow(/\/recording/);
    const s = await open(await token("agent-1", "agent", ["agents"]));
    const allowed = await s.authorize(sql(s, "SELECT 1 AS one"), hooks());
    if (allowed.verdict !== "allow") throw new Error(allowed.message);
    const rows = allowed.resultRecorder!(0, [{ name: "one", tableOid: 0, columnAttr: 0, typeOid: 23, format: 0 }])!;
    for (let i = 0; i < 5; i++) rows.row(rows.wantsRows ? [Buffer.from(String(i))] : undefined);
    rows.end();
    await allowed.complete({ rows: 5, bytes: 10, maskedCells: 0 });
    const denied = await s.authorize(sql(s, "DELETE FROM accounts"), hooks());
    await s.end();
    const events = (await engine.state.store.recordings.events(s.id)).filter((e) => e.kind !== "note");
    expect(events.map((e) => e.kind)).toEqual(["request", "decision", "result", "response", "request", "decision", "response"]);
    expect(events[2]!.data).toMatchObject({ requestId: allowed.requestId, columns: ["one"], rows: [["0"], ["1"]], totalRows: 5, truncated: true });
    expect(events[5]!.data).toMatchObject({ requestId: denied.requestId, decision: { effect: "deny", rules: ["enginetest.no_unbounded"] } });
    expect(events[6]!.data.error).toMatch(/denied by policy/);
  });

  it("a session whose recording cannot be written refuses its next requests", async () => {
    const { token } = await setup("retry");
    const s = await open(await token("agent-1", "agent", ["agents"]));
    // Fault injection: the recording store fails every write (a full disk).
    engine.state.store.recordings.append = async () => {
      throw new Error("disk full");
    };
    const first = await s.authorize(sql(s, "SELECT 1"), hooks());
    if (first.verdict !== "allow") throw new Error(first.message);
    await first.complete({ rows: 1, bytes: 1, maskedCells: 0 });
    await new Promise((r) => setTimeout(r, 50));
    const next = await s.authorize(sql(s, "SELECT 2"), hooks());
    expect(next).toMatchObject({ verdict: "refuse", code: "58030" });
    // The refusal itself is in the audit log.
    expect((await records("request")).map((r) => r.text)).toContain("SELECT 2");
  });

  it("writes the recordings of concurrent sessions in one commit, each session's events in order", async () => {
    const { token } = await setup("retry");
    const store = engine.state.store.recordings;
    const sizes: number[] = [];
    const append = store.append.bind(store);
    // Counts the store's writes (from before the sessions open: their start notes may be written
    // while the others still open); the events still reach the real store.
    store.append = async (events) => {
      sizes.push(events.length);
      return append(events);
    };
    const sessions = await Promise.all(Array.from({ length: 8 }, async (_, i) => open(await token(`agent-${i}`, "agent", ["agents"]))));
    await Promise.all(sessions.map(async (s, i) => {
      for (let k = 0; k < 3; k++) {
        const a = await s.authorize(sql(s, `SELECT ${i * 10 + k}`), hooks());
        if (a.verdict !== "allow") throw new Error(a.message);
        await a.complete({ rows: 1, bytes: 1, maskedCells: 0 });
      }
    }));
    await Promise.all(sessions.map((s) => s.end()));
    // 8 sessions x (a start note + 3 requests x 3 events: request, decision, response); written one
    // session at a time this took two writes per request.
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(8 * (1 + 3 * 3));
    expect(sizes.length).toBeLessThan(8 * 3);
    for (const [i, s] of sessions.entries()) {
      const ev = (await store.events(s.id)).filter((e) => e.kind !== "note");
      expect(ev.map((e) => e.kind)).toEqual(["request", "decision", "response", "request", "decision", "response", "request", "decision", "response"]);
      expect(ev.filter((e) => e.kind === "request").map((e) => e.data.text)).toEqual([0, 1, 2].map((k) => `SELECT ${i * 10 + k}`));
      expect(ev.map((e) => e.n)).toEqual([...ev.map((e) => e.n)].sort((a, b) => a - b));
    }
  });

  it("reuses a row masker for equal decisions and columns, and masks with it as a fresh one does", async () => {
    const { token } = await setup("retry", false, "", `
rule agents_masked "Agents see e-mail addresses masked" {
  when principal.kind == agent
  mask detected email with redact
}

rule auditors_masked "Auditors see card numbers masked too" {
  when "auditors" in principal.groups
  mask detected email, credit_card with redact
}
`);
    const agent = await open(await token("agent-1", "agent", ["agents"]));
    const auditor = await open(await token("agent-2", "agent", ["agents", "auditors"]));
    const columns = [{ name: "v", tableOid: 0, columnAttr: 0, typeOid: 25, format: 0 }];
    const text = "SELECT 'x' AS v";
    const masked = async (s: EngineSession, cols = columns) => {
      const a = await s.authorize(sql(s, text), hooks());
      if (a.verdict !== "allow") throw new Error(a.message);
      const m = a.rowMasker(0, cols);
      const row = [Buffer.from("mail ann@bank.example, card 4111 1111 1111 1111")];
      const n = m?.maskRow(row) ?? 0;
      await a.complete({ rows: 1, bytes: 1, maskedCells: n });
      return { m, out: String(row[0]) };
    };
    const first = await masked(agent);
    const again = await masked(agent);
    const fresh = await masked(agent, columns.map((c) => ({ ...c })));
    const other = await masked(auditor);
    expect(first.m).not.toBeNull();
    expect(again.m).toBe(first.m);
    expect(fresh.m).not.toBe(first.m);
    expect(again.out).toBe(fresh.out);
    expect(first.out).not.toContain("ann@bank.example");
    expect(first.out).toContain("4111 1111 1111 1111");
    // A different decision gets its own masker, never the agent's.
    expect(other.m).not.toBe(first.m);
    expect(other.out).not.toContain("4111 1111 1111 1111");
    expect(other.out).not.toContain("ann@bank.example");
  });

  it("batches the request records of concurrent sessions: one commit per turn, arrivals during a commit join the next one", async () => {
    const { token } = await setup("retry");
    const sessions = await Promise.all(Array.from({ length: 16 }, async (_, i) => open(await token(`agent-${i}`, "agent", ["agents"]))));
    await engine.state.audit.flush();
    const before = (await engine.state.store.audit.tail()).seq;
    // Fault injection: a commit that takes 50 ms (a slow disk), counted.
    const sizes: number[] = [];
    const store = engine.state.store.audit;
    const appendBatch = store.appendBatch.bind(store);
    let committing!: () => void;
    const inCommit = new Promise<void>((r) => (committing = r));
    store.appendBatch = async (build) => {
      committing();
      await new Promise((r) => setTimeout(r, 50));
      const written = await appendBatch(build);
      sizes.push(written.length);
      return written;
    };
    const first = sessions.slice(0, 8).map((s) => s.authorize(sql(s, "SELECT 1"), hooks()));
    await inCommit;
    const second = sessions.slice(8).map((s) => s.authorize(sql(s, "SELECT 2"), hooks()));
    const results = await Promise.all([...first, ...second]);
    expect(results.every((r) => r.verdict === "allow")).toBe(true);
    expect(sizes).toEqual([8, 8]);
    expect((await engine.state.store.audit.tail()).seq - before).toBe(16);
  });

  it("writes the request record before allowing, and refuses when the audit log cannot write", async () => {
    const { token } = await setup("retry");
    const s = await open(await token("agent-7", "agent", ["agents"], "alice"));
    const a = await s.authorize(sql(s, "SELECT 1"), hooks());
    expect(a.verdict).toBe("allow");
    const req = (await records("request")).at(-1)!;
    expect(req).toMatchObject({ text: "SELECT 1", principal: { id: "agent-7", onBehalfOf: { id: "alice" } }, decision: { effect: "allow" } });
    const d = await s.authorize(sql(s, "DELETE FROM t"), hooks());
    expect(d).toMatchObject({ verdict: "refuse", code: "42501" });
    await engine.state.audit.close(); // the log can no longer write: fail closed
    const after = await s.authorize(sql(s, "SELECT 2"), hooks());
    expect(after).toMatchObject({ verdict: "refuse", code: "58030" });
  });

  it("records repeated parts (principal, analysis, decision) encoded once, in canonical form, re-scrubbed when a secret is registered", async () => {
    const { token } = await setup("retry");
    const s = await open(await token("agent-secret-4711", "agent", ["agents"], "alice"));
    const scrubber = engine.state.audit.scrubber;
    const requests = async () => {
      await engine.state.audit.flush();
      const raw: string[] = [];
      for await (const page of engine.state.store.audit.entries(1, 1_000_000)) for (const e of page) if (e.kind === "request") raw.push(e.rec);
      return raw;
    };
    for (const n of [1, 2]) expect((await s.authorize(sql(s, `SELECT ${n}`), hooks())).verdict).toBe("allow");
    // Byte for byte what encoding the whole record afresh gives.
    for (const text of await requests()) expect(scrubber.canonical(JSON.parse(text))).toBe(text);
    scrubber.register("agent-secret-4711");
    try {
      expect((await s.authorize(sql(s, "SELECT 3"), hooks())).verdict).toBe("allow");
      const raw = await requests();
      expect(raw).toHaveLength(3);
      const [r1, r2, r3] = raw.map((t) => JSON.parse(t));
      expect(r1).toMatchObject({ text: "SELECT 1", principal: { id: "agent-secret-4711", onBehalfOf: { id: "alice" } }, connection: { name: "payments" }, decision: { effect: "allow", rules: ["enginetest.agents_read"] }, analysis: { readOnly: true, kinds: ["read"] } });
      expect(r2.decision).toEqual(r1.decision);
      expect(r3.principal.id).toBe("[redacted]");
      expect(raw[2]).not.toContain("agent-secret-4711");
    } finally {
      scrubber.forget("agent-secret-4711");
    }
  });

  it("refuses what does not parse, whatever the policy says", async () => {
    const { token } = await setup("retry");
    const s = await open(await token("agent-7", "agent", ["agents"]));
    expect(await s.authorize(sql(s, "SELEC 1 FROM"), hooks())).toMatchObject({ verdict: "refuse" });
  });

  it("without a catalog, a statement testing a whole row it cannot expand is opaque, not a read", async () => {
    const { token } = await setup("retry");
    const s = await open(await token("agent-7", "agent", ["agents"]));
    for (const text of ["SELECT 1 FROM customers c WHERE c::text LIKE '%219-09%'", "SELECT id FROM customers c ORDER BY row_to_json(c)->>'ssn'"]) {
      const a = s.analyzeSql(text);
      expect(a.facts.readOnly).toBe(false);
      expect(a.facts.statements[0]).toMatchObject({ opaque: true });
      expect(await s.authorize({ kind: "sql", text, analysis: a }, hooks())).toMatchObject({ verdict: "refuse" });
    }
    // A whole row shown (masked as output of unknown provenance) or a named column tested stays a read.
    for (const text of ["SELECT c FROM customers c WHERE c.id = 1", "SELECT full_name FROM customers WHERE id = 1"]) {
      const a = s.analyzeSql(text);
      expect(a.facts).toMatchObject({ readOnly: true });
      expect(a.facts.statements[0]!.opaque).toBe(false);
      expect(await s.authorize({ kind: "sql", text, analysis: a }, hooks())).toMatchObject({ verdict: "allow" });
    }
  });

  it("retry mode: refused with the approval id, runs once after approval", async () => {
    const { token } = await setup("retry");
    const s = await open(await token("agent-7", "agent", ["agents"], "alice"));
    const first = await s.authorize(sql(s, "INSERT INTO t VALUES (1)"), hooks());
    expect(first.verdict).toBe("refuse");
    const id = first.verdict === "refuse" ? first.approvalId! : "";
    expect(first.verdict === "refuse" && first.message).toContain(id);
    const alice = { id: "alice", kind: "human" as const, groups: ["ops"], attributes: {} };
    await expect(engine.state.approvals.approve(id, alice)).rejects.toThrow(/may not approve/);
    await engine.state.approvals.approve(id, { id: "bob", kind: "human", groups: ["ops"], attributes: {} });
    expect((await s.authorize(sql(s, "INSERT INTO t VALUES (1)"), hooks())).verdict).toBe("allow");
    expect((await s.authorize(sql(s, "INSERT INTO t VALUES (1)"), hooks())).verdict).toBe("refuse");
  });

  it("hold mode: a notice, then the request runs when approved; a cancel stops the wait", async () => {
    const { token } = await setup("hold");
    const s = await open(await token("agent-7", "agent", ["agents"]));
    const waiting = s.authorize(sql(s, "INSERT INTO t VALUES (2)"), hooks());
    await new Promise((r) => setTimeout(r, 200));
    expect(notices[0]).toMatch(/waiting for approval apr_/);
    const [pending] = await engine.state.approvals.list({ status: ["pending"] });
    await engine.state.approvals.approve(pending!.id, { id: "bob", kind: "human", groups: ["ops"], attributes: {} });
    expect((await waiting).verdict).toBe("allow");
    const ac = new AbortController();
    const held = s.authorize(sql(s, "INSERT INTO t VALUES (3)"), hooks(ac.signal));
    await new Promise((r) => setTimeout(r, 200));
    ac.abort();
    expect(await held).toMatchObject({ verdict: "refuse", code: "57014" });
  });

  it("hot reload: a broken policy keeps the last good one and is audited", async () => {
    await setup("retry", true);
    const before = engine.policy.policy.sourceHash;
    const reloaded = () => new Promise<boolean>((r) => (engine.policy.onReload = r));
    let next = reloaded();
    writeFileSync(join(dir, "policy.hoop"), POLICY("retry") + "\nrule broken {\n");
    expect(await next).toBe(false);
    expect(engine.policy.policy.sourceHash).toBe(before);
    const failed = (await records("policy.load")).at(-1)!;
    expect(failed).toMatchObject({ reload: true, ok: false });
    next = reloaded();
    writeFileSync(join(dir, "policy.hoop"), POLICY("hold"));
    expect(await next).toBe(true);
    expect(engine.policy.policy.sourceHash).not.toBe(before);
    expect((await records("policy.load")).at(-1)).toMatchObject({ reload: true, ok: true });
  });

  it("decides a statement shape again after a reload, and at every request when the policy reads the time", async () => {
    const { token } = await setup("retry", true);
    const s = await open(await token("agent-1", "agent", []));
    const read = () => s.authorize(sql(s, "SELECT 1"), hooks());
    expect((await read()).verdict).toBe("allow");
    const reloaded = () => new Promise<boolean>((r) => (engine.policy.onReload = r));
    let next = reloaded();
    writeFileSync(join(dir, "policy.hoop"), POLICY("retry") + `\nrule frozen "No reads today" {\n  deny when sql.readOnly\n}\n`);
    expect(await next).toBe(true);
    expect((await read()).verdict).toBe("refuse");
    // A rule on the clock: the same statement is decided anew as the time passes the rule's bound.
    next = reloaded();
    writeFileSync(join(dir, "policy.hoop"), POLICY("retry") + `\nrule clocked "No reads before 08:00" {\n  deny when sql.readOnly and time.hour < 8\n}\n`);
    expect(await next).toBe(true);
    expect(engine.policy.policy.code.readsTime).toBe(true);
    clockNow = new Date("2026-03-02T07:59:00Z");
    expect((await read()).verdict).toBe("refuse");
    clockNow = new Date("2026-03-02T08:00:00Z");
    expect((await read()).verdict).toBe("allow");
  });
});
