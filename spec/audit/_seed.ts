// A realistic state directory: an agent's database session (reads, a masked result, a denied
// write, a write approved by a human), an SSH session with terminal output, token issuance,
// a refused authentication and policy loads.
import type { Principal } from "../../compiler/context/types.js";
import { AuditLog, CheckpointSigner, principalRef } from "../../runtime/audit/index.js";
import { ApprovalService } from "../../runtime/approvals/index.js";
import { SessionRecorder } from "../../runtime/recording/index.js";
import { SqliteStateStore } from "../../runtime/stores/sqlite.js";

export async function seedSession(stateDir: string): Promise<void> {
  let t = Date.parse("2026-03-02T09:00:00.000Z");
  const clock = () => new Date(t);
  const tick = (ms = 150) => { t += ms; };
  const store = SqliteStateStore.open(stateDir);
  const log = await AuditLog.open({ store: store.audit, signer: CheckpointSigner.fromStateDir(stateDir), clock, checkpointEvery: 10, checkpointIntervalMs: 0, instance: "gw-1" });
  const approvals = new ApprovalService({ store: store.approvals, audit: log, clock });
  const recorder = new SessionRecorder({ store: store.recordings, clock, scrubber: log.scrubber });
  const alice: Principal = { id: "alice@bank.example", kind: "human", groups: ["payments-ops"], attributes: {} };
  const agent: Principal = { id: "agent-7", kind: "agent", groups: ["agents"], attributes: {}, onBehalfOf: alice };
  const bob: Principal = { id: "bob@bank.example", kind: "human", groups: ["payments-ops"], attributes: {} };
  const p = principalRef(agent);
  const conn = { name: "payments", protocol: "postgres" as const };
  const base = { principal: p, connection: conn, sessionId: "sess-1" };

  await log.append({ type: "policy.load", principal: null, connection: null, sessionId: null, reload: false, ok: true, sourceHash: "9f2c1a7e44b0d2c3", files: ["payments.hoop"], rules: 6 });
  await log.append({ type: "token.issued", principal: principalRef(alice), connection: null, sessionId: null, jti: "tok-1", subject: p, expiresAt: "2026-03-02T09:10:00.000Z", issuer: "hoop-gateway" });
  tick();
  await log.append({ type: "auth.failure", principal: null, connection: conn, sessionId: null, sourceIp: "10.0.0.9", claimedId: "agent-7", reason: "token signature invalid" });
  tick();
  await log.append({ type: "session.start", ...base, sourceIp: "10.0.0.7", authMethod: "gateway-token", justification: "month-end reconciliation" });
  const rec = await recorder.session("sess-1");
  const reqs: [string, "allow" | "deny" | "review", string[], string][] = [
    ["SELECT full_name FROM customers WHERE id = 1", "allow", ["payments.agents_may_read"], "read"],
    ["SELECT id, full_name, ssn FROM customers", "allow", ["payments.agents_may_read"], "read"],
    ["DELETE FROM transactions -- <b>not bold</b>", "deny", ["payments.no_unbounded_writes"], "UPDATE and DELETE need a real WHERE"],
  ];
  let i = 0;
  for (const [text, effect, rules, reason] of reqs) {
    tick();
    const requestId = `q-${++i}`;
    const masks = text.includes("ssn") ? [{ column: "customers.ssn", method: "last4" as const, rule: "payments.pii_stays_masked" }] : [];
    const decision = { effect, rules, reason, masks };
    await log.append({ type: "request", ...base, requestId, protocol: "postgres", text, analysis: { kinds: [effect === "deny" ? "write" : "read"] }, decision });
    rec.request(requestId, text);
    rec.decision(requestId, decision);
    if (effect === "allow") {
      tick(40);
      const rows = text.includes("ssn") ? Array.from({ length: 25 }, (_, k) => [k + 1, `Customer ${k + 1}`, "***-**-6789"]) : [["Ada Lovelace"]];
      rec.result(requestId, text.includes("ssn") ? ["id", "full_name", "ssn"] : ["full_name"], rows);
      await log.append({ type: "response", ...base, requestId, rows: rows.length, bytes: rows.length * 40, maskedCells: text.includes("ssn") ? 25 : 0, durationMs: 3 });
    }
  }
  tick();
  const write = "INSERT INTO audit_notes (note) VALUES ('month-end')";
  await log.append({ type: "request", ...base, requestId: "q-5", protocol: "postgres", text: write, analysis: { kinds: ["write"] },
    decision: { effect: "review", rules: ["payments.humans_approve_agent_writes"], reason: "a human approves each write", masks: [] } });
  const a = await approvals.create({ principal: agent, connection: conn, sessionId: "sess-1", requestText: write, normalizedRequest: write,
    review: { approvers: ["payments-ops"], minApprovals: 1, ttlSeconds: 1800, scope: "once", mode: "retry", rule: "payments.humans_approve_agent_writes" } });
  tick(20_000);
  await approvals.approve(a.id, bob, "ticket CHG-2231");
  tick();
  await log.append({ type: "request", ...base, requestId: "q-6", protocol: "postgres", text: write, analysis: { kinds: ["write"] }, approvalId: a.id,
    decision: { effect: "allow", rules: ["payments.humans_approve_agent_writes"], reason: "approved", masks: [] } });
  await approvals.use(a.id, a.key, agent);
  await log.append({ type: "response", ...base, requestId: "q-6", rows: 1, bytes: 0, maskedCells: 0 });
  tick();
  await log.append({ type: "session.end", ...base, reason: "client closed" });
  await rec.flush();

  // An SSH session with terminal output.
  const ssh = { principal: p, connection: { name: "bastion", protocol: "ssh" as const }, sessionId: "sess-ssh" };
  tick();
  await log.append({ type: "session.start", ...ssh, sourceIp: "10.0.0.7", authMethod: "gateway-token" });
  const term = await recorder.session("sess-ssh", { cols: 120, rows: 40 });
  tick(100);
  term.input("ls -l /var/log/app\r");
  await log.append({ type: "request", ...ssh, requestId: "c-1", protocol: "ssh", text: "ls -l /var/log/app", analysis: { categories: ["read-only"] },
    decision: { effect: "allow", rules: ["bastion.read_only_commands"], reason: "read-only", masks: [] } });
  tick(400);
  term.output("total 0\r\n");
  tick(400);
  term.output("$ ");
  await term.flush();
  await log.append({ type: "session.end", ...ssh });
  await log.append({ type: "policy.load", principal: null, connection: null, sessionId: null, reload: true, ok: false, error: "payments.hoop:12:5: unknown field principal.team" });
  await log.close();
  await store.close();
}
