// Session recordings in the embedded store: one row per event, data as JSON. Rows are encoded on
// the caller's thread and written by the store's writer thread when it runs.
import type Database from "better-sqlite3";
import type { StoreWriterThread, RecordingRow } from "./sqlite-writer.js";
import type { RecordingEvent, RecordingStore } from "./types.js";

const inserts = new WeakMap<Database.Database, (rows: RecordingRow[]) => void>();

/** Inserts recording rows in one transaction on `db`. */
export function writeRecordingRows(db: Database.Database, rows: RecordingRow[]): void {
  let write = inserts.get(db);
  if (!write) {
    const ins = db.prepare("INSERT INTO recording_events (session_id, n, at, kind, data) VALUES (?, ?, ?, ?, ?)");
    write = db.transaction((rs: RecordingRow[]) => {
      for (const r of rs) ins.run(r[0], r[1], r[2], r[3], r[4]);
    });
    inserts.set(db, write);
  }
  write(rows);
}

export class SqliteRecordingStore implements RecordingStore {
  constructor(private readonly db: Database.Database, private readonly writer: StoreWriterThread | null = null) {}

  async append(events: RecordingEvent[]): Promise<void> {
    const rows = events.map((e): RecordingRow => [e.sessionId, e.n, e.at, e.kind, JSON.stringify(e.data)]);
    if (this.writer?.usable) await this.writer.writeRecordings(rows);
    else writeRecordingRows(this.db, rows);
  }

  async events(sessionId: string): Promise<RecordingEvent[]> {
    return (this.db.prepare("SELECT * FROM recording_events WHERE session_id = ? ORDER BY n").all(sessionId) as
      { session_id: string; n: number; at: string; kind: RecordingEvent["kind"]; data: string }[])
      .map((r) => ({ sessionId: r.session_id, n: r.n, at: r.at, kind: r.kind, data: JSON.parse(r.data) as Record<string, unknown> }));
  }

  async lastN(sessionId: string): Promise<number> {
    const r = this.db.prepare("SELECT max(n) AS n FROM recording_events WHERE session_id = ?").get(sessionId) as { n: number | null };
    return r.n ?? 0;
  }

  async sessions(limit = 1000): Promise<{ sessionId: string; events: number; firstAt: string; lastAt: string }[]> {
    return (this.db.prepare(
      "SELECT session_id, count(*) AS events, min(at) AS first_at, max(at) AS last_at FROM recording_events GROUP BY session_id ORDER BY min(at) DESC LIMIT ?",
    ).all(limit) as { session_id: string; events: number; first_at: string; last_at: string }[])
      .map((r) => ({ sessionId: r.session_id, events: r.events, firstAt: r.first_at, lastAt: r.last_at }));
  }
}
