// Session recordings in the embedded store. A write keeps each session's events of one batch as
// one block row (their JSON in one text), so a statement's four events cost a share of one insert
// rather than four rows and their index entries; reading a session decodes its blocks. Blocks are
// encoded on the caller's thread and written by the store's writer thread when it runs. State
// files from before blocks keep their one-row-per-event table, read alongside.
import type Database from "better-sqlite3";
import type { StoreWriterThread } from "./sqlite-writer.js";
import { eventDataJson } from "./recording-json.js";
import { StoreError, type RecordingEvent, type RecordingStore } from "./types.js";

/** The events of one session from one write, as stored. */
export type RecordingBlock = [sessionId: string, firstN: number, lastN: number, events: number, firstAt: string, lastAt: string, data: string];

/** Groups events by session into blocks; numbers must rise within a session (a repeat is refused). */
export function encodeRecordingBlocks(events: readonly RecordingEvent[]): RecordingBlock[] {
  const bySession = new Map<string, RecordingEvent[]>();
  for (const e of events) {
    const list = bySession.get(e.sessionId);
    if (list) list.push(e);
    else bySession.set(e.sessionId, [e]);
  }
  const blocks: RecordingBlock[] = [];
  for (const [sessionId, list] of bySession) {
    let firstAt = list[0]!.at;
    let lastAt = firstAt;
    const parts: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (!Number.isSafeInteger(e.n) || (i > 0 && e.n <= list[i - 1]!.n)) throw new StoreError(`recording event ${e.n} of session ${sessionId} is out of order`);
      if (e.at < firstAt) firstAt = e.at;
      if (e.at > lastAt) lastAt = e.at;
      parts.push(`[${e.n},${JSON.stringify(e.at)},${JSON.stringify(e.kind)},${eventDataJson(e)}]`);
    }
    blocks.push([sessionId, list[0]!.n, list[list.length - 1]!.n, list.length, firstAt, lastAt, `[${parts.join(",")}]`]);
  }
  return blocks;
}

function decodeRecordingBlock(sessionId: string, data: string): RecordingEvent[] {
  return (JSON.parse(data) as [number, string, RecordingEvent["kind"], Record<string, unknown>][])
    .map(([n, at, kind, d]) => ({ sessionId, n, at, kind, data: d }));
}

/** The last event number stored for a session, in blocks (whose numbers rise with first_n) or in the per-event table. */
const LAST_N = `SELECT max(coalesce((SELECT last_n FROM recording_blocks WHERE session_id = @s ORDER BY first_n DESC LIMIT 1), 0),
  coalesce((SELECT max(n) FROM recording_events WHERE session_id = @s), 0))`;

const writers = new WeakMap<Database.Database, Database.Transaction<(blocks: RecordingBlock[]) => void>>();

/** Inserts recording blocks in one transaction on `db`; a block that does not follow its session's last event is refused. */
export function writeRecordingBlocks(db: Database.Database, blocks: RecordingBlock[]): void {
  let write = writers.get(db);
  if (!write) {
    const last = db.prepare(LAST_N).pluck();
    const ins = db.prepare("INSERT INTO recording_blocks (session_id, first_n, last_n, events, first_at, last_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)");
    write = db.transaction((bs: RecordingBlock[]) => {
      for (const b of bs) {
        if (b[1] <= (last.get({ s: b[0] }) as number)) throw new StoreError(`recording event ${b[1]} of session ${b[0]} is already stored`);
        ins.run(...b);
      }
    });
    writers.set(db, write);
  }
  // IMMEDIATE takes the write lock before the last-number check: a deferred transaction that read
  // first fails at once (SQLITE_BUSY, no busy wait) when another process committed in between.
  write.immediate(blocks);
}

export class SqliteRecordingStore implements RecordingStore {
  /** False for a state file from before blocks opened read-only (it has only the per-event table). */
  private readonly hasBlocks: boolean;

  constructor(private readonly db: Database.Database, private readonly writer: StoreWriterThread | null = null) {
    this.hasBlocks = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'recording_blocks'").get() !== undefined;
  }

  async append(events: RecordingEvent[]): Promise<void> {
    const blocks = encodeRecordingBlocks(events);
    if (this.writer?.usable) await this.writer.writeRecordings(blocks);
    else writeRecordingBlocks(this.db, blocks);
  }

  async events(sessionId: string): Promise<RecordingEvent[]> {
    const legacy = (this.db.prepare("SELECT * FROM recording_events WHERE session_id = ? ORDER BY n").all(sessionId) as
      { session_id: string; n: number; at: string; kind: RecordingEvent["kind"]; data: string }[])
      .map((r): RecordingEvent => ({ sessionId: r.session_id, n: r.n, at: r.at, kind: r.kind, data: JSON.parse(r.data) as Record<string, unknown> }));
    const blocks = !this.hasBlocks ? [] : (this.db.prepare("SELECT data FROM recording_blocks WHERE session_id = ? ORDER BY first_n").pluck().all(sessionId) as string[])
      .flatMap((d) => decodeRecordingBlock(sessionId, d));
    return legacy.length ? [...legacy, ...blocks].sort((a, b) => a.n - b.n) : blocks;
  }

  async lastN(sessionId: string): Promise<number> {
    if (!this.hasBlocks) return (this.db.prepare("SELECT coalesce(max(n), 0) FROM recording_events WHERE session_id = ?").pluck().get(sessionId) as number);
    return this.db.prepare(LAST_N).pluck().get({ s: sessionId }) as number;
  }

  async sessions(limit = 1000): Promise<{ sessionId: string; events: number; firstAt: string; lastAt: string }[]> {
    return (this.db.prepare(
      `SELECT session_id, sum(events) AS events, min(first_at) AS first_at, max(last_at) AS last_at FROM (
         ${this.hasBlocks ? "SELECT session_id, events, first_at, last_at FROM recording_blocks UNION ALL" : ""}
         SELECT session_id, count(*), min(at), max(at) FROM recording_events GROUP BY session_id)
       GROUP BY session_id ORDER BY min(first_at) DESC LIMIT ?`,
    ).all(limit) as { session_id: string; events: number; first_at: string; last_at: string }[])
      .map((r) => ({ sessionId: r.session_id, events: r.events, firstAt: r.first_at, lastAt: r.last_at }));
  }
}
