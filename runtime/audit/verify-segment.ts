// Verification of one byte range of an export's entry lines, on its own: the first entry is taken
// as it claims to be, and the caller joins consecutive segments (seq and previous-hash link).
// This is what lets a large export be verified on several cores.
import { openSync, readSync, closeSync } from "node:fs";
import { parseEntryBytes, type ChainTail } from "./chain.js";
import { ChainVerifier } from "./chain-verifier.js";

export interface SegmentResult {
  entries: number;
  checkpoints: number;
  lines: number;
  firstSeq: number | null;
  /** The first entry's claimed predecessor: seq - 1 and its prev. */
  first: ChainTail | null;
  last: ChainTail;
  usedKeys: string[];
  /** lineIndex within the segment; hashAtFirst: the very first line's own hash is wrong. */
  problem?: { lineIndex: number; entriesBefore: number; reason: string; hashAtFirst: boolean };
}

const WINDOW = 8 << 20;

/**
 * Verifies pieces `[cuts[i], cuts[i + 1])` of the file, taking each next piece from a counter
 * shared with the other threads doing the same, until none is left.
 */
export function verifyPieces(file: string, cuts: readonly number[], keys: [string, string][], next: Int32Array, done: (piece: number, r: SegmentResult) => void): void {
  for (let i = Atomics.add(next, 0, 1); i < cuts.length - 1; i = Atomics.add(next, 0, 1)) done(i, verifySegment(file, cuts[i]!, cuts[i + 1]!, keys));
}

export function verifySegment(file: string, start: number, end: number, keys: [string, string][]): SegmentResult {
  const chain = new ChainVerifier(null, new Map(keys));
  let first: ChainTail | null = null;
  let lines = 0;
  /** Checks one line; returns the segment's result when it is the first bad one. */
  const line = (buf: Buffer, at: number, nl: number): SegmentResult | null => {
    const e = parseEntryBytes(buf, at, nl);
    const before = chain.entries;
    if (!e) {
      const text = buf.toString("utf8", at, nl);
      const reason = text.trim() === "" ? "an empty line inside the export"
        : text.startsWith('{"hash":') ? "the line is not a well-formed audit entry" : "the line is neither an entry nor the signed end";
      return result(chain, first, lines, { lineIndex: lines, entriesBefore: before, reason, hashAtFirst: false });
    }
    if (lines === 0) first = { seq: e.seq - 1, hash: e.prev };
    const p = chain.check(e, e.hashOk);
    if (p) return result(chain, first, lines, { lineIndex: lines, entriesBefore: before, reason: p.reason, hashAtFirst: lines === 0 && !e.hashOk });
    lines++;
    return null;
  };
  const fd = openSync(file, "r");
  try {
    // Segments end right after a newline (the caller splits there), so every line is complete.
    let carry = Buffer.alloc(0);
    let pos = start;
    while (pos < end) {
      const chunk = Buffer.allocUnsafe(Math.min(WINDOW, end - pos));
      const got = readSync(fd, chunk, 0, chunk.length, pos);
      if (got <= 0) break;
      pos += got;
      let buf = chunk.subarray(0, got);
      if (carry.length) {
        // Finish the line cut by the previous window without copying the whole window.
        const nl = buf.indexOf(0x0a);
        if (nl < 0) {
          carry = Buffer.concat([carry, buf]);
          continue;
        }
        const whole = Buffer.concat([carry, buf.subarray(0, nl + 1)]);
        const problem = line(whole, 0, whole.length - 1);
        if (problem) return problem;
        buf = buf.subarray(nl + 1);
        carry = Buffer.alloc(0);
      }
      let at = 0;
      for (let nl = buf.indexOf(0x0a, at); nl >= 0; nl = buf.indexOf(0x0a, at)) {
        const problem = line(buf, at, nl);
        if (problem) return problem;
        at = nl + 1;
      }
      carry = buf.subarray(at);
    }
  } finally {
    closeSync(fd);
  }
  return result(chain, first, lines);
}

function result(chain: ChainVerifier, first: ChainTail | null, lines: number, problem?: SegmentResult["problem"]): SegmentResult {
  const r: SegmentResult = {
    entries: chain.entries, checkpoints: chain.checkpoints, lines, firstSeq: chain.firstSeq, first, last: chain.current, usedKeys: [...chain.usedKeys],
  };
  if (problem) r.problem = problem;
  return r;
}
