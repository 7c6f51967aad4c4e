// The embedded store: one SQLite file under the state directory, in WAL mode. Durability "os"
// (synchronous=NORMAL) hands every committed batch to the OS before returning, so it survives a
// crash of the gateway process; "full" (synchronous=FULL) also fsyncs it, so it survives power
// loss. Writers from several processes (the gateway and a CLI) serialise on SQLite's write lock,
// and the chain tail is read inside it.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { ApprovalStatus } from "../audit/records.js";
import { SqliteAuditStore } from "./sqlite-audit.js";
import { StoreWriterThread } from "./sqlite-writer.js";
import { configureWriter, WRITER_CHECKPOINT_PAGES } from "./sqlite-pragmas.js";
import { SqliteRecordingStore } from "./sqlite-recordings.js";
import { DEFAULT_DURABILITY, StoreError, type StoreDurability, type Approval, type ApprovalStore, type AuditStore, type RecordingStore, type StateStore } from "./types.js";

export const SQLITE_FILE = "state.sqlite";
/** Most records of a batch committed on the caller's thread while the writer thread is idle (durability "os"). */
const INLINE_BATCH = 16;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_blocks (
  first_seq INTEGER PRIMARY KEY, last_seq INTEGER NOT NULL, last_hash TEXT NOT NULL,
  at_min TEXT NOT NULL, at_max TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS audit_blocks_at ON audit_blocks(at_max, at_min);
CREATE TABLE IF NOT EXISTS audit_block_sessions (
  session_id TEXT NOT NULL, first_seq INTEGER NOT NULL, PRIMARY KEY (session_id, first_seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS audit_keys (key_id TEXT PRIMARY KEY, public_key TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS approvals (
  id TEXT PRIMARY KEY, key TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL,
  version INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS approvals_key ON approvals(key);
CREATE INDEX IF NOT EXISTS approvals_status ON approvals(status);
CREATE TABLE IF NOT EXISTS recording_blocks (
  session_id TEXT NOT NULL, first_n INTEGER NOT NULL, last_n INTEGER NOT NULL, events INTEGER NOT NULL,
  first_at TEXT NOT NULL, last_at TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (session_id, first_n));
-- Recordings before blocks, one row per event: still read, no longer written.
CREATE TABLE IF NOT EXISTS recording_events (
  session_id TEXT NOT NULL, n INTEGER NOT NULL, at TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (session_id, n));
`;

export class SqliteStateStore implements StateStore {
  readonly kind = "sqlite" as const;
  readonly audit: AuditStore;
  readonly approvals: ApprovalStore;
  readonly recordings: RecordingStore;
  readonly file: string;
  private readonly db: Database.Database;
  private readonly writer: StoreWriterThread | null = null;

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
    if (readonly) {
      this.db.pragma("busy_timeout = 10000");
    } else {
      configureWriter(this.db, durability);
      this.db.exec(SCHEMA);
      SqliteAuditStore.migrate(this.db);
      this.writer = StoreWriterThread.available(file, durability);
      // With a writer thread, its connection folds the WAL back into the file (SQLite's automatic
      // checkpoint runs in the connection whose commit crossed the limit): a checkpoint copies
      // thousands of pages and fsyncs the file (with either durability), which must not stall this thread.
      // A limit ten times higher here still bounds the WAL if the thread commits nothing.
      if (this.writer) this.db.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES * 10}`);
    }
    this.audit = new SqliteAuditStore(this.db, this.writer, durability === "os" ? INLINE_BATCH : 0);
    this.approvals = new SqliteApprovalStore(this.db);
    this.recordings = new SqliteRecordingStore(this.db, this.writer);
  }

  /** Whether audit batches are chained and committed on the writer thread (small ones still on this thread when it is idle); false: all on this thread. */
  get auditOnWriterThread(): boolean {
    return this.writer?.usable ?? false;
  }

  /** SQLite's synchronous setting on this connection as SQLite reports it (1 NORMAL, 2 FULL). */
  get synchronous(): number {
    return this.db.pragma("synchronous", { simple: true }) as number;
  }

  async close(): Promise<void> {
    await this.writer?.close();
    if (this.db.open) this.db.close();
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
