// The embedded store keeps the audit chain in blocks: one row per run of consecutive entries
// written in one transaction, instead of one row per entry. Under load a group commit holds
// thousands of records, and a row (with its index entries) per record cost more than hashing and
// encoding them; a block costs one row. Blocks stay small enough (BLOCK_ENTRIES) that reading one
// entry or one session's entries does not drag in megabytes.
//
// A block's text is one line per entry: `<at>\t<session>\t<export line>`, where the export line is
// the canonical JSON of the entry ({"hash",…,"seq"}; see chain.ts) and <session> is the session id
// as a JSON string, or empty for none. Canonical JSON and JSON strings escape tabs and newlines, so
// the separators cannot occur inside a field. `at` and the session sit outside the hashed bytes,
// exactly as the per-entry columns of the PostgreSQL store do; the verifier reads only the hashed
// fields, and a block edited into nonsense decodes into entries that fail verification.
import { entryLine, splitEntryLine, type StoredEntry } from "../audit/chain.js";

export const BLOCK_ENTRIES = 256;

export interface EncodedBlock {
  firstSeq: number;
  lastSeq: number;
  lastHash: string;
  atMin: string;
  atMax: string;
  sessions: string[];
  data: string;
}

/** Encodes consecutive entries (at most BLOCK_ENTRIES, at least one) as one block. */
export function encodeBlock(entries: readonly StoredEntry[], from = 0, to = entries.length): EncodedBlock {
  const first = entries[from]!;
  const last = entries[to - 1]!;
  let atMin = first.at;
  let atMax = first.at;
  const sessions = new Set<string>();
  const lines: string[] = new Array<string>(to - from);
  for (let i = from; i < to; i++) {
    const e = entries[i]!;
    if (e.at < atMin) atMin = e.at;
    if (e.at > atMax) atMax = e.at;
    if (e.sessionId !== null) sessions.add(e.sessionId);
    lines[i - from] = `${e.at}\t${e.sessionId === null ? "" : JSON.stringify(e.sessionId)}\t${entryLine(e)}`;
  }
  return { firstSeq: first.seq, lastSeq: last.seq, lastHash: last.hash, atMin, atMax, sessions: [...sessions], data: lines.join("\n") };
}

/** Splits entries into blocks of at most BLOCK_ENTRIES. */
export function encodeBlocks(entries: readonly StoredEntry[]): EncodedBlock[] {
  const out: EncodedBlock[] = [];
  for (let i = 0; i < entries.length; i += BLOCK_ENTRIES) out.push(encodeBlock(entries, i, Math.min(entries.length, i + BLOCK_ENTRIES)));
  return out;
}

/** Decodes a block's text; a line that does not have the entry shape comes back as an entry that cannot verify. */
export function decodeBlock(data: string): StoredEntry[] {
  const out: StoredEntry[] = [];
  let start = 0;
  while (start <= data.length) {
    let end = data.indexOf("\n", start);
    if (end < 0) end = data.length;
    out.push(decodeLine(data.slice(start, end)));
    start = end + 1;
  }
  return out;
}

function decodeLine(text: string): StoredEntry {
  const t1 = text.indexOf("\t");
  const t2 = t1 < 0 ? -1 : text.indexOf("\t", t1 + 1);
  if (t2 < 0) return unreadable(text);
  const at = text.slice(0, t1);
  let sessionId: string | null = null;
  if (t2 > t1 + 1) {
    try {
      const s: unknown = JSON.parse(text.slice(t1 + 1, t2));
      if (typeof s !== "string") return unreadable(text);
      sessionId = s;
    } catch {
      return unreadable(text);
    }
  }
  const e = splitEntryLine(text.slice(t2 + 1));
  return e ? { ...e, at, sessionId } : unreadable(text);
}

function unreadable(text: string): StoredEntry {
  return { seq: -1, prev: "", hash: "", kind: "unreadable", at: "", sessionId: null, rec: JSON.stringify(text) };
}
