// Reads the entries of a JSONL export back (for reports built from an export rather than the store).
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parseEntryLine, type StoredEntry } from "./chain.js";

export async function* exportEntries(file: string): AsyncIterable<StoredEntry> {
  const rl = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of rl) {
    const e = parseEntryLine(line);
    if (!e) continue;
    let at = "";
    let sessionId: string | null = null;
    try {
      const r = JSON.parse(e.rec) as { at?: string; sessionId?: string | null };
      at = r.at ?? "";
      sessionId = r.sessionId ?? null;
    } catch {
      continue;
    }
    yield { seq: e.seq, prev: e.prev, hash: e.hash, kind: e.kind, at, sessionId, rec: e.rec };
  }
}
