// Checks a run of entries against the chain: position, previous-hash link, hash and checkpoint
// signatures. Used by every verifier (export files, their segments on worker threads, the store).
import { entryHash, GENESIS_HASH, type ChainTail } from "./chain.js";
import { checkpointMessage, verifySignature } from "./keys.js";

export interface VerifyProblem {
  /** The sequence number at which the chain stops being trustworthy (null: header or trailer). */
  seq: number | null;
  /** 1-based line of the export file, when verifying a file. */
  line?: number;
  reason: string;
}

/** Checks entries one by one against the chain: position, link, hash, checkpoint signatures. */
export class ChainVerifier {
  private tail: ChainTail | null;
  entries = 0;
  checkpoints = 0;
  firstSeq: number | null = null;
  readonly usedKeys = new Set<string>();

  /** A null anchor verifies a segment: its first entry's own seq and prev are taken as given (the caller joins segments). */
  constructor(anchor: ChainTail | null, private readonly keys: Map<string, string>) {
    this.tail = anchor;
  }

  get current(): ChainTail {
    return this.tail ?? { seq: 0, hash: GENESIS_HASH };
  }

  /** Continues after a segment verified elsewhere. */
  absorb(s: { entries: number; checkpoints: number; firstSeq: number | null; last: ChainTail; usedKeys: string[] }): void {
    if (s.entries === 0) return;
    this.entries += s.entries;
    this.checkpoints += s.checkpoints;
    this.firstSeq ??= s.firstSeq;
    for (const k of s.usedKeys) this.usedKeys.add(k);
    this.tail = s.last;
  }

  /** Returns a problem, or null when the entry continues the chain. `hashOk` is precomputed by file parsing. */
  check(e: { seq: number; prev: string; hash: string; kind: string; rec: string }, hashOk?: boolean): VerifyProblem | null {
    const ok = hashOk ?? entryHash(e.kind, e.prev, e.rec, e.seq) === e.hash;
    const expected = this.tail ? this.tail.seq + 1 : e.seq;
    if (!ok) return { seq: expected, reason: `the hash of the entry claiming seq ${e.seq} does not match its content (edited)` };
    this.tail ??= { seq: e.seq - 1, hash: e.prev };
    if (e.seq !== expected) {
      return { seq: expected, reason: `found seq ${e.seq} where seq ${expected} belongs (an entry was deleted, inserted or moved)` };
    }
    if (e.prev !== this.tail.hash) {
      return { seq: expected, reason: `the previous-hash link does not match seq ${this.tail.seq} (an entry was replaced or moved)` };
    }
    if (e.kind === "checkpoint") {
      const p = this.checkCheckpoint(e.rec);
      if (p) return { seq: expected, reason: p };
      this.checkpoints++;
    }
    if (this.firstSeq === null) this.firstSeq = e.seq;
    this.entries++;
    this.tail = { seq: e.seq, hash: e.hash };
    return null;
  }

  private checkCheckpoint(recText: string): string | null {
    let rec: { type?: unknown; at?: unknown; keyId?: unknown; signature?: unknown };
    try {
      rec = JSON.parse(recText) as typeof rec;
    } catch {
      return "the checkpoint is not valid JSON";
    }
    if (rec.type !== "checkpoint" || typeof rec.at !== "string" || typeof rec.keyId !== "string" || typeof rec.signature !== "string") {
      return "the checkpoint lacks its type, time, key id or signature";
    }
    const key = this.keys.get(rec.keyId);
    if (!key) return `the checkpoint is signed by key ${rec.keyId}, which is not a trusted key`;
    const tail = this.current;
    if (!verifySignature(key, checkpointMessage(tail.seq, tail.hash, rec.at, rec.keyId), rec.signature)) {
      return `the checkpoint signature (key ${rec.keyId}) does not verify`;
    }
    this.usedKeys.add(rec.keyId);
    return null;
  }
}

