// Chooses the store: PostgreSQL when a URL is given (several gateway instances), else SQLite in
// the state directory. The state directory also holds the signing key in both cases.
import { resolve } from "node:path";
import { SqliteStateStore } from "./sqlite.js";
import type { StateStore, StoreDurability } from "./types.js";

export const DEFAULT_STATE_DIR = "./.gateway";

/** `--state-dir`, else $GATEWAY_STATE_DIR, else ./.gateway (absolute). */
export function resolveStateDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(flag || env.GATEWAY_STATE_DIR || DEFAULT_STATE_DIR);
}

export interface OpenStoreOptions {
  stateDir: string;
  /** postgres://… to share state between gateway instances. */
  url?: string;
  /** SQLite only (default "os"); PostgreSQL follows the server's synchronous_commit. */
  durability?: StoreDurability;
}

export async function openStateStore(opts: OpenStoreOptions): Promise<StateStore> {
  if (opts.url) {
    const { PostgresStateStore } = await import("./postgres.js");
    return PostgresStateStore.open(opts.url);
  }
  return SqliteStateStore.open(opts.stateDir, { durability: opts.durability });
}
