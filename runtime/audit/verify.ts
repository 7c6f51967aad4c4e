// Verification of the chain, from an export file (offline, needs nothing but the file) or from
// the store. The first problem found is reported with its sequence number and the reason.
import { createReadStream, existsSync } from "node:fs";
import { open, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { canonicalJson } from "./canonical.js";
import { GENESIS_HASH, parseEntryBytes, sha256, type ChainTail, type StoredEntry } from "./chain.js";
import { AuditReadError } from "./errors.js";
import { keyIdOf, verifySignature, type PublicKeyInfo } from "./keys.js";
import type { AuditStore } from "../stores/types.js";
import { ChainVerifier, type VerifyProblem } from "./chain-verifier.js";
import { verifyPieces, type SegmentResult } from "./verify-segment.js";

export type { VerifyProblem } from "./chain-verifier.js";
export { ChainVerifier } from "./chain-verifier.js";

export const EXPORT_FORMAT = "hoop-audit-export/1";

export interface VerifyResult {
  ok: boolean;
  problem?: VerifyProblem;
  /** Entries verified (checkpoints included). */
  entries: number;
  checkpoints: number;
  firstSeq: number | null;
  lastSeq: number | null;
  lastHash: string;
  /** Fingerprints (key ids) of the keys whose signatures were checked. */
  keyIds: string[];
  /** From an export's signed trailer. */
  exportedAt?: string;
  range?: { from?: string; to?: string };
}

export interface ExportHeader {
  format: string;
  /** The entry before the first exported one ({0, GENESIS} for a full export). */
  anchor: ChainTail;
  from?: string;
  to?: string;
  keys: PublicKeyInfo[];
  exportedBy?: string;
}

export interface ExportTrailer {
  count: number;
  lastSeq: number;
  lastHash: string;
  headerHash: string;
  at: string;
  keyId: string;
  signature: string;
}

/** The message an export's trailer signature covers: everything in the trailer but the signature. */
export function trailerMessage(t: Omit<ExportTrailer, "signature">): string {
  return canonicalJson({ ...t, purpose: "hoop-audit-export" });
}

export interface VerifyFileOptions {
  /** Threads for large files, this one included (default: one per core, at most 4); 1 verifies on this thread only. */
  workers?: number;
  /** Files smaller than this are verified on this thread (default 32 MB). */
  parallelMinBytes?: number;
  /** Trust only these public keys (base64 SPKI); default: the keys the export carries. */
  trustedKeys?: string[];
  /** Called with (bytesRead, totalBytes) as the file is read. */
  progress?: (done: number, total: number) => void;
}

/** Verifies an export file without the gateway: header, every entry, checkpoints, signed trailer. */
export async function verifyExportFile(file: string, opts: VerifyFileOptions = {}): Promise<VerifyResult> {
  let total: number;
  try {
    total = (await stat(file)).size;
  } catch (e) {
    throw new AuditReadError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const workers = opts.workers ?? Math.max(1, Math.min(4, availableParallelism()));
  if (workers > 1 && total >= (opts.parallelMinBytes ?? 32 << 20) && existsSync(WORKER_FILE)) {
    const r = await verifyInParallel(file, total, workers, opts);
    if (r) return r;
  }
  const v = new ExportVerifier(opts.trustedKeys);
  let done = 0;
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { highWaterMark: 4 << 20 })) {
    let buf = chunk as Buffer;
    done += buf.length;
    if (carry.length) {
      // Finish the line cut by the previous chunk without copying the whole chunk.
      const nl = buf.indexOf(0x0a);
      if (nl < 0) {
        carry = Buffer.concat([carry, buf]);
        continue;
      }
      const line = Buffer.concat([carry, buf.subarray(0, nl + 1)]);
      if (feedLines(v, line, false) < 0) return v.result();
      buf = buf.subarray(nl + 1);
    }
    const used = feedLines(v, buf, false);
    if (used < 0) return v.result();
    carry = buf.subarray(used);
    opts.progress?.(done, total);
  }
  if (carry.length) {
    if (feedLines(v, carry, true) < 0) return v.result();
    return v.result();
  }
  return v.finish();
}

const WORKER_FILE = fileURLToPath(new URL("./verify-worker.js", import.meta.url));

/**
 * Splits the entry lines between header and trailer into one byte range per worker (cut after a
 * newline), verifies the ranges concurrently, and joins them in order; the header and the signed
 * trailer are checked here. Returns null when the file's shape calls for the sequential reader
 * (it does not end with a newline, or has too few lines), which then reports precisely.
 */
async function verifyInParallel(file: string, total: number, workers: number, opts: VerifyFileOptions): Promise<VerifyResult | null> {
  const fh = await open(file, "r");
  try {
    const read = async (pos: number, len: number): Promise<Buffer> => {
      const b = Buffer.allocUnsafe(len);
      const { bytesRead } = await fh.read(b, 0, len, pos);
      return b.subarray(0, bytesRead);
    };
    const head = await read(0, Math.min(total, 1 << 20));
    const headerEnd = head.indexOf(0x0a);
    const tailLen = Math.min(total, 1 << 20);
    const tail = await read(total - tailLen, tailLen);
    if (headerEnd < 0 || tail[tail.length - 1] !== 0x0a) return null;
    const lastNl = tail.lastIndexOf(0x0a, tail.length - 2);
    const trailerStart = total - tailLen + lastNl + 1;
    if (lastNl < 0 || trailerStart <= headerEnd + 1) return null;

    const v = new ExportVerifier(opts.trustedKeys);
    if (!v.bytes(head, 0, headerEnd)) return v.result();
    const bodyStart = headerEnd + 1;
    // More pieces than threads, taken in turn through a shared counter, so a thread that starts
    // late (a worker loading its modules) or runs slower simply takes fewer.
    const pieces = workers * 8;
    const cuts = [bodyStart];
    for (let i = 1; i < pieces; i++) {
      const p = bodyStart + Math.floor(((trailerStart - bodyStart) * i) / pieces);
      const w = await read(p, Math.min(1 << 16, trailerStart - p));
      const k = w.indexOf(0x0a);
      const cut = k < 0 ? -1 : p + k + 1;
      if (cut > cuts[cuts.length - 1]! && cut < trailerStart) cuts.push(cut);
    }
    cuts.push(trailerStart);
    const keys = v.trustedKeyList();
    // Filled, not sized: a hole would be skipped by the completeness check below.
    const results = Array.from({ length: cuts.length - 1 }, (): SegmentResult | undefined => undefined);
    const next = new Int32Array(new SharedArrayBuffer(4));
    let done = bodyStart;
    const finished = (i: number, r: SegmentResult) => {
      results[i] = r;
      done += cuts[i + 1]! - cuts[i]!;
      opts.progress?.(done, total);
    };
    const helpers = Array.from({ length: workers - 1 }, () => new Promise<void>((resolve, reject) => {
      const w = new Worker(WORKER_FILE, { workerData: { file, cuts, keys, next } });
      w.on("message", (m: { piece: number; result: SegmentResult } | { end: true }) => ("end" in m ? resolve() : finished(m.piece, m.result)));
      w.once("error", reject);
      w.once("exit", () => reject(new AuditReadError("a verification thread stopped before its part was done")));
    }));
    verifyPieces(file, cuts, keys, next, finished);
    await Promise.all(helpers);
    const verified = results.filter((r): r is SegmentResult => r !== undefined);
    if (verified.length !== results.length) throw new AuditReadError("a verification thread stopped before its part was done");
    for (const r of verified) if (!v.segment(r)) return v.result();
    const trailer = await read(trailerStart, total - trailerStart);
    if (!v.bytes(trailer, 0, trailer.length - 1)) return v.result();
    opts.progress?.(total, total);
    return v.finish();
  } finally {
    await fh.close();
  }
}

/** Verifies an export held in memory. */
export function verifyExportText(text: string, opts: { trustedKeys?: string[] } = {}): VerifyResult {
  const v = new ExportVerifier(opts.trustedKeys);
  const buf = Buffer.from(text, "utf8");
  const used = feedLines(v, buf, false);
  if (used < 0) return v.result();
  if (used < buf.length) {
    feedLines(v, buf.subarray(used), true);
    return v.result();
  }
  return v.finish();
}

/**
 * Feeds the complete lines of `buf` to the verifier; returns how many bytes were consumed, or -1
 * once a problem is found. With `last`, the remainder is a final line without its newline.
 */
function feedLines(v: ExportVerifier, buf: Buffer, last: boolean): number {
  let start = 0;
  for (;;) {
    let nl = buf.indexOf(0x0a, start);
    if (nl < 0) {
      if (!last || start >= buf.length) return start;
      nl = buf.length;
    }
    if (!v.bytes(buf, start, nl)) return -1;
    start = nl + 1;
    if (nl === buf.length) {
      v.cutOff();
      return -1;
    }
  }
}

/** Line-by-line state machine over an export: header, entries, trailer, then nothing. */
class ExportVerifier {
  private n = 0;
  private header: ExportHeader | null = null;
  private headerHash = "";
  private chain: ChainVerifier | null = null;
  private trailer: ExportTrailer | null = null;
  private problem: VerifyProblem | null = null;
  private readonly keys = new Map<string, string>();

  constructor(private readonly trusted?: string[]) {}

  /** Feeds one line (bytes start..end of buf, without the newline); false once a problem is found. */
  bytes(buf: Buffer, start: number, end: number): boolean {
    this.n++;
    if (this.problem) return false;
    if (this.n === 1) return this.readHeader(buf.toString("utf8", start, end));
    if (this.trailer) return this.fail(null, "content after the signed end of the export");
    if (buf[start] === 0x7b && buf[start + 1] === 0x22 && buf[start + 2] === 0x68) {
      // {"h… : an entry
      const e = parseEntryBytes(buf, start, end);
      const at = this.chain!.current.seq + 1;
      if (!e) return this.fail(at, "the line is not a well-formed audit entry");
      const p = this.chain!.check(e, e.hashOk);
      if (p) return this.fail(p.seq, p.reason);
      return true;
    }
    const text = buf.toString("utf8", start, end);
    if (text.startsWith('{"end":')) return this.readTrailer(text);
    return this.fail(this.chain!.current.seq + 1, text.trim() === "" ? "an empty line inside the export" : "the line is neither an entry nor the signed end");
  }

  /** The keys signatures are checked against, for segment workers. */
  trustedKeyList(): [string, string][] {
    return [...this.keys.entries()];
  }

  /** Joins a segment verified elsewhere: its first entry must continue the chain so far. */
  segment(s: SegmentResult): boolean {
    if (this.problem) return false;
    const c = this.chain!;
    const expected = c.current.seq + 1;
    const base = this.n;
    const at = (k: number) => { this.n = base + k; };
    if (s.problem?.hashAtFirst) {
      at(1);
      return this.fail(expected, s.problem.reason);
    }
    if (s.first && s.first.seq + 1 !== expected) {
      at(1);
      return this.fail(expected, `found seq ${s.first.seq + 1} where seq ${expected} belongs (an entry was deleted, inserted or moved)`);
    }
    if (s.first && s.first.hash !== c.current.hash) {
      at(1);
      return this.fail(expected, `the previous-hash link does not match seq ${c.current.seq} (an entry was replaced or moved)`);
    }
    c.absorb(s);
    at(s.lines);
    if (s.problem) {
      at(s.lines + 1);
      return this.fail(expected + s.problem.entriesBefore, s.problem.reason);
    }
    return true;
  }

  /** The file does not end with a newline: its last line may have been cut. */
  cutOff(): void {
    this.fail(this.chain ? this.chain.current.seq + 1 : null, "the export does not end with a newline: its last line was cut off");
  }

  finish(): VerifyResult {
    if (!this.problem) {
      if (!this.header) this.fail(null, "the file is empty: no export header");
      else if (!this.trailer) {
        this.fail(this.chain!.current.seq + 1, `the export ends after seq ${this.chain!.current.seq} without its signed end: entries after it were cut off`);
      }
    }
    return this.result();
  }

  result(): VerifyResult {
    const c = this.chain;
    const r: VerifyResult = {
      ok: this.problem === null,
      entries: c?.entries ?? 0,
      checkpoints: c?.checkpoints ?? 0,
      firstSeq: c?.firstSeq ?? null,
      lastSeq: c && c.entries > 0 ? c.current.seq : null,
      lastHash: c?.current.hash ?? GENESIS_HASH,
      keyIds: c ? [...c.usedKeys] : [],
    };
    if (this.problem) r.problem = this.problem;
    if (this.trailer) r.exportedAt = this.trailer.at;
    if (this.header) r.range = { from: this.header.from, to: this.header.to };
    return r;
  }

  private fail(seq: number | null, reason: string): false {
    this.problem ??= { seq, line: this.n, reason };
    return false;
  }

  private readHeader(text: string): boolean {
    let h: ExportHeader;
    try {
      h = (JSON.parse(text) as { header: ExportHeader }).header;
    } catch {
      return this.fail(null, "the first line is not an export header");
    }
    if (!h || h.format !== EXPORT_FORMAT) return this.fail(null, `the header does not declare format ${EXPORT_FORMAT}`);
    if (!h.anchor || !Number.isSafeInteger(h.anchor.seq) || h.anchor.seq < 0 || !/^[0-9a-f]{64}$/.test(h.anchor.hash)) {
      return this.fail(null, "the header's anchor is malformed");
    }
    if (!Array.isArray(h.keys)) return this.fail(null, "the header lists no public keys");
    const trusted = this.trusted ? new Set(this.trusted) : null;
    for (const k of h.keys) {
      if (!k || typeof k.publicKey !== "string" || keyIdOf(k.publicKey) !== k.keyId) return this.fail(null, "a public key in the header does not match its key id");
      if (!trusted || trusted.has(k.publicKey)) this.keys.set(k.keyId, k.publicKey);
    }
    this.header = h;
    this.headerHash = sha256(text);
    this.chain = new ChainVerifier(h.anchor, this.keys);
    return true;
  }

  private readTrailer(text: string): boolean {
    const c = this.chain!;
    let t: ExportTrailer;
    try {
      t = (JSON.parse(text) as { end: ExportTrailer }).end;
    } catch {
      return this.fail(null, "the signed end of the export is not valid JSON");
    }
    if (!t || typeof t.signature !== "string" || typeof t.keyId !== "string") return this.fail(null, "the end of the export is not signed");
    if (canonicalJson({ end: t }) !== text) return this.fail(null, "the end of the export is not in its canonical form (altered)");
    const key = this.keys.get(t.keyId);
    if (!key) return this.fail(null, `the export is signed by key ${t.keyId}, which is not a trusted key`);
    const { signature, ...signed } = t;
    if (!verifySignature(key, trailerMessage(signed), signature)) return this.fail(null, "the signature over the end of the export does not verify");
    if (t.headerHash !== this.headerHash) return this.fail(null, "the header was altered after the export was signed");
    if (t.lastSeq !== c.current.seq || t.lastHash !== c.current.hash || t.count !== c.entries) {
      return this.fail(Math.min(c.current.seq, t.lastSeq) + 1,
        `the signed end covers ${t.count} entries up to seq ${t.lastSeq}, the file holds ${c.entries} up to seq ${c.current.seq} (entries cut off or added)`);
    }
    c.usedKeys.add(t.keyId);
    this.trailer = t;
    return true;
  }
}

/** Verifies the chain as stored, from the first entry (or `fromSeq`) to the tail. */
export async function verifyStore(store: AuditStore, opts: { progress?: (done: number, total: number) => void } = {}): Promise<VerifyResult> {
  const keys = new Map((await store.keys()).map((k) => [k.keyId, k.publicKey] as const));
  const tail = await store.tail();
  const chain = new ChainVerifier({ seq: 0, hash: GENESIS_HASH }, keys);
  let problem: VerifyProblem | null = null;
  outer: for await (const page of store.entries(1, tail.seq)) {
    for (const e of page as StoredEntry[]) {
      problem = chain.check(e);
      if (problem) break outer;
    }
    opts.progress?.(chain.current.seq, tail.seq);
  }
  if (!problem && chain.current.seq !== tail.seq) {
    problem = { seq: chain.current.seq + 1, reason: `the store's tail is seq ${tail.seq} but the chain ends at seq ${chain.current.seq}` };
  }
  const r: VerifyResult = {
    ok: problem === null,
    entries: chain.entries,
    checkpoints: chain.checkpoints,
    firstSeq: chain.firstSeq,
    lastSeq: chain.entries ? chain.current.seq : null,
    lastHash: chain.current.hash,
    keyIds: [...chain.usedKeys],
  };
  if (problem) r.problem = problem;
  return r;
}
