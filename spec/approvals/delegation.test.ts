// No self-approval through the delegation chain: for any chain of principals, nobody in the
// requester's chain — nor anyone acting for them — can approve; an outsider in the group can.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Principal } from "../../compiler/context/types.js";
import { AuditLog, CheckpointSigner, verifyStore } from "../../runtime/audit/index.js";
import { ApprovalService, approvalKey } from "../../runtime/approvals/index.js";
import { SqliteStateStore } from "../../runtime/stores/sqlite.js";

let dir: string;
let store: SqliteStateStore;
let log: AuditLog;
let svc: ApprovalService;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hoop-approvals-"));
  store = SqliteStateStore.open(dir);
  log = await AuditLog.open({ store: store.audit, signer: CheckpointSigner.fromStateDir(dir), checkpointIntervalMs: 0 });
  svc = new ApprovalService({ store: store.approvals, audit: log });
});
afterAll(async () => {
  await log.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const kinds = fc.constantFrom("agent", "human", "service") as fc.Arbitrary<Principal["kind"]>;
const chainOf = (ids: string[], kindsOf: Principal["kind"][]): Principal => {
  let p: Principal | undefined;
  for (let i = ids.length - 1; i >= 0; i--) p = { id: ids[i]!, kind: kindsOf[i]!, groups: ["ops"], attributes: {}, onBehalfOf: p };
  return p!;
};

describe("approvals and delegation", () => {
  it("nobody in the requester's chain, nor anyone acting for them, may approve", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 4 }),
        fc.array(kinds, { minLength: 4, maxLength: 4 }),
        fc.nat(3),
        fc.boolean(),
        async (ids, ks, pick, viaAgent) => {
          const requester = chainOf(ids, ks);
          const a = await svc.create({ principal: requester, connection: { name: "db", protocol: "postgres" }, sessionId: null,
            requestText: `UPDATE t SET x = 1 -- ${ids.join(",")}`, normalizedRequest: `update ${ids.join(",")} ${Math.random()}`,
            review: { approvers: ["ops"], minApprovals: 1, ttlSeconds: 60, scope: "once", mode: "retry", rule: "r" } });
          const insider = ids[pick % ids.length]!;
          const approver: Principal = viaAgent
            ? { id: "bot-x", kind: "agent", groups: ["ops"], attributes: {}, onBehalfOf: { id: insider, kind: "human", groups: ["ops"], attributes: {} } }
            : { id: insider, kind: "human", groups: ["ops"], attributes: {} };
          await expect(svc.approve(a.id, approver)).rejects.toMatchObject({ code: "self-approval" });
          const outsider: Principal = { id: `outsider-${ids.join("")}`, kind: "human", groups: ["ops"], attributes: {} };
          expect((await svc.approve(a.id, outsider)).status).toBe("approved");
        },
      ),
      { numRuns: 60 },
    );
    expect((await verifyStore(store.audit)).ok).toBe(true);
  });

  it("keys requests by the whole chain: the same text by another chain is another request", () => {
    const alice: Principal = { id: "alice", kind: "human", groups: [], attributes: {} };
    const bot = (onBehalfOf?: Principal): Principal => ({ id: "bot", kind: "agent", groups: [], attributes: {}, onBehalfOf });
    const k = (p: Principal, c = "db", r = "delete from t where id = $1") => approvalKey(p, c, r);
    expect(k(bot(alice))).toBe(k(bot(alice)));
    expect(k(bot(alice))).not.toBe(k(bot()));
    expect(k(bot(alice))).not.toBe(k(bot(alice), "db2"));
    expect(k(bot(alice))).not.toBe(k(bot(alice), "db", "delete from t where id = $2"));
  });
});
