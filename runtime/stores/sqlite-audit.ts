// The audit chain in the embedded store, kept in blocks (see audit-blocks.ts): a transaction of n
// entries writes ceil(n / BLOCK_ENTRIES) rows. A session's entries are found through small
// (session, first_seq) rows, each covering the blocks that start in the SESSION_WINDOW sequence
// numbers from it: a connection adds one only when its own last row for that session no longer
// covers the new block, so a busy session costs an index row every few hundred entries rather
// than one per commit (index rows of random session ids touched a page each, ≈ 40% of a commit).
import type Database from "better-sqlite3";
import { GENESIS_HASH, type ChainTail, type StoredEntry } from "../audit/chain.js";
import type { PublicKeyInfo } from "../audit/keys.js";
import { decodeBlock, encodeBlocks, type EncodedBlock } from "./audit-blocks.js";
import { appendRecordsByBatch, type QueuedRecord } from "../audit/chain-builder.js";
import type { StoreWriterThread } from "./sqlite-writer.js";
import type { AppendedRecords, AuditStore, ChainSettings } from "./types.js";

interface BlockRow { first_seq: number; last_seq: number; data: string }

/** Blocks read per query while paging. */
const BLOCK_PAGE = 64;
/** Sequence numbers an index row (session, first_seq) covers: blocks starting in [first_seq, first_seq + SESSION_WINDOW). */
export const SESSION_WINDOW = 256;
/** Sessions whose last index row a connection remembers; past it, it forgets them all (and writes a row more). */
const REMEMBERED_SESSIONS = 4096;

export class SqliteAuditStore implements AuditStore {
  private readonly insertBlock;
  private readonly insertSession;
  private readonly tailStmt;
  private readonly pageStmt;
  private readonly containingStmt;
  private readonly append;
  /** Per session, the first_seq of the last index row this connection committed. */
  private readonly lastIndexed = new Map<string, number>();

  /**
   * `inlineWhenIdle`: a batch of at most this many records is committed on this thread when the
   * writer thread has nothing in flight. Waking an idle thread and waiting for its answer took
   * longer than the commit itself (one client: ≈ 0.3 ms of a 0.5 ms commit), while a busy writer
   * thread still takes every batch, so order is kept. 0 (for durability "full", whose fsync must
   * not stall this thread) sends every batch to the writer.
   */
  constructor(private readonly db: Database.Database, private readonly writer: StoreWriterThread | null = null, private readonly inlineWhenIdle = 0) {
    this.insertBlock = db.prepare("INSERT INTO audit_blocks (first_seq, last_seq, last_hash, at_min, at_max, data) VALUES (?, ?, ?, ?, ?, ?)");
    this.insertSession = db.prepare("INSERT OR IGNORE INTO audit_block_sessions (session_id, first_seq) VALUES (?, ?)");
    this.tailStmt = db.prepare("SELECT last_seq, last_hash FROM audit_blocks ORDER BY first_seq DESC LIMIT 1");
    this.pageStmt = db.prepare("SELECT first_seq, last_seq, data FROM audit_blocks WHERE first_seq >= ? AND first_seq <= ? ORDER BY first_seq LIMIT ?");
    this.containingStmt = db.prepare("SELECT first_seq, last_seq, data FROM audit_blocks WHERE first_seq <= ? ORDER BY first_seq DESC LIMIT 1");
    this.append = db.transaction((build: (tail: ChainTail) => StoredEntry[], indexed: Map<string, number>) => {
      const entries = build(this.readTail());
      if (entries.length > 0) for (const b of encodeBlocks(entries)) this.write(b, indexed);
      return entries;
    });
  }

  /** Moves entries kept one row each (the layout before blocks) into blocks, once, in one transaction. */
  static migrate(db: Database.Database): void {
    const has = () => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_entries'").get() !== undefined;
    if (!has()) return;
    db.transaction(() => {
      if (!has()) return;
      const store = new SqliteAuditStore(db);
      const indexed = new Map<string, number>();
      const page = db.prepare("SELECT seq, prev, hash, kind, at, session_id AS sessionId, rec FROM audit_entries WHERE seq > ? ORDER BY seq LIMIT 10000");
      let after = store.readTail().seq;
      for (;;) {
        const rows = page.all(after) as StoredEntry[];
        if (rows.length === 0) break;
        for (const b of encodeBlocks(rows)) store.write(b, indexed);
        after = rows[rows.length - 1]!.seq;
      }
      db.exec("DROP TABLE audit_entries");
    }).immediate();
  }

  /** `indexed`: index rows written in this transaction so far, remembered once it commits. */
  private write(b: EncodedBlock, indexed: Map<string, number>): void {
    this.insertBlock.run(b.firstSeq, b.lastSeq, b.lastHash, b.atMin, b.atMax, b.data);
    for (const s of b.sessions) {
      const from = indexed.get(s) ?? this.lastIndexed.get(s);
      if (from !== undefined && b.firstSeq >= from && b.firstSeq < from + SESSION_WINDOW) continue;
      this.insertSession.run(s, b.firstSeq);
      indexed.set(s, b.firstSeq);
    }
  }

  private readTail(): ChainTail {
    const r = this.tailStmt.get() as { last_seq: number; last_hash: string } | undefined;
    return r ? { seq: r.last_seq, hash: r.last_hash } : { seq: 0, hash: GENESIS_HASH };
  }

  async appendBatch(build: (tail: ChainTail) => StoredEntry[]): Promise<StoredEntry[]> {
    // IMMEDIATE takes the write lock before reading the tail, so two writers cannot fork the chain.
    const indexed = new Map<string, number>();
    const entries = this.append.immediate(build, indexed);
    // Only committed rows may cover later blocks: a transaction that failed left none.
    if (this.lastIndexed.size + indexed.size > REMEMBERED_SESSIONS) this.lastIndexed.clear();
    for (const [session, from] of indexed) this.lastIndexed.set(session, from);
    return entries;
  }

  async appendRecords(records: QueuedRecord[], chain: ChainSettings): Promise<AppendedRecords> {
    const w = this.writer;
    if (w?.usable && !(records.length <= this.inlineWhenIdle && w.idle)) return w.append(records, chain);
    return appendRecordsByBatch(this, records, chain);
  }

  async tail(): Promise<ChainTail> {
    return this.readTail();
  }

  async *entries(fromSeq: number, toSeq: number, pageSize = 10_000): AsyncIterable<StoredEntry[]> {
    const first = this.containingStmt.get(fromSeq) as BlockRow | undefined;
    let nextBlock = first && first.last_seq >= fromSeq ? first.first_seq : fromSeq;
    let page: StoredEntry[] = [];
    for (;;) {
      const rows = this.pageStmt.all(nextBlock, toSeq, BLOCK_PAGE) as BlockRow[];
      if (rows.length === 0) break;
      for (const r of rows) {
        for (const e of decodeBlock(r.data)) {
          if (e.seq >= fromSeq && e.seq <= toSeq) page.push(e);
          else if (e.seq < 0) page.push(e); // undecodable: let the reader see (and refuse) it
        }
        if (page.length >= pageSize) {
          yield page;
          page = [];
        }
      }
      nextBlock = rows[rows.length - 1]!.first_seq + 1;
    }
    if (page.length > 0) yield page;
  }

  async entry(seq: number): Promise<StoredEntry | null> {
    const r = this.containingStmt.get(seq) as BlockRow | undefined;
    if (!r || r.last_seq < seq) return null;
    return decodeBlock(r.data).find((e) => e.seq === seq) ?? null;
  }

  async seqRange(from?: string, to?: string): Promise<{ first: number; last: number } | null> {
    // Candidate blocks overlap [from, to] by their time bounds; timestamps need not be ordered
    // within or across blocks (records may carry their own time), so entries are checked one by one.
    const inRange = (at: string) => (from === undefined || at >= from) && (to === undefined || at <= to);
    const scan = (order: "ASC" | "DESC"): number | null => {
      const stmt = this.db.prepare(
        `SELECT first_seq, last_seq, data FROM audit_blocks WHERE (? IS NULL OR at_max >= ?) AND (? IS NULL OR at_min <= ?)
         AND first_seq ${order === "ASC" ? ">" : "<"} ? ORDER BY first_seq ${order} LIMIT ${BLOCK_PAGE}`);
      let cursor = order === "ASC" ? 0 : Number.MAX_SAFE_INTEGER;
      for (;;) {
        const rows = stmt.all(from ?? null, from ?? null, to ?? null, to ?? null, cursor) as BlockRow[];
        if (rows.length === 0) return null;
        for (const r of rows) {
          const hits = decodeBlock(r.data).filter((e) => inRange(e.at)).map((e) => e.seq);
          if (hits.length > 0) return order === "ASC" ? Math.min(...hits) : Math.max(...hits);
        }
        cursor = rows[rows.length - 1]!.first_seq;
      }
    };
    const first = scan("ASC");
    const last = first === null ? null : scan("DESC");
    return first === null || last === null ? null : { first, last };
  }

  async sessionEntries(sessionId: string): Promise<StoredEntry[]> {
    const rows = this.db.prepare(
      `SELECT first_seq, last_seq, data FROM audit_blocks WHERE first_seq IN (
         SELECT b.first_seq FROM audit_block_sessions s JOIN audit_blocks b ON b.first_seq >= s.first_seq AND b.first_seq < s.first_seq + ?
         WHERE s.session_id = ?) ORDER BY first_seq`).all(SESSION_WINDOW, sessionId) as BlockRow[];
    return rows.flatMap((r) => decodeBlock(r.data).filter((e) => e.sessionId === sessionId));
  }

  async registerKey(key: PublicKeyInfo): Promise<void> {
    this.db.prepare("INSERT OR IGNORE INTO audit_keys (key_id, public_key, created_at) VALUES (?, ?, ?)").run(key.keyId, key.publicKey, new Date().toISOString());
  }

  async keys(): Promise<PublicKeyInfo[]> {
    return (this.db.prepare("SELECT key_id, public_key FROM audit_keys ORDER BY created_at, key_id").all() as { key_id: string; public_key: string }[])
      .map((r) => ({ keyId: r.key_id, publicKey: r.public_key }));
  }
}
