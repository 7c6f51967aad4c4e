// Worker thread entry: verifies pieces of an export file, taking the next one from a counter
// shared with the other threads, and posts each piece's result.
import { parentPort, workerData } from "node:worker_threads";
import { verifySegment } from "./verify-segment.js";

const { file, cuts, keys, next } = workerData as { file: string; cuts: number[]; keys: [string, string][]; next: Int32Array };
for (let i = Atomics.add(next, 0, 1); i < cuts.length - 1; i = Atomics.add(next, 0, 1)) {
  parentPort!.postMessage({ piece: i, result: verifySegment(file, cuts[i]!, cuts[i + 1]!, keys) });
}
parentPort!.postMessage({ end: true });
