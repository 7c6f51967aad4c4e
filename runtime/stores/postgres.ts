// The shared store: PostgreSQL, for several gateway instances using one log and one approvals
// table. Appends serialise on a transaction-scoped advisory lock and read the chain tail under
// it, so the chain stays linear whichever instance writes; seq is also the primary key, so a
// fork is impossible even if the lock were bypassed. Tables live in their own schema.
import pg from "pg";
import type { ChainTail, StoredEntry } from "../audit/chain.js";
import { GENESIS_HASH } from "../audit/chain.js";
import type { PublicKeyInfo } from "../audit/keys.js";
import type { ApprovalStatus } from "../audit/records.js";
import { eventDataJson } from "./recording-json.js";
import { StoreError, type Approval, type ApprovalStore, type AuditStore, type RecordingEvent, type RecordingStore, type StateStore } from "./types.js";

export const PG_SCHEMA = "gateway_state";
/** Advisory lock keys (arbitrary constants, namespaced by the two-int form). */
const LOCK_NS = 0x686f6f70; // "hoop"
const LOCK_APPEND = 1;
const LOCK_MIGRATE = 2;

const S = PG_SCHEMA;
const SCHEMA = `
CREATE SCHEMA IF NOT EXISTS ${S};
CREATE TABLE IF NOT EXISTS ${S}.audit_entries (
  seq bigint PRIMARY KEY, prev text NOT NULL, hash text NOT NULL, kind text NOT NULL,
  at text NOT NULL, session_id text, rec text NOT NULL);
CREATE INDEX IF NOT EXISTS audit_entries_at ON ${S}.audit_entries(at);
CREATE INDEX IF NOT EXISTS audit_entries_session ON ${S}.audit_entries(session_id) WHERE session_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS ${S}.audit_keys (key_id text PRIMARY KEY, public_key text NOT NULL, created_at text NOT NULL);
CREATE TABLE IF NOT EXISTS ${S}.approvals (
  id text PRIMARY KEY, key text NOT NULL, status text NOT NULL, created_at text NOT NULL,
  version integer NOT NULL, data text NOT NULL);
CREATE INDEX IF NOT EXISTS approvals_key ON ${S}.approvals(key);
CREATE INDEX IF NOT EXISTS approvals_status ON ${S}.approvals(status);
CREATE TABLE IF NOT EXISTS ${S}.recording_events (
  session_id text NOT NULL, n integer NOT NULL, at text NOT NULL, kind text NOT NULL, data text NOT NULL,
  PRIMARY KEY (session_id, n));
`;

interface EntryRow { seq: string; prev: string; hash: string; kind: string; at: string; session_id: string | null; rec: string }
const toEntry = (r: EntryRow): StoredEntry => ({ seq: Number(r.seq), prev: r.prev, hash: r.hash, kind: r.kind, at: r.at, sessionId: r.session_id, rec: r.rec });

async function inTransaction<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    const r = await fn(c);
    await c.query("COMMIT");
    return r;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

export class PostgresStateStore implements StateStore {
  readonly kind = "postgres" as const;
  readonly audit: AuditStore;
  readonly approvals: ApprovalStore;
  readonly recordings: RecordingStore;

  static async open(url: string, opts: { max?: number } = {}): Promise<PostgresStateStore> {
    const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 4 });
    // A dropped idle connection must not crash the gateway; the next query reconnects.
    pool.on("error", () => undefined);
    try {
      await inTransaction(pool, async (c) => {
        await c.query("SELECT pg_advisory_xact_lock($1, $2)", [LOCK_NS, LOCK_MIGRATE]);
        await c.query(SCHEMA);
      });
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new StoreError(`cannot open the PostgreSQL state store: ${(e as Error).message}`);
    }
    return new PostgresStateStore(pool);
  }

  private constructor(private readonly pool: pg.Pool) {
    this.audit = new PgAuditStore(pool);
    this.approvals = new PgApprovalStore(pool);
    this.recordings = new PgRecordingStore(pool);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

class PgAuditStore implements AuditStore {
  constructor(private readonly pool: pg.Pool) {}

  async appendBatch(build: (tail: ChainTail) => StoredEntry[]): Promise<StoredEntry[]> {
    return inTransaction(this.pool, async (c) => {
      await c.query("SELECT pg_advisory_xact_lock($1, $2)", [LOCK_NS, LOCK_APPEND]);
      const entries = build(await this.readTail(c));
      if (entries.length) {
        await c.query(
          `INSERT INTO ${S}.audit_entries (seq, prev, hash, kind, at, session_id, rec)
           SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
          [entries.map((e) => e.seq), entries.map((e) => e.prev), entries.map((e) => e.hash), entries.map((e) => e.kind),
            entries.map((e) => e.at), entries.map((e) => e.sessionId), entries.map((e) => e.rec)],
        );
      }
      return entries;
    });
  }

  private async readTail(c: pg.PoolClient | pg.Pool): Promise<ChainTail> {
    const r = await c.query<{ seq: string; hash: string }>(`SELECT seq, hash FROM ${S}.audit_entries ORDER BY seq DESC LIMIT 1`);
    const row = r.rows[0];
    return row ? { seq: Number(row.seq), hash: row.hash } : { seq: 0, hash: GENESIS_HASH };
  }

  tail(): Promise<ChainTail> {
    return this.readTail(this.pool);
  }

  async *entries(fromSeq: number, toSeq: number, pageSize = 10_000): AsyncIterable<StoredEntry[]> {
    let next = fromSeq;
    while (next <= toSeq) {
      const r = await this.pool.query<EntryRow>(`SELECT * FROM ${S}.audit_entries WHERE seq >= $1 AND seq <= $2 ORDER BY seq LIMIT $3`, [next, toSeq, pageSize]);
      if (r.rows.length === 0) return;
      yield r.rows.map(toEntry);
      next = Number(r.rows[r.rows.length - 1]!.seq) + 1;
    }
  }

  async entry(seq: number): Promise<StoredEntry | null> {
    const r = await this.pool.query<EntryRow>(`SELECT * FROM ${S}.audit_entries WHERE seq = $1`, [seq]);
    return r.rows[0] ? toEntry(r.rows[0]) : null;
  }

  async seqRange(from?: string, to?: string): Promise<{ first: number; last: number } | null> {
    const r = await this.pool.query<{ first: string | null; last: string | null }>(
      `SELECT min(seq) AS first, max(seq) AS last FROM ${S}.audit_entries WHERE ($1::text IS NULL OR at >= $1) AND ($2::text IS NULL OR at <= $2)`,
      [from ?? null, to ?? null],
    );
    const row = r.rows[0]!;
    return row.first === null || row.last === null ? null : { first: Number(row.first), last: Number(row.last) };
  }

  async sessionEntries(sessionId: string): Promise<StoredEntry[]> {
    return (await this.pool.query<EntryRow>(`SELECT * FROM ${S}.audit_entries WHERE session_id = $1 ORDER BY seq`, [sessionId])).rows.map(toEntry);
  }

  async registerKey(key: PublicKeyInfo): Promise<void> {
    await this.pool.query(`INSERT INTO ${S}.audit_keys (key_id, public_key, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [key.keyId, key.publicKey, new Date().toISOString()]);
  }

  async keys(): Promise<PublicKeyInfo[]> {
    return (await this.pool.query<{ key_id: string; public_key: string }>(`SELECT key_id, public_key FROM ${S}.audit_keys ORDER BY created_at, key_id`))
      .rows.map((r) => ({ keyId: r.key_id, publicKey: r.public_key }));
  }
}

class PgApprovalStore implements ApprovalStore {
  constructor(private readonly pool: pg.Pool) {}

  async insert(a: Approval): Promise<void> {
    await this.pool.query(`INSERT INTO ${S}.approvals (id, key, status, created_at, version, data) VALUES ($1, $2, $3, $4, $5, $6)`,
      [a.id, a.key, a.status, a.createdAt, a.version, JSON.stringify(a)]);
  }

  async get(id: string): Promise<Approval | null> {
    const r = await this.pool.query<{ data: string }>(`SELECT data FROM ${S}.approvals WHERE id = $1`, [id]);
    return r.rows[0] ? (JSON.parse(r.rows[0].data) as Approval) : null;
  }

  async byKey(key: string): Promise<Approval[]> {
    return (await this.pool.query<{ data: string }>(`SELECT data FROM ${S}.approvals WHERE key = $1 ORDER BY created_at DESC, id DESC`, [key]))
      .rows.map((r) => JSON.parse(r.data) as Approval);
  }

  async list(filter: { status?: ApprovalStatus[]; limit?: number } = {}): Promise<Approval[]> {
    const statuses = filter.status ?? null;
    return (await this.pool.query<{ data: string }>(
      `SELECT data FROM ${S}.approvals WHERE ($1::text[] IS NULL OR status = ANY($1)) ORDER BY created_at DESC, id DESC LIMIT $2`,
      [statuses, filter.limit ?? 1000],
    )).rows.map((r) => JSON.parse(r.data) as Approval);
  }

  async update(a: Approval, expectedVersion: number): Promise<boolean> {
    const next = { ...a, version: expectedVersion + 1 };
    const r = await this.pool.query(`UPDATE ${S}.approvals SET status = $1, version = $2, data = $3 WHERE id = $4 AND version = $5`,
      [next.status, next.version, JSON.stringify(next), a.id, expectedVersion]);
    return r.rowCount === 1;
  }
}

class PgRecordingStore implements RecordingStore {
  constructor(private readonly pool: pg.Pool) {}

  async append(events: RecordingEvent[]): Promise<void> {
    if (!events.length) return;
    await this.pool.query(
      `INSERT INTO ${S}.recording_events (session_id, n, at, kind, data)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[])`,
      [events.map((e) => e.sessionId), events.map((e) => e.n), events.map((e) => e.at), events.map((e) => e.kind), events.map(eventDataJson)],
    );
  }

  async events(sessionId: string): Promise<RecordingEvent[]> {
    return (await this.pool.query<{ session_id: string; n: number; at: string; kind: RecordingEvent["kind"]; data: string }>(
      `SELECT * FROM ${S}.recording_events WHERE session_id = $1 ORDER BY n`, [sessionId],
    )).rows.map((r) => ({ sessionId: r.session_id, n: r.n, at: r.at, kind: r.kind, data: JSON.parse(r.data) as Record<string, unknown> }));
  }

  async lastN(sessionId: string): Promise<number> {
    const r = await this.pool.query<{ n: number | null }>(`SELECT max(n) AS n FROM ${S}.recording_events WHERE session_id = $1`, [sessionId]);
    return r.rows[0]?.n ?? 0;
  }

  async sessions(limit = 1000): Promise<{ sessionId: string; events: number; firstAt: string; lastAt: string }[]> {
    return (await this.pool.query<{ session_id: string; events: string; first_at: string; last_at: string }>(
      `SELECT session_id, count(*) AS events, min(at) AS first_at, max(at) AS last_at FROM ${S}.recording_events
       GROUP BY session_id ORDER BY min(at) DESC LIMIT $1`, [limit],
    )).rows.map((r) => ({ sessionId: r.session_id, events: Number(r.events), firstAt: r.first_at, lastAt: r.last_at }));
  }
}
