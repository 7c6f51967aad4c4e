// The write-ahead contract: append resolves only once committed, rejects when the store cannot
// write, gathers concurrent appends into few transactions, and checkpoints on schedule and at close.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AuditLog, AuditWriteError, CheckpointSigner, verifyExportText, verifyStore } from "../../runtime/audit/index.js";
import { SqliteStateStore } from "../../runtime/stores/sqlite.js";
import type { AuditStore } from "../../runtime/stores/types.js";
import { request } from "../stores/_suite.js";

let dir: string;
let store: SqliteStateStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hoop-log-"));
  store = SqliteStateStore.open(dir);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The real store, counting its transactions. */
function counting(s: AuditStore): AuditStore & { transactions: number } {
  const c = Object.create(s) as AuditStore & { transactions: number };
  c.transactions = 0;
  c.appendBatch = (build) => {
    c.transactions++;
    return s.appendBatch(build);
  };
  return c;
}

describe("audit log", () => {
  it("commits concurrent appends in a few transactions, each receipt matching its stored record", async () => {
    const audit = counting(store.audit);
    const log = await AuditLog.open({ store: audit, signer: CheckpointSigner.generate(), checkpointEvery: 100_000, checkpointIntervalMs: 0 });
    const receipts = await Promise.all(Array.from({ length: 2000 }, (_, i) => log.append(request(i))));
    expect(audit.transactions).toBeLessThan(20);
    for (const [i, r] of receipts.entries()) {
      const e = await store.audit.entry(r.seq);
      expect(e!.hash).toBe(r.hash);
      expect((JSON.parse(e!.rec) as { requestId: string }).requestId).toBe(`r-${i}`);
    }
    await log.close();
  });

  it("exports and verifies through the log itself", async () => {
    const log = await AuditLog.open({ store: store.audit, signer: CheckpointSigner.generate(), checkpointEvery: 5, checkpointIntervalMs: 0, instance: "gw-1" });
    void log.append(request(1));
    void log.append(request(2));
    let text = "";
    const s = await log.export({ format: "jsonl" }, (c) => { text += c; });
    expect(s.count).toBe(2);
    expect(JSON.parse(text.split("\n")[0]!).header.exportedBy).toBe("gw-1");
    expect(verifyExportText(text).ok).toBe(true);
    expect((await log.verify()).entries).toBe(2);
    await log.close();
  });

  it("rejects every waiting append when the store cannot write, and refuses after close", async () => {
    const log = await AuditLog.open({ store: store.audit, signer: CheckpointSigner.generate(), checkpointIntervalMs: 0 });
    await log.append(request(1));
    // A real fault: the database underneath is closed while the log still runs.
    await store.close();
    const results = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => log.append(request(10 + i))));
    for (const r of results) {
      expect(r.status).toBe("rejected");
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(AuditWriteError);
    }
    store = SqliteStateStore.open(dir);
    expect((await store.audit.tail()).seq).toBe(1);
    const log2 = await AuditLog.open({ store: store.audit, signer: CheckpointSigner.generate(), checkpointIntervalMs: 0 });
    await log2.close();
    await expect(log2.append(request(2))).rejects.toBeInstanceOf(AuditWriteError);
  });

  it("refuses records it cannot encode instead of writing something else", async () => {
    const log = await AuditLog.open({ store: store.audit, signer: CheckpointSigner.generate(), checkpointIntervalMs: 0 });
    const bad = { ...request(1), analysis: { rows: Number.NaN } };
    await expect(log.append(bad)).rejects.toThrow(/analysis\.rows/);
    await expect(log.append({ ...request(1), type: "checkpoint" } as never)).rejects.toThrow(/unknown audit record type/);
    await expect(log.append({ ...request(1), at: "last tuesday" })).rejects.toThrow(/unreadable timestamp/);
    const { seq } = await log.append({ ...request(1), at: "2026-03-02T10:00:00+01:00" });
    expect((await store.audit.entry(seq))!.at).toBe("2026-03-02T09:00:00.000Z");
    await log.close();
  });

  it("signs a checkpoint every N entries and at close", async () => {
    const log = await AuditLog.open({ store: store.audit, signer: CheckpointSigner.fromStateDir(dir), checkpointEvery: 10, checkpointIntervalMs: 0 });
    for (let i = 0; i < 25; i++) await log.append(request(i));
    expect((await verifyStore(store.audit)).checkpoints).toBe(2);
    await log.close();
    const last = await store.audit.entry((await store.audit.tail()).seq);
    expect(last!.kind).toBe("checkpoint");
    const v = await verifyStore(store.audit);
    expect(v.ok).toBe(true);
    expect(v.checkpoints).toBe(3);
  });

  it("signs on a timer while entries arrive, and not while idle", async () => {
    const log = await AuditLog.open({ store: store.audit, signer: CheckpointSigner.fromStateDir(dir), checkpointEvery: 1000, checkpointIntervalMs: 30 });
    await log.append(request(1));
    await new Promise((r) => setTimeout(r, 200));
    expect((await verifyStore(store.audit)).checkpoints).toBe(1);
    const tail = (await store.audit.tail()).seq;
    await new Promise((r) => setTimeout(r, 150));
    expect((await store.audit.tail()).seq).toBe(tail);
    await log.close();
    expect((await store.audit.tail()).seq).toBe(tail);
  });
});
