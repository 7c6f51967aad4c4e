// One configuration for every connection that writes the state file (the store's own and its
// writer thread's), so they agree on locking and durability.
import type Database from "better-sqlite3";
import type { StoreDurability } from "./types.js";

/** SQLite's automatic checkpoint limit (its default), kept by the writer thread's connection. */
export const WRITER_CHECKPOINT_PAGES = 1000;

export function configureWriter(db: Database.Database, durability: StoreDurability): void {
  db.pragma("busy_timeout = 10000");
  db.pragma("journal_mode = WAL");
  // In WAL mode NORMAL still writes each commit to the WAL file before returning (no fsync).
  db.pragma(`synchronous = ${durability === "full" ? "FULL" : "NORMAL"}`);
  db.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
}
