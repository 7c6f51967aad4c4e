// A process appending under load is killed with SIGKILL: the log still verifies, and every append
// acknowledged before the kill is in it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verifyStore } from "../../runtime/audit/index.js";
import { SqliteStateStore } from "../../runtime/stores/sqlite.js";
import { buildAudit } from "./_build.js";

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "hoop-crash-"));
  buildAudit(work);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("crash safety", () => {
  it("keeps every acknowledged append through a SIGKILL under load", async () => {
    const state = join(work, "state");
    const child = spawn(process.execPath, [join(import.meta.dirname, "_append-child.mjs"), join(work, "build"), state], { stdio: ["ignore", "pipe", "pipe"] });
    const acked = new Map<number, string>();
    let onWriterThread: boolean | undefined;
    let buf = "";
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`child acknowledged only ${acked.size} appends: ${stderr}`)), 30_000);
      child.stdout.on("data", (d: Buffer) => {
        buf += d.toString();
        const lines = buf.split("\n");
        buf = lines.pop()!;
        for (const l of lines) {
          if (l.startsWith("writer-thread ")) {
            onWriterThread = l.endsWith("true");
            continue;
          }
          const [, seq, id] = l.split(" ");
          acked.set(Number(seq), id!);
        }
        if (acked.size >= 5000 && !child.killed) {
          clearTimeout(timer);
          child.kill("SIGKILL");
          resolve();
        }
      });
      child.on("exit", () => resolve());
    });
    await new Promise<void>((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.on("exit", () => r())));
    expect(child.signalCode).toBe("SIGKILL");
    // Compiled, the store commits on its writer thread: the kill hits that path.
    expect(onWriterThread).toBe(true);

    const store = SqliteStateStore.open(state);
    try {
      const v = await verifyStore(store.audit);
      expect(v.problem).toBeUndefined();
      expect(v.checkpoints).toBeGreaterThan(0);
      const tail = await store.audit.tail();
      const found = new Map<number, string>();
      for await (const page of store.audit.entries(1, tail.seq)) {
        for (const e of page) if (e.kind === "request") found.set(e.seq, (JSON.parse(e.rec) as { requestId: string }).requestId);
      }
      for (const [seq, id] of acked) expect(found.get(seq), `acknowledged seq ${seq}`).toBe(id);
      expect(tail.seq).toBeGreaterThanOrEqual(Math.max(...acked.keys()));
    } finally {
      await store.close();
    }
  });
});
