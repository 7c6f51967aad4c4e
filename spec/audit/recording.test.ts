// Session recording: order, the first-N-rows limit, scrubbed input, resumption after a restart,
// and asciicast v2 output that parses back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SecretScrubber } from "../../runtime/audit/index.js";
import { SessionRecorder, parseAsciicast, toAsciicast } from "../../runtime/recording/index.js";
import { SqliteStateStore } from "../../runtime/stores/sqlite.js";

let dir: string;
let store: SqliteStateStore;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hoop-rec-"));
  store = SqliteStateStore.open(dir);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("session recording", () => {
  it("keeps requests, decisions and the first N rows in order", async () => {
    const rec = await new SessionRecorder({ store: store.recordings, maxRows: 3 }).session("s-1");
    rec.request("q1", "SELECT ssn FROM customers");
    rec.decision("q1", { effect: "allow", rules: ["p.r"], reason: "", masks: [] });
    rec.result("q1", ["ssn"], Array.from({ length: 10 }, (_, i) => [`***-**-000${i}`]));
    rec.response("q1", { rows: 10, bytes: 110, maskedCells: 10 });
    await rec.flush();
    const ev = await store.recordings.events("s-1");
    expect(ev.map((e) => e.kind)).toEqual(["note", "request", "decision", "result", "response"]);
    expect(ev[3]!.data).toMatchObject({ rows: [["***-**-0000"], ["***-**-0001"], ["***-**-0002"]], totalRows: 10, truncated: true });
  });

  it("scrubs typed secrets and resumes numbering after a restart", async () => {
    const scrubber = new SecretScrubber();
    scrubber.register("hunter2-Secret");
    const first = await new SessionRecorder({ store: store.recordings, scrubber }).session("s-2", { cols: 100, rows: 30 });
    first.input("export PGPASSWORD=hunter2-Secret\r");
    first.output("$ ");
    await first.flush();
    const again = await new SessionRecorder({ store: store.recordings, scrubber }).session("s-2");
    again.output("bye\r\n");
    await again.flush();
    const ev = await store.recordings.events("s-2");
    expect(ev.map((e) => e.n)).toEqual([1, 2, 3, 4]);
    expect(JSON.stringify(ev)).not.toContain("hunter2");
    const cast = parseAsciicast(toAsciicast(ev));
    expect(cast.header).toMatchObject({ version: 2, width: 100, height: 30 });
    expect(cast.events.map((e) => e[1])).toEqual(["i", "o", "o"]);
    expect(cast.events.map((e) => e[0])).toEqual([...cast.events.map((e) => e[0])].sort((a, b) => a - b));
  });

  it("reports a failed write on flush", async () => {
    const other = SqliteStateStore.open(dir);
    const rec = await new SessionRecorder({ store: other.recordings }).session("s-3");
    await rec.flush();
    await other.close();
    rec.output("lost");
    await expect(rec.flush()).rejects.toThrow(/recording write failed/);
  });
});
