// Child process of the crash test: appends records under load to a SQLite state store and prints
// "ack <seq> <requestId>" for every append the log acknowledged, until it is killed.
const [, , buildDir, stateDir] = process.argv;
const { AuditLog, CheckpointSigner } = await import(`${buildDir}/runtime/audit/index.js`);
const { SqliteStateStore } = await import(`${buildDir}/runtime/stores/sqlite.js`);
const store = SqliteStateStore.open(stateDir);
process.stdout.write(`writer-thread ${store.auditOnWriterThread}\n`);
const log = await AuditLog.open({ store: store.audit, signer: CheckpointSigner.fromStateDir(stateDir), checkpointEvery: 100, checkpointIntervalMs: 5 });
let i = 0;
const one = async () => {
  for (;;) {
    const id = `r-${i++}`;
    const r = await log.append({
      type: "request", principal: { id: "agent-7", kind: "agent", groups: ["agents"] }, connection: { name: "payments", protocol: "postgres" },
      sessionId: "crash", requestId: id, protocol: "postgres", text: `SELECT ${id}`, analysis: {},
      decision: { effect: "allow", rules: ["r"], reason: "", masks: [] },
    });
    process.stdout.write(`ack ${r.seq} ${id}\n`);
  }
};
for (let k = 0; k < 64; k++) void one();
