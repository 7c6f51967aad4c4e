// Opens each store kind fresh for a test: SQLite in a temporary state directory, PostgreSQL in a
// database of its own on the suite's server (never the payments database).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { SqliteStateStore, SQLITE_FILE } from "../../runtime/stores/sqlite.js";
import { decodeBlock, encodeBlocks } from "../../runtime/stores/audit-blocks.js";
import type { StoredEntry } from "../../runtime/audit/chain.js";
import { PostgresStateStore, PG_SCHEMA } from "../../runtime/stores/postgres.js";
import type { StateStore } from "../../runtime/stores/types.js";

export const PG_URL = process.env.HOOP_TEST_PG_URL;

export interface StoreFixture {
  name: "sqlite" | "postgres";
  /** A second handle on the same state, as a second gateway instance would have. */
  open(): Promise<StateStore>;
  /** Behind the gateway's back: replaces text in the stored record of one entry, keeping its hash. */
  editRecord(seq: number, from: string, to: string): Promise<void>;
  /** Behind the gateway's back: deletes the entries with seq < `seq`. */
  deleteBelow(seq: number): Promise<void>;
  dispose(): Promise<void>;
}

export function sqliteFixture(): StoreFixture {
  const dir = mkdtempSync(join(tmpdir(), "hoop-state-"));
  const withDb = (fn: (db: Database.Database) => void) => {
    const db = new Database(join(dir, SQLITE_FILE));
    try {
      fn(db);
    } finally {
      db.close();
    }
  };
  // Entries live in blocks: decode all, change, and write them back as blocks again.
  const rewrite = (change: (entries: StoredEntry[]) => StoredEntry[]) => withDb((db) => {
    const rows = db.prepare("SELECT data FROM audit_blocks ORDER BY first_seq").all() as { data: string }[];
    const entries = change(rows.flatMap((r) => decodeBlock(r.data)));
    db.exec("DELETE FROM audit_blocks; DELETE FROM audit_block_sessions");
    const ins = db.prepare("INSERT INTO audit_blocks (first_seq, last_seq, last_hash, at_min, at_max, data) VALUES (?, ?, ?, ?, ?, ?)");
    for (const b of encodeBlocks(entries)) ins.run(b.firstSeq, b.lastSeq, b.lastHash, b.atMin, b.atMax, b.data);
  });
  return {
    name: "sqlite",
    open: async () => SqliteStateStore.open(dir),
    editRecord: async (seq, from, to) => rewrite((es) => es.map((e) => (e.seq === seq ? { ...e, rec: e.rec.replaceAll(from, to) } : e))),
    deleteBelow: async (seq) => rewrite((es) => es.filter((e) => e.seq >= seq)),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function postgresFixture(database: string): Promise<StoreFixture> {
  if (!PG_URL) throw new Error("HOOP_TEST_PG_URL is not set (run the suite with npm test)");
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.pathname = `/${database}`;
  const url = u.toString();
  const raw = async (sql: string, params: unknown[]) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(sql, params);
    } finally {
      await c.end();
    }
  };
  return {
    name: "postgres",
    open: () => PostgresStateStore.open(url),
    editRecord: (seq, from, to) => raw(`UPDATE ${PG_SCHEMA}.audit_entries SET rec = replace(rec, $1, $2) WHERE seq = $3`, [from, to, seq]),
    deleteBelow: (seq) => raw(`DELETE FROM ${PG_SCHEMA}.audit_entries WHERE seq < $1`, [seq]),
    dispose: async () => {
      const a = new pg.Client({ connectionString: PG_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await a.end();
    },
  };
}

export function pgUrlFor(database: string): string {
  const u = new URL(PG_URL!);
  u.pathname = `/${database}`;
  return u.toString();
}
