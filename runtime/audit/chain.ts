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

/** Parses an entry line strictly; null when it is not an entry in canonical form. */
export function parseEntryLine(line: string): ParsedLine | null {
  const m = LINE.exec(line);
  if (!m) return null;
  const seq = Number(m[5]);
  if (!Number.isSafeInteger(seq)) return null;
  const hashOk = sha256hex("{" + line.slice(75)) === m[1];
  return { hash: m[1]!, kind: m[2]!, prev: m[3]!, rec: m[4]!, seq, hashOk };
}
