// The one suite every state store must pass: the audit chain (including two writers sharing the
// store), tampering detected in place, export round trip, the approvals table and workflow, and
// session recordings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditLog, CheckpointSigner, exportAudit, verifyExportText, verifyStore, type AuditRecordInput } from "../../runtime/audit/index.js";
import { ApprovalError, ApprovalService, approvalKey } from "../../runtime/approvals/index.js";
import type { Principal, ReviewDirective } from "../../compiler/context/types.js";
import type { StateStore } from "../../runtime/stores/types.js";
import type { StoreFixture } from "./_fixtures.js";

const alice: Principal = { id: "alice@bank.example", kind: "human", groups: ["payments-ops"], attributes: {} };
const agent: Principal = { id: "agent-7", kind: "agent", groups: ["agents"], attributes: {}, onBehalfOf: alice };
const bob: Principal = { id: "bob@bank.example", kind: "human", groups: ["payments-ops"], attributes: {} };
const carol: Principal = { id: "carol@bank.example", kind: "human", groups: ["payments-ops"], attributes: {} };
const mallory: Principal = { id: "mallory@bank.example", kind: "human", groups: ["sales"], attributes: {} };
const conn = { name: "payments", protocol: "postgres" as const };

export function request(i: number, sessionId = "s-1", at?: string): AuditRecordInput {
  return {
    type: "request", at, principal: { id: agent.id, kind: "agent", groups: agent.groups, onBehalfOf: { id: alice.id, kind: "human", groups: alice.groups } },
    connection: conn, sessionId, requestId: `r-${i}`, protocol: "postgres", text: `SELECT * FROM customers WHERE id = ${i}`,
    analysis: { kinds: ["read"], tables: ["public.customers"] },
    decision: { effect: "allow", rules: ["payments.agents_may_read"], reason: "read", masks: [] },
  };
}

function review(over: Partial<ReviewDirective> = {}): ReviewDirective {
  return { approvers: ["payments-ops"], minApprovals: 1, ttlSeconds: 1800, scope: "once", mode: "retry", rule: "payments.humans_approve_agent_writes", ...over };
}

export function stateStoreSuite(makeFixture: () => Promise<StoreFixture>): void {
  let fx: StoreFixture;
  let store: StateStore;
  let log: AuditLog;
  const signer = CheckpointSigner.generate();
  let now = new Date("2026-03-02T09:00:00.000Z");
  const clock = () => now;

  beforeAll(async () => {
    fx = await makeFixture();
    store = await fx.open();
    log = await AuditLog.open({ store: store.audit, signer, checkpointEvery: 25, checkpointIntervalMs: 0 });
  });
  afterAll(async () => {
    await log?.close();
    await store?.close();
    await fx?.dispose();
  });

  describe("audit chain", () => {
    it("appends in order, resolves with durable positions, and verifies", async () => {
      const receipts = await Promise.all(Array.from({ length: 120 }, (_, i) => log.append(request(i))));
      const seqs = receipts.map((r) => r.seq);
      expect(new Set(seqs).size).toBe(120);
      const tail = await store.audit.tail();
      expect(tail.seq).toBeGreaterThanOrEqual(Math.max(...seqs));
      const v = await verifyStore(store.audit);
      expect(v.problem).toBeUndefined();
      expect(v.ok).toBe(true);
      expect(v.checkpoints).toBeGreaterThanOrEqual(4);
      expect(v.keyIds).toEqual([signer.keyId]);
    });

    it("keeps one linear chain when two instances append at once", async () => {
      const other = await fx.open();
      const log2 = await AuditLog.open({ store: other.audit, signer: CheckpointSigner.generate(), checkpointEvery: 30, checkpointIntervalMs: 0, instance: "gw-2" });
      const before = (await store.audit.tail()).seq;
      const rounds = Array.from({ length: 10 }, (_, k) =>
        Promise.all([
          ...Array.from({ length: 20 }, (_, i) => log.append(request(1000 + k * 100 + i, "s-a"))),
          ...Array.from({ length: 20 }, (_, i) => log2.append(request(5000 + k * 100 + i, "s-b"))),
        ]));
      const receipts = (await Promise.all(rounds)).flat();
      expect(new Set(receipts.map((r) => r.seq)).size).toBe(400);
      await log2.close();
      await other.close();
      const v = await verifyStore(store.audit);
      expect(v.problem).toBeUndefined();
      expect(v.keyIds.length).toBe(2);
      expect((await store.audit.tail()).seq).toBeGreaterThanOrEqual(before + 400);
      expect((await store.audit.sessionEntries("s-b")).length).toBe(200);
    });

    it("round-trips an export through offline verification", async () => {
      let text = "";
      const summary = await exportAudit(store.audit, signer, { format: "jsonl" }, (c) => { text += c; });
      const v = verifyExportText(text);
      expect(v.problem).toBeUndefined();
      expect(v.entries).toBe(summary.count);
      expect(v.lastSeq).toBe((await store.audit.tail()).seq);
      expect(text).toContain("alice@bank.example");
    });

    it("exports a time range that verifies on its own", async () => {
      const base = (await store.audit.tail()).seq;
      for (let i = 0; i < 5; i++) await log.append(request(9000 + i, "s-t", `2030-01-0${i + 1}T00:00:00.000Z`));
      let text = "";
      const s = await exportAudit(store.audit, signer, { format: "jsonl", from: "2030-01-02T00:00:00.000Z", to: "2030-01-04T00:00:00.000Z" }, (c) => { text += c; });
      expect(s.count).toBe(3);
      expect(s.firstSeq).toBeGreaterThan(base);
      expect(verifyExportText(text).ok).toBe(true);
    });

    it("detects a record edited in the store, naming its seq", async () => {
      const target = 17;
      await fx.editRecord(target, "agent-7", "agent-8");
      const v = await verifyStore(store.audit);
      expect(v.ok).toBe(false);
      expect(v.problem!.seq).toBe(target);
      expect(v.problem!.reason).toMatch(/edited/);
    });

    it("detects a record deleted from the store", async () => {
      const other = await fx.open();
      await fx.deleteBelow(40);
      const v = await verifyStore(other.audit);
      expect(v.ok).toBe(false);
      expect(v.problem!.seq).toBe(1);
      await other.close();
    });
  });

  describe("approvals", () => {
    let svc: ApprovalService;
    beforeAll(() => {
      svc = new ApprovalService({ store: store.approvals, audit: log, clock, pollMs: 20 });
    });
    const create = (text: string, over: Partial<ReviewDirective> = {}) =>
      svc.create({ principal: agent, connection: conn, sessionId: "s-1", requestText: text, normalizedRequest: text.toLowerCase(), review: review(over) });

    it("creates one pending approval per identical request, keyed by principal, connection and request", async () => {
      const a = await create("INSERT INTO audit_notes (note) VALUES ('x')");
      const again = await create("INSERT INTO audit_notes (note) VALUES ('x')");
      expect(again.id).toBe(a.id);
      expect(a.status).toBe("pending");
      expect(a.key).toBe(approvalKey(agent, "payments", "insert into audit_notes (note) values ('x')"));
      expect((await svc.findPending(a.key))?.id).toBe(a.id);
      expect(await svc.findUsable(a.key)).toBeNull();
    });

    it("refuses self-approval through the delegation chain, and non-approvers", async () => {
      const a = await create("UPDATE accounts SET balance = 0 WHERE id = 1");
      await expect(svc.approve(a.id, alice)).rejects.toMatchObject({ code: "self-approval" });
      const aliceViaBot: Principal = { id: "helper-bot", kind: "agent", groups: ["payments-ops"], attributes: {}, onBehalfOf: alice };
      await expect(svc.approve(a.id, aliceViaBot)).rejects.toMatchObject({ code: "self-approval" });
      await expect(svc.approve(a.id, { ...agent, groups: ["payments-ops"] })).rejects.toMatchObject({ code: "self-approval" });
      await expect(svc.approve(a.id, mallory)).rejects.toBeInstanceOf(ApprovalError);
      expect((await svc.get(a.id))!.status).toBe("pending");
      // The refused attempts are on the record, with who tried.
      const tail = (await store.audit.tail()).seq;
      const refused: string[] = [];
      for await (const page of store.audit.entries(tail - 10, tail)) {
        for (const e of page) {
          const r = JSON.parse(e.rec) as { approvalId?: string; comment?: string; actor?: { id: string } };
          const code = /^refused \(([a-z-]+)\)/.exec(r.comment ?? "")?.[1];
          if (r.approvalId === a.id && code) refused.push(`${r.actor!.id}:${code}`);
        }
      }
      expect(refused).toEqual(["alice@bank.example:self-approval", "helper-bot:self-approval", "agent-7:self-approval", "mallory@bank.example:not-an-approver"]);
    });

    it("needs a quorum of distinct approvers and is used exactly once", async () => {
      const a = await create("DELETE FROM audit_notes WHERE id = 3", { minApprovals: 2 });
      const one = await svc.approve(a.id, bob);
      expect(one.status).toBe("pending");
      await expect(svc.approve(a.id, bob)).rejects.toMatchObject({ code: "already-voted" });
      const two = await svc.approve(a.id, carol, "checked ticket CHG-1");
      expect(two.status).toBe("approved");
      expect((await svc.findUsable(a.key))?.id).toBe(a.id);
      // Several instances racing to run the approved request: exactly one wins.
      const other = await fx.open();
      const svc2 = new ApprovalService({ store: other.approvals, audit: log, clock });
      const results = await Promise.allSettled([svc.use(a.id, a.key, agent), svc2.use(a.id, a.key, agent), svc.use(a.id, a.key, agent)]);
      await other.close();
      expect(results.filter((r) => r.status === "fulfilled").length).toBe(1);
      expect((await svc.get(a.id))!.status).toBe("used");
      expect(await svc.findUsable(a.key)).toBeNull();
    });

    it("a denial ends the request", async () => {
      const a = await create("TRUNCATE audit_notes");
      expect((await svc.deny(a.id, bob, "no ticket")).status).toBe("denied");
      await expect(svc.approve(a.id, carol)).rejects.toMatchObject({ code: "not-pending" });
    });

    it("expires pending approvals after their ttl, and windows after their end", async () => {
      const a = await create("UPDATE customers SET email = NULL WHERE id = 2", { ttlSeconds: 60 });
      now = new Date(now.getTime() + 61_000);
      expect((await svc.get(a.id))!.status).toBe("expired");
      await expect(svc.approve(a.id, bob)).rejects.toMatchObject({ code: "expired" });

      const w = await create("UPDATE accounts SET status = 'frozen' WHERE id = 9", { scope: "window", windowSeconds: 600 });
      await svc.approve(w.id, bob);
      await svc.use(w.id, w.key, agent);
      const twice = await svc.use(w.id, w.key, agent);
      expect(twice.status).toBe("approved");
      expect(twice.uses).toBe(2);
      now = new Date(now.getTime() + 601_000);
      await expect(svc.use(w.id, w.key, agent)).rejects.toMatchObject({ code: "not-usable" });
      expect((await svc.get(w.id))!.status).toBe("expired");
    });

    it("wakes a holder when another instance approves", async () => {
      const a = await create("INSERT INTO audit_notes (note) VALUES ('hold')", { mode: "hold" });
      const other = await fx.open();
      const svc2 = new ApprovalService({ store: other.approvals, audit: log, clock });
      const waiting = svc.wait(a.id, { timeoutMs: 10_000 });
      setTimeout(() => void svc2.approve(a.id, bob), 50);
      expect((await waiting).status).toBe("approved");
      const timedOut = await svc.wait((await create("INSERT INTO audit_notes (note) VALUES ('late')")).id, { timeoutMs: 60 });
      expect(timedOut.status).toBe("pending");
      await other.close();
    });

    it("audits every transition with the requester's chain and the actor", async () => {
      const a = await create("UPDATE transactions SET amount = 1 WHERE id = 4");
      await svc.approve(a.id, bob);
      await svc.use(a.id, a.key, agent);
      const tail = (await store.audit.tail()).seq;
      const recs: Record<string, unknown>[] = [];
      for await (const page of store.audit.entries(1, tail)) {
        for (const e of page) if (e.kind === "approval") recs.push(JSON.parse(e.rec) as Record<string, unknown>);
      }
      const mine = recs.filter((r) => r.approvalId === a.id).map((r) => `${r.from}->${r.to}:${(r.actor as { id: string } | null)?.id}`);
      expect(mine).toEqual(["null->pending:agent-7", "pending->approved:bob@bank.example", "approved->used:agent-7"]);
      const first = recs.find((r) => r.approvalId === a.id)!;
      expect((first.principal as Principal).onBehalfOf!.id).toBe("alice@bank.example");
    });
  });

  describe("recordings", () => {
    it("keeps each session's events in order", async () => {
      await store.recordings.append([
        { sessionId: "rec-1", n: 1, at: "2026-03-02T09:00:00.000Z", kind: "request", data: { text: "select 1" } },
        { sessionId: "rec-1", n: 2, at: "2026-03-02T09:00:00.100Z", kind: "result", data: { rows: [["1"]] } },
        { sessionId: "rec-2", n: 1, at: "2026-03-02T09:00:01.000Z", kind: "output", data: { data: "$ " } },
      ]);
      const ev = await store.recordings.events("rec-1");
      expect(ev.map((e) => [e.n, e.kind])).toEqual([[1, "request"], [2, "result"]]);
      expect(ev[1]!.data).toEqual({ rows: [["1"]] });
      expect(await store.recordings.lastN("rec-1")).toBe(2);
      expect((await store.recordings.sessions()).map((s) => s.sessionId).sort()).toEqual(["rec-1", "rec-2"]);
      await expect(store.recordings.append([{ sessionId: "rec-1", n: 2, at: "x", kind: "note", data: {} }])).rejects.toThrow();
    });
  });
}
