// Audit log throughput: durable appends with the hash chain and group commit on SQLite (at several
// concurrency levels), against baselines measured in the same run (hashing alone; raw SQLite
// inserts in one transaction without the chain); then verification of an export file and of the store.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { CheckpointSigner, canonicalJson, exportAudit, verifyExportFile, verifyStore } from "../../runtime/audit/index.js";
import { chainEntry, GENESIS_HASH } from "../../runtime/audit/chain.js";
import { SqliteStateStore } from "../../runtime/stores/sqlite.js";
import { round } from "./_stats.js";
import { record } from "./_audit-record.js";

/** One run of appends in a fresh process, as a gateway would run them (this process's heap holds the baselines' garbage). */
function appendRun(dir: string, total: number, concurrency: number): { perSecond: number; ms: number; n: number } {
  const r = spawnSync(process.execPath, [fileURLToPath(new URL("./_audit-append.js", import.meta.url)), dir, String(total), String(concurrency)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`append run failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { perSecond: number; ms: number; n: number };
}

function baselines(root: string, N: number): { bytesPerRecord: number; hashOnly: number; rawInsert: number; rawIndexed: number } {
  const recs = Array.from({ length: N }, (_, i) => canonicalJson(record(i)));
  const bytesPerRecord = Math.round(recs.reduce((a, r) => a + r.length, 0) / N);

  // Baseline 1: the chain alone (canonical JSON already done), no storage.
  let t0 = performance.now();
  let tail = { seq: 0, hash: GENESIS_HASH };
  for (let i = 0; i < N; i++) tail = chainEntry(tail, "request", recs[i]!, "2026-03-02T09:00:00.000Z", "s");
  const hashOnly = N / ((performance.now() - t0) / 1000);

  // Baseline 2: raw SQLite inserts of the same rows in one durable transaction, no chain, no log.
  const db = new Database(join(root, "raw.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec("CREATE TABLE t (seq INTEGER PRIMARY KEY, prev TEXT, hash TEXT, kind TEXT, at TEXT, session_id TEXT, rec TEXT)");
  const ins = db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)");
  t0 = performance.now();
  db.transaction(() => {
    for (let i = 0; i < N; i++) ins.run(i + 1, GENESIS_HASH, GENESIS_HASH, "request", "2026-03-02T09:00:00.000Z", "s", recs[i]!);
  })();
  const rawInsert = N / ((performance.now() - t0) / 1000);
  // Baseline 3: the same, into the log's own schema (with its time and session indexes).
  db.exec("CREATE TABLE u (seq INTEGER PRIMARY KEY, prev TEXT, hash TEXT, kind TEXT, at TEXT, session_id TEXT, rec TEXT)");
  db.exec("CREATE INDEX u_at ON u(at); CREATE INDEX u_session ON u(session_id) WHERE session_id IS NOT NULL");
  const insU = db.prepare("INSERT INTO u VALUES (?, ?, ?, ?, ?, ?, ?)");
  t0 = performance.now();
  db.transaction(() => {
    for (let i = 0; i < N; i++) insU.run(i + 1, GENESIS_HASH, GENESIS_HASH, "request", new Date(1_770_000_000_000 + i).toISOString(), `s-${i % 64}`, recs[i]!);
  })();
  const rawIndexed = N / ((performance.now() - t0) / 1000);
  db.close();

  return { bytesPerRecord, hashOnly, rawInsert, rawIndexed };
}

export async function bench(): Promise<Record<string, unknown>> {
  const root = mkdtempSync(join(tmpdir(), "hoop-bench-audit-"));
  try {
    const N = 200_000;
    // Baselines first, in a function of their own so their 180 MB of records are garbage before
    // the log is measured (kept alive, they would inflate every collection during the appends).
    const { bytesPerRecord, hashOnly, rawInsert, rawIndexed } = baselines(root, N);

    const sequential = appendRun(join(root, "c1"), 2_000, 1);
    const c64 = appendRun(join(root, "c64"), 50_000, 64);
    const c1024 = appendRun(join(root, "c1024"), N, 1024);
    const c8192 = appendRun(join(root, "c8192"), N, 8192);

    // Verification of an export file and of the store (the 200k-record log from the last run).
    const dir = join(root, "c8192");
    const store = SqliteStateStore.open(dir);
    const file = join(root, "export.jsonl");
    const fh = await open(file, "w");
    let t0 = performance.now();
    await exportAudit(store.audit, CheckpointSigner.fromStateDir(dir), { format: "jsonl" }, async (c) => { await fh.write(c); });
    const exportMs = performance.now() - t0;
    await fh.close();
    t0 = performance.now();
    const vf = await verifyExportFile(file);
    const verifyFileMs = performance.now() - t0;
    t0 = performance.now();
    const vs = await verifyStore(store.audit);
    const verifyStoreMs = performance.now() - t0;
    await store.close();
    if (!vf.ok || !vs.ok) throw new Error(`bench log did not verify: ${JSON.stringify(vf.problem ?? vs.problem)}`);

    const entries = vf.entries;
    return {
      records: N,
      bytesPerRecord,
      baselineHashChainOnlyPerSecond: Math.round(hashOnly),
      baselineRawSqliteInsertPerSecond: Math.round(rawInsert),
      baselineRawSqliteInsertIndexedPerSecond: Math.round(rawIndexed),
      appendSequentialPerSecond: sequential.perSecond,
      appendConcurrency64PerSecond: c64.perSecond,
      appendConcurrency1024PerSecond: c1024.perSecond,
      appendConcurrency8192PerSecond: c8192.perSecond,
      appendVsRawInsert: round(c8192.perSecond / rawInsert, 3),
      appendVsRawIndexedInsert: round(c8192.perSecond / rawIndexed, 3),
      exportRecordsPerSecond: Math.round(entries / (exportMs / 1000)),
      exportFileMB: round(statSync(file).size / 1e6, 1),
      verifyFileRecordsPerSecond: Math.round(entries / (verifyFileMs / 1000)),
      verifyStoreRecordsPerSecond: Math.round(vs.entries / (verifyStoreMs / 1000)),
      verifyFileVsHashOnly: round(entries / (verifyFileMs / 1000) / hashOnly, 3),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
