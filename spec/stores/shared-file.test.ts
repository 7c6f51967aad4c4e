// Two processes writing one state file at once (two gateway instances, or a CLI command while the
// gateway runs): neither may see a write refused for the other's lock, the chain stays linear, and
// every recording event of every session is kept.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyStore } from "../../runtime/audit/index.js";
import { SqliteStateStore } from "../../runtime/stores/sqlite.js";
import { buildAudit } from "../audit/_build.js";

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "hoop-shared-"));
  buildAudit(work);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface ChildResult { writerThread: boolean; records: number; events: Record<string, number>; errors: string[] }

function child(state: string, tag: string): Promise<ChildResult> {
  const p = spawn(process.execPath, [join(import.meta.dirname, "_shared-file-child.mjs"), join(work, "build"), state, tag, "3000"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  p.stdout.on("data", (d: Buffer) => { out += d.toString(); });
  p.stderr.on("data", (d: Buffer) => { err += d.toString(); });
  return new Promise((resolve, reject) => p.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as ChildResult) : reject(new Error(`child ${tag} exited ${code}: ${err}`)))));
}

describe("one state file, two writing processes", () => {
  it("refuses no write of either, keeps one verifying chain and every recording event", async () => {
    const state = join(work, "state");
    await SqliteStateStore.open(state).close();
    const [a, b] = await Promise.all([child(state, "a"), child(state, "b")]);
    for (const r of [a, b]) {
      expect(r.errors).toEqual([]);
      expect(r.writerThread).toBe(true);
      expect(r.records).toBeGreaterThan(100);
    }
    const store = SqliteStateStore.open(state);
    try {
      const v = await verifyStore(store.audit);
      expect(v.problem).toBeUndefined();
      expect(v.entries).toBeGreaterThanOrEqual(a.records + b.records);
      for (const [sid, n] of [...Object.entries(a.events), ...Object.entries(b.events)]) {
        expect((await store.recordings.events(sid)).map((e) => e.n)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      }
    } finally {
      await store.close();
    }
  }, 60_000);
});
