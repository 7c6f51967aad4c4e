// Large exports are verified on several worker threads; the verdict — ok, or the first bad seq,
// its line and the reason — must be exactly the single-thread verdict, whatever the tampering.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildAudit } from "./_build.js";
import { request } from "../stores/_suite.js";

type Audit = typeof import("../../runtime/audit/index.js");
type Stores = typeof import("../../runtime/stores/sqlite.js");

let work: string;
let audit: Audit;
let lines: string[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "hoop-par-"));
  const build = buildAudit(work);
  // The compiled modules, so that the worker file exists beside them.
  audit = (await import(pathToFileURL(join(build, "runtime/audit/index.js")).href)) as Audit;
  const { SqliteStateStore } = (await import(pathToFileURL(join(build, "runtime/stores/sqlite.js")).href)) as Stores;
  const store = SqliteStateStore.open(join(work, "state"));
  const log = await audit.AuditLog.open({ store: store.audit, signer: audit.CheckpointSigner.fromStateDir(join(work, "state")), checkpointEvery: 97, checkpointIntervalMs: 0 });
  await Promise.all(Array.from({ length: 3000 }, (_, i) => log.append(request(i, `s-${i % 7}`))));
  let text = "";
  await log.export({ format: "jsonl" }, (c) => { text += c; });
  await log.close();
  await store.close();
  lines = text.split("\n");
  lines.pop();
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function both(ls: string[], name: string, trailingNewline = true) {
  const file = join(work, name);
  writeFileSync(file, ls.join("\n") + (trailingNewline ? "\n" : ""));
  const parallel = await audit.verifyExportFile(file, { workers: 3, parallelMinBytes: 0 });
  const sequential = await audit.verifyExportFile(file, { workers: 1 });
  return { parallel, sequential };
}

describe("parallel verification", () => {
  it("verifies the untouched export like the single-thread reader", async () => {
    const { parallel, sequential } = await both(lines, "ok.jsonl");
    expect(sequential.ok).toBe(true);
    expect(parallel).toEqual(sequential);
    expect(readFileSync(join(work, "ok.jsonl")).length).toBeGreaterThan(1 << 20);
    // It did run in pieces: one progress report per piece, rising to the whole file.
    const reports: number[] = [];
    const size = readFileSync(join(work, "ok.jsonl")).length;
    await audit.verifyExportFile(join(work, "ok.jsonl"), { workers: 3, parallelMinBytes: 0, progress: (d) => reports.push(d) });
    expect(reports.length).toBeGreaterThan(8);
    expect([...reports].sort((a, b) => a - b)).toEqual(reports);
    expect(reports.at(-1)).toBe(size);
  });

  it("reports the same first problem for any deletion, swap, duplication, edit or cut", async () => {
    const n = lines.length;
    const mutation = fc.oneof(
      fc.integer({ min: 1, max: n - 2 }).map((i) => ({ name: `delete ${i}`, ls: lines.filter((_, k) => k !== i) })),
      fc.tuple(fc.integer({ min: 1, max: n - 2 }), fc.integer({ min: 1, max: n - 2 })).filter(([i, j]) => i !== j)
        .map(([i, j]) => { const ls = [...lines]; [ls[i], ls[j]] = [ls[j]!, ls[i]!]; return { name: `swap ${i} ${j}`, ls }; }),
      fc.tuple(fc.integer({ min: 1, max: n - 2 }), fc.integer({ min: 1, max: n - 1 }))
        .map(([i, j]) => { const ls = [...lines]; ls.splice(j, 0, lines[i]!); return { name: `duplicate ${i} at ${j}`, ls }; }),
      // (checkpoint lines carry no principal: the edit must change something)
      fc.integer({ min: 1, max: n - 2 }).filter((i) => lines[i]!.includes("agent-7")).map((i) => ({ name: `edit ${i}`, ls: lines.map((l, k) => (k === i ? l.replace("agent-7", "agent-8") : l)) })),
      fc.integer({ min: 2, max: n - 1 }).map((k) => ({ name: `cut to ${k}`, ls: lines.slice(0, k) })),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async ({ name, ls }) => {
        const { parallel, sequential } = await both(ls, "t.jsonl");
        expect(sequential.ok, name).toBe(false);
        expect(parallel.problem, name).toEqual(sequential.problem);
        expect(parallel.ok).toBe(false);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
