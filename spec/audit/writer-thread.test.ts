// The embedded store's writer thread (compiled code only: threads cannot load TypeScript):
// concurrent appends land in order with matching receipts, small batches are committed on the log's
// thread while the writer is idle (durability os only), and when the thread dies the batch in
// flight is refused while later appends are committed on the log's own thread, chain intact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildAudit } from "./_build.js";
import type * as AuditModule from "../../runtime/audit/index.js";
import type * as SqliteModule from "../../runtime/stores/sqlite.js";

let work: string;
let audit: typeof AuditModule;
let sqlite: typeof SqliteModule;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "hoop-writer-"));
  const build = buildAudit(work);
  audit = (await import(pathToFileURL(join(build, "runtime/audit/index.js")).href)) as typeof AuditModule;
  sqlite = (await import(pathToFileURL(join(build, "runtime/stores/sqlite.js")).href)) as typeof SqliteModule;
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const request = (i: number): AuditModule.AuditRecordInput => ({
  type: "request", principal: { id: "agent-7", kind: "agent", groups: ["agents"] }, connection: { name: "payments", protocol: "postgres" },
  sessionId: `s-${i % 7}`, requestId: `r-${i}`, protocol: "postgres", text: `SELECT ${i}`, analysis: {},
  decision: { effect: "allow", rules: ["r"], reason: "", masks: [] },
});

describe("state writer thread", () => {
  it("commits concurrent appends in order, each receipt naming its stored entry", async () => {
    const dir = join(work, "ordered");
    const store = sqlite.SqliteStateStore.open(dir);
    const log = await audit.AuditLog.open({ store: store.audit, signer: audit.CheckpointSigner.fromStateDir(dir), checkpointEvery: 500, checkpointIntervalMs: 0 });
    const receipts = await Promise.all(Array.from({ length: 3000 }, (_, i) => log.append(request(i))));
    expect(store.auditOnWriterThread).toBe(true);
    await log.close();
    for (const [i, r] of receipts.entries()) {
      if (i % 97 !== 0) continue;
      const e = await store.audit.entry(r.seq);
      expect(e!.hash).toBe(r.hash);
      expect((JSON.parse(e!.rec) as { requestId: string }).requestId).toBe(`r-${i}`);
    }
    const v = await audit.verifyStore(store.audit);
    expect(v.problem).toBeUndefined();
    expect(v.entries).toBe(3000 + v.checkpoints);
    expect(v.checkpoints).toBeGreaterThanOrEqual(6);
    expect((await store.audit.sessionEntries("s-3")).length).toBe(Math.ceil((3000 - 3) / 7));
    // Recordings go through the same thread.
    await Promise.all([1, 2, 3].map((n) => store.recordings.append([{ sessionId: "rec", n, at: "2026-03-02T09:00:00.000Z", kind: "output", data: { data: `line ${n}\n` } }])));
    expect(store.auditOnWriterThread).toBe(true);
    expect((await store.recordings.events("rec")).map((e) => e.data.data)).toEqual(["line 1\n", "line 2\n", "line 3\n"]);
    await store.close();
  });

  it("commits small batches on the log's thread while the writer is idle with durability os, never with full", async () => {
    const worker = (s: SqliteModule.SqliteStateStore) => (s as unknown as { writer: { worker: unknown } }).writer.worker;
    for (const durability of ["os", "full"] as const) {
      const dir = join(work, `inline-${durability}`);
      const store = sqlite.SqliteStateStore.open(dir, { durability });
      const log = await audit.AuditLog.open({ store: store.audit, signer: audit.CheckpointSigner.fromStateDir(dir), checkpointIntervalMs: 0 });
      for (let i = 0; i < 5; i++) await log.append(request(i));
      // The thread starts on its first request: with os it was never needed.
      expect(worker(store) === null).toBe(durability === "os");
      await Promise.all(Array.from({ length: 300 }, (_, i) => log.append(request(100 + i))));
      expect(worker(store)).not.toBeNull();
      await log.close();
      const v = await audit.verifyStore(store.audit);
      expect(v.problem).toBeUndefined();
      expect(v.entries).toBe(305 + v.checkpoints);
      await store.close();
    }
  });

  it("refuses the batch in flight when the thread dies, then commits on the log's thread", async () => {
    const dir = join(work, "dies");
    const store = sqlite.SqliteStateStore.open(dir);
    const log = await audit.AuditLog.open({ store: store.audit, signer: audit.CheckpointSigner.fromStateDir(dir), checkpointEvery: 50, checkpointIntervalMs: 0 });
    await Promise.all(Array.from({ length: 200 }, (_, i) => log.append(request(i))));
    // Fault injection: the thread is terminated while a batch is in flight (a crash of the
    // thread cannot be caused from outside otherwise).
    const inFlight = Array.from({ length: 100 }, (_, i) => log.append(request(1000 + i)));
    await new Promise((r) => setImmediate(r));
    await (store as unknown as { writer: { worker: { terminate(): Promise<number> } | null } }).writer.worker?.terminate();
    const settled = await Promise.allSettled(inFlight);
    const refused = settled.filter((s) => s.status === "rejected");
    for (const s of refused) expect(String((s as PromiseRejectedResult).reason)).toMatch(/audit write failed: the state writer thread/);
    expect(store.auditOnWriterThread).toBe(false);
    const after = await Promise.all(Array.from({ length: 100 }, (_, i) => log.append(request(2000 + i))));
    expect(after.length).toBe(100);
    await store.recordings.append([{ sessionId: "late", n: 1, at: "2026-03-02T09:00:00.000Z", kind: "note", data: { note: "after" } }]);
    expect((await store.recordings.events("late")).length).toBe(1);
    await log.close();
    const v = await audit.verifyStore(store.audit);
    expect(v.problem).toBeUndefined();
    expect((await store.audit.tail()).seq).toBeGreaterThanOrEqual(Math.max(...after.map((r) => r.seq)));
    await store.close();
  });
});
