// Opens each store kind fresh for a test: SQLite in a temporary state directory, PostgreSQL in a
// database of its own on the suite's server (never the payments database).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { SqliteStateStore, SQLITE_FILE } from "../../runtime/stores/sqlite.js";
import { PostgresStateStore, PG_SCHEMA } from "../../runtime/stores/postgres.js";
import type { StateStore } from "../../runtime/stores/types.js";

export const PG_URL = process.env.HOOP_TEST_PG_URL;

export interface StoreFixture {
  name: "sqlite" | "postgres";
  /** A second handle on the same state, as a second gateway instance would have. */
  open(): Promise<StateStore>;
  /** Runs raw SQL against the state (to tamper with it behind the gateway's back). */
  raw(sql: string, params?: unknown[]): Promise<void>;
  /** Table name as the raw SQL must spell it. */
  table(name: string): string;
  dispose(): Promise<void>;
}

export function sqliteFixture(): StoreFixture {
  const dir = mkdtempSync(join(tmpdir(), "hoop-state-"));
  return {
    name: "sqlite",
    open: async () => SqliteStateStore.open(dir),
    raw: async (sql, params = []) => {
      const db = new Database(join(dir, SQLITE_FILE));
      try {
        db.prepare(sql).run(...params);
      } finally {
        db.close();
      }
    },
    table: (n) => n,
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
  return {
    name: "postgres",
    open: () => PostgresStateStore.open(url),
    raw: async (sql, params = []) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(sql.replace(/\?/g, (_m, i) => `$${String(sql.slice(0, i).split("?").length)}`), params);
      } finally {
        await c.end();
      }
    },
    table: (n) => `${PG_SCHEMA}.${n}`,
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
