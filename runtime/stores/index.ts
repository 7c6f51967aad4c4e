export { openStateStore, resolveStateDir, DEFAULT_STATE_DIR, type OpenStoreOptions } from "./open.js";
export { SqliteStateStore, SQLITE_FILE } from "./sqlite.js";
export { PostgresStateStore, PG_SCHEMA } from "./postgres.js";
export * from "./types.js";
