// Worker thread entry: verifies one segment of an export file and posts the result.
import { parentPort, workerData } from "node:worker_threads";
import { verifySegment } from "./verify-segment.js";

const { file, start, end, keys } = workerData as { file: string; start: number; end: number; keys: [string, string][] };
parentPort!.postMessage(verifySegment(file, start, end, keys));
