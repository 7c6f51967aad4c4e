// The hash chain. An entry is {hash, kind, prev, rec, seq}; its hash is SHA-256 over the canonical
// JSON of the entry without `hash`. Because canonical JSON sorts keys and `hash` sorts first, the
// exported line (the canonical JSON of the whole entry) contains the hashed bytes verbatim:
// `{"hash":"<64 hex>",` + rest  ⇒  hashed bytes = "{" + rest. Verification needs no re-encoding.
import { createHash, hash as oneShotHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface ChainTail {
  /** 0 when the log is empty. */
  seq: number;
  hash: string;
}

/** One entry as stored: `rec` is the canonical JSON text of the record. */
export interface StoredEntry {
  seq: number;
  prev: string;
  hash: string;
  kind: string;
  /** The record's timestamp, copied out for range queries. */
  at: string;
  sessionId: string | null;
  rec: string;
}

const sha256hex: (s: string) => string =
  typeof oneShotHash === "function"
    ? (s) => oneShotHash("sha256", s, "hex")
    : (s) => createHash("sha256").update(s).digest("hex");

export function sha256(text: string): string {
  return sha256hex(text);
}

/** The bytes an entry's hash is computed over (canonical JSON of the entry without `hash`). */
export function hashedText(kind: string, prev: string, rec: string, seq: number): string {
  return `{"kind":${JSON.stringify(kind)},"prev":"${prev}","rec":${rec},"seq":${seq}}`;
}

export function entryHash(kind: string, prev: string, rec: string, seq: number): string {
  return sha256hex(hashedText(kind, prev, rec, seq));
}

/** Builds the next entry of the chain after `tail`; `rec` is the record's canonical JSON. */
export function chainEntry(tail: ChainTail, kind: string, rec: string, at: string, sessionId: string | null): StoredEntry {
  const seq = tail.seq + 1;
  return { seq, prev: tail.hash, hash: entryHash(kind, tail.hash, rec, seq), kind, at, sessionId, rec };
}

/** The export line of an entry: the canonical JSON of {hash, kind, prev, rec, seq}. */
export function entryLine(e: StoredEntry): string {
  return `{"hash":"${e.hash}",` + hashedText(e.kind, e.prev, e.rec, e.seq).slice(1);
}

export interface ParsedLine {
  seq: number;
  prev: string;
  hash: string;
  kind: string;
  /** The canonical JSON text of the record. */
  rec: string;
  /** Whether SHA-256 over the line's hashed bytes equals its `hash`. */
  hashOk: boolean;
}

const LINE = /^\{"hash":"([0-9a-f]{64})","kind":"([a-z.]{1,40})","prev":"([0-9a-f]{64})","rec":(\{.*\}),"seq":([1-9][0-9]{0,15})\}$/s;

/** The fields of an entry line, read strictly but not hashed; null when it is not an entry in canonical form. */
export function splitEntryLine(line: string): Omit<ParsedLine, "hashOk"> | null {
  const m = LINE.exec(line);
  if (!m) return null;
  const seq = Number(m[5]);
  if (!Number.isSafeInteger(seq)) return null;
  return { hash: m[1]!, kind: m[2]!, prev: m[3]!, rec: m[4]!, seq };
}

/** Parses an entry line strictly; null when it is not an entry in canonical form. */
export function parseEntryLine(line: string): ParsedLine | null {
  const e = splitEntryLine(line);
  return e && { ...e, hashOk: sha256hex("{" + line.slice(75)) === e.hash };
}

const PREFIX = Buffer.from('{"hash":"');
const KIND = Buffer.from('","kind":"');
const PREV = Buffer.from(',"prev":"');
const REC = Buffer.from('","rec":');
const SEQ = Buffer.from(',"seq":');

function at(buf: Buffer, pos: number, lit: Buffer): boolean {
  for (let i = 0; i < lit.length; i++) if (buf[pos + i] !== lit[i]) return false;
  return true;
}

/**
 * parseEntryLine over bytes, without decoding the record: the hashed bytes are the line from
 * offset 74 with that byte (the comma after the hash) read as "{". Every field but the hash is
 * inside the hashed bytes, and the hash must equal the digest, so no separate syntax check of
 * the hex fields is needed. `rec` is decoded only for checkpoints, the only entries whose content
 * verification reads.
 */
export function parseEntryBytes(buf: Buffer, start: number, end: number): ParsedLine | null {
  if (end - start < 160 || buf[end - 1] !== 0x7d) return null;
  if (!at(buf, start, PREFIX) || !at(buf, start + 73, KIND)) return null;
  let kindEnd = start + 83;
  while (kindEnd < start + 124 && ((buf[kindEnd]! >= 0x61 && buf[kindEnd]! <= 0x7a) || buf[kindEnd] === 0x2e)) kindEnd++;
  if (kindEnd === start + 83 || buf[kindEnd] !== 0x22) return null;
  const p = kindEnd;
  if (!at(buf, p + 1, PREV) || !at(buf, p + 74, REC)) return null;
  const recStart = p + 82;
  let d = end - 1;
  while (d > recStart && buf[d - 1]! >= 0x30 && buf[d - 1]! <= 0x39) d--;
  const digits = end - 1 - d;
  if (digits < 1 || digits > 15 || buf[d] === 0x30) return null;
  const recEnd = d - 7;
  if (recEnd <= recStart || !at(buf, recEnd, SEQ) || buf[recStart] !== 0x7b || buf[recEnd - 1] !== 0x7d) return null;
  let seq = 0;
  for (let i = d; i < end - 1; i++) seq = seq * 10 + (buf[i]! - 0x30);
  const hash = buf.toString("latin1", start + 9, start + 73);
  const saved = buf[start + 74]!;
  buf[start + 74] = 0x7b;
  const digest = typeof oneShotHash === "function"
    ? oneShotHash("sha256", buf.subarray(start + 74, end), "hex")
    : createHash("sha256").update(buf.subarray(start + 74, end)).digest("hex");
  buf[start + 74] = saved;
  const kind = buf.toString("latin1", start + 83, kindEnd);
  const prev = buf.toString("latin1", p + 10, p + 74);
  const rec = kind === "checkpoint" ? buf.toString("utf8", recStart, recEnd) : "";
  return { hash, kind, prev, rec, seq, hashOk: digest === hash };
}
