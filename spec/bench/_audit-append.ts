// Child process of the audit benchmark: `total` appends from `concurrency` callers to a fresh log
// in `dir`; prints {perSecond, ms, n}.
import { AuditLog, CheckpointSigner } from "../../runtime/audit/index.js";
import { SqliteStateStore } from "../../runtime/stores/sqlite.js";
import { record } from "./_audit-record.js";

const [dir, totalText, concurrencyText] = process.argv.slice(2);
const total = Number(totalText);
const store = SqliteStateStore.open(dir!);
const log = await AuditLog.open({ store: store.audit, signer: CheckpointSigner.fromStateDir(dir!), checkpointEvery: 1000, checkpointIntervalMs: 0 });
const t0 = performance.now();
let next = 0;
await Promise.all(Array.from({ length: Number(concurrencyText) }, async () => {
  while (next < total) await log.append(record(next++));
}));
const ms = performance.now() - t0;
await log.close();
await store.close();
process.stdout.write(JSON.stringify({ perSecond: Math.round(total / (ms / 1000)), ms: Math.round(ms * 10) / 10, n: total }));
