// Child process of the shared state file test: appends audit records and recording events for its
// own sessions until the deadline, then prints one line of JSON with what succeeded and what failed.
const [, , buildDir, stateDir, tag, ms] = process.argv;
const { AuditLog, CheckpointSigner } = await import(`${buildDir}/runtime/audit/index.js`);
const { SqliteStateStore } = await import(`${buildDir}/runtime/stores/sqlite.js`);
const store = SqliteStateStore.open(stateDir);
const log = await AuditLog.open({ store: store.audit, signer: CheckpointSigner.generate(), checkpointEvery: 200, checkpointIntervalMs: 0, instance: tag });
const until = Date.now() + Number(ms);
const result = { writerThread: store.auditOnWriterThread, records: 0, events: {}, errors: [] };
const session = async (sid) => {
  let n = 0;
  while (Date.now() < until) {
    try {
      await log.append({
        type: "request", principal: { id: "agent-7", kind: "agent", groups: ["agents"] }, connection: { name: "payments", protocol: "postgres" },
        sessionId: sid, requestId: `${sid}-${n}`, protocol: "postgres", text: `SELECT ${n}`, analysis: {}, decision: { effect: "allow", rules: ["r"], reason: "", masks: [] },
      });
      result.records++;
      await store.recordings.append([{ sessionId: sid, n: n + 1, at: new Date().toISOString(), kind: "note", data: { n } }]);
      n++;
      result.events[sid] = n;
    } catch (e) {
      result.errors.push(String(e.message));
      break;
    }
  }
};
await Promise.all([1, 2, 3, 4].map((i) => session(`${tag}-${i}`)));
await log.close();
await store.close();
process.stdout.write(JSON.stringify(result) + "\n");
