// The embedded store: one SQLite file under the state directory, in WAL mode. Durability "os"
// (synchronous=NORMAL) hands every committed batch to the OS before returning, so it survives a
// crash of the gateway process; "full" (synchronous=FULL) also fsyncs it, so it survives power
// loss. Writers from several processes (the gateway and a CLI) serialise on SQLite's write lock,
// and the chain tail is read inside it.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { ChainTail, StoredEntry } from "../audit/chain.js";
import { GENESIS_HASH } from "../audit/chain.js";
import type { PublicKeyInfo } from "../audit/keys.js";
import type { ApprovalStatus } from "../audit/records.js";
import { DEFAULT_DURABILITY, StoreError, type StoreDurability, type Approval, type ApprovalStore, type AuditStore, type RecordingEvent, type RecordingStore, type StateStore } from "./types.js";

export const SQLITE_FILE = "state.sqlite";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_entries (
  seq INTEGER PRIMARY KEY, prev TEXT NOT NULL, hash TEXT NOT NULL, kind TEXT NOT NULL,
  at TEXT NOT NULL, session_id TEXT, rec TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS audit_entries_at ON audit_entries(at);
CREATE INDEX IF NOT EXISTS audit_entries_session ON audit_entries(session_id) WHERE session_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS audit_keys (key_id TEXT PRIMARY KEY, public_key TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS approvals (
  id TEXT PRIMARY KEY, key TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL,
  version INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS approvals_key ON approvals(key);
CREATE INDEX IF NOT EXISTS approvals_status ON approvals(status);
CREATE TABLE IF NOT EXISTS recording_events (
  session_id TEXT NOT NULL, n INTEGER NOT NULL, at TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (session_id, n));
`;

interface EntryRow { seq: number; prev: string; hash: string; kind: string; at: string; session_id: string | null; rec: string }

const toEntry = (r: EntryRow): StoredEntry => ({ seq: r.seq, prev: r.prev, hash: r.hash, kind: r.kind, at: r.at, sessionId: r.session_id, rec: r.rec });

export class SqliteStateStore implements StateStore {
  readonly kind = "sqlite" as const;
  readonly audit: AuditStore;
  readonly approvals: ApprovalStore;
  readonly recordings: RecordingStore;
  readonly file: string;
  private readonly db: Database.Database;

  /** Opens (creating if needed) `<stateDir>/state.sqlite`. */
  static open(stateDir: string, opts: { readonly?: boolean; durability?: StoreDurability } = {}): SqliteStateStore {
    const durability = opts.durability ?? DEFAULT_DURABILITY;
    if (durability !== "full" && durability !== "os") throw new StoreError(`unknown durability ${JSON.stringify(durability)} (full or os)`);
    try {
      mkdirSync(stateDir, { recursive: true, mode: 0o700 });
      return new SqliteStateStore(join(stateDir, SQLITE_FILE), opts.readonly ?? false, durability);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw new StoreError(`cannot open the state store in ${stateDir}: ${(e as Error).message}`);
    }
  }

  private constructor(file: string, readonly: boolean, readonly durability: StoreDurability) {
    this.file = file;
    this.db = new Database(file, { readonly, fileMustExist: readonly });
    this.db.pragma("busy_timeout = 10000");
    if (!readonly) {
      this.db.pragma("journal_mode = WAL");
      // In WAL mode NORMAL still writes each commit to the WAL file before returning (no fsync).
      this.db.pragma(`synchronous = ${durability === "full" ? "FULL" : "NORMAL"}`);
      this.db.exec(SCHEMA);
    }
    this.audit = new SqliteAuditStore(this.db);
    this.approvals = new SqliteApprovalStore(this.db);
    this.recordings = new SqliteRecordingStore(this.db);
  }

  /** SQLite's synchronous setting on this connection as SQLite reports it (1 NORMAL, 2 FULL). */
  get synchronous(): number {
    return this.db.pragma("synchronous", { simple: true }) as number;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

class SqliteAuditStore implements AuditStore {
  private readonly insert;
  private readonly tailStmt;
  private readonly append;
  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare("INSERT INTO audit_entries (seq, prev, hash, kind, at, session_id, rec) VALUES (?, ?, ?, ?, ?, ?, ?)");
    this.tailStmt = db.prepare("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1");
    this.append = db.transaction((build: (tail: ChainTail) => StoredEntry[]) => {
      const entries = build(this.readTail());
      for (const e of entries) this.insert.run(e.seq, e.prev, e.hash, e.kind, e.at, e.sessionId, e.rec);
      return entries;
    });
  }

  private readTail(): ChainTail {
    const r = this.tailStmt.get() as { seq: number; hash: string } | undefined;
    return r ? { seq: r.seq, hash: r.hash } : { seq: 0, hash: GENESIS_HASH };
  }

  async appendBatch(build: (tail: ChainTail) => StoredEntry[]): Promise<StoredEntry[]> {
    // IMMEDIATE takes the write lock before reading the tail, so two writers cannot fork the chain.
    return this.append.immediate(build);
  }

  async tail(): Promise<ChainTail> {
    return this.readTail();
  }

  async *entries(fromSeq: number, toSeq: number, pageSize = 10_000): AsyncIterable<StoredEntry[]> {
    const page = this.db.prepare("SELECT * FROM audit_entries WHERE seq >= ? AND seq <= ? ORDER BY seq LIMIT ?");
    let next = fromSeq;
    while (next <= toSeq) {
      const rows = page.all(next, toSeq, pageSize) as EntryRow[];
      if (rows.length === 0) return;
      yield rows.map(toEntry);
      next = rows[rows.length - 1]!.seq + 1;
    }
  }

  async entry(seq: number): Promise<StoredEntry | null> {
    const r = this.db.prepare("SELECT * FROM audit_entries WHERE seq = ?").get(seq) as EntryRow | undefined;
    return r ? toEntry(r) : null;
  }

  async seqRange(from?: string, to?: string): Promise<{ first: number; last: number } | null> {
    const r = this.db
      .prepare("SELECT min(seq) AS first, max(seq) AS last FROM audit_entries WHERE (? IS NULL OR at >= ?) AND (? IS NULL OR at <= ?)")
      .get(from ?? null, from ?? null, to ?? null, to ?? null) as { first: number | null; last: number | null };
    return r.first === null || r.last === null ? null : { first: r.first, last: r.last };
  }

  async sessionEntries(sessionId: string): Promise<StoredEntry[]> {
    return (this.db.prepare("SELECT * FROM audit_entries WHERE session_id = ? ORDER BY seq").all(sessionId) as EntryRow[]).map(toEntry);
  }

  async registerKey(key: PublicKeyInfo): Promise<void> {
    this.db.prepare("INSERT OR IGNORE INTO audit_keys (key_id, public_key, created_at) VALUES (?, ?, ?)").run(key.keyId, key.publicKey, new Date().toISOString());
  }

  async keys(): Promise<PublicKeyInfo[]> {
    return (this.db.prepare("SELECT key_id, public_key FROM audit_keys ORDER BY created_at, key_id").all() as { key_id: string; public_key: string }[])
      .map((r) => ({ keyId: r.key_id, publicKey: r.public_key }));
  }
}

class SqliteApprovalStore implements ApprovalStore {
  constructor(private readonly db: Database.Database) {}

  async insert(a: Approval): Promise<void> {
    this.db.prepare("INSERT INTO approvals (id, key, status, created_at, version, data) VALUES (?, ?, ?, ?, ?, ?)")
      .run(a.id, a.key, a.status, a.createdAt, a.version, JSON.stringify(a));
  }

  async get(id: string): Promise<Approval | null> {
    const r = this.db.prepare("SELECT data FROM approvals WHERE id = ?").get(id) as { data: string } | undefined;
    return r ? (JSON.parse(r.data) as Approval) : null;
  }

  async byKey(key: string): Promise<Approval[]> {
    return (this.db.prepare("SELECT data FROM approvals WHERE key = ? ORDER BY created_at DESC, id DESC").all(key) as { data: string }[])
      .map((r) => JSON.parse(r.data) as Approval);
  }

  async list(filter: { status?: ApprovalStatus[]; limit?: number } = {}): Promise<Approval[]> {
    const statuses = filter.status ?? [];
    const where = statuses.length ? `WHERE status IN (${statuses.map(() => "?").join(",")})` : "";
    return (this.db.prepare(`SELECT data FROM approvals ${where} ORDER BY created_at DESC, id DESC LIMIT ?`)
      .all(...statuses, filter.limit ?? 1000) as { data: string }[]).map((r) => JSON.parse(r.data) as Approval);
  }

  async update(a: Approval, expectedVersion: number): Promise<boolean> {
    const next = { ...a, version: expectedVersion + 1 };
    const r = this.db.prepare("UPDATE approvals SET status = ?, version = ?, data = ? WHERE id = ? AND version = ?")
      .run(next.status, next.version, JSON.stringify(next), a.id, expectedVersion);
    return r.changes === 1;
  }
}

class SqliteRecordingStore implements RecordingStore {
  constructor(private readonly db: Database.Database) {}

  async append(events: RecordingEvent[]): Promise<void> {
    const ins = this.db.prepare("INSERT INTO recording_events (session_id, n, at, kind, data) VALUES (?, ?, ?, ?, ?)");
    this.db.transaction(() => {
      for (const e of events) ins.run(e.sessionId, e.n, e.at, e.kind, JSON.stringify(e.data));
    })();
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
