// Worker thread entry: verifies pieces of an export file, taking the next one from a counter
// shared with the other threads, and posts each piece's result.
import { parentPort, workerData } from "node:worker_threads";
import { verifyPieces } from "./verify-segment.js";

const { file, cuts, keys, next } = workerData as { file: string; cuts: number[]; keys: [string, string][]; next: Int32Array };
verifyPieces(file, cuts, keys, next, (piece, result) => parentPort!.postMessage({ piece, result }));
parentPort!.postMessage({ end: true });
