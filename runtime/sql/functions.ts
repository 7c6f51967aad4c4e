// What the analyzer knows about functions without a catalog: which have side effects or reach
// outside the database, which run SQL given as text (their reads cannot be traced), which are pure.
import type { SqlStatementFacts } from "../../compiler/context/types.js";
import { PURE_BUILTINS, VOLATILE_BUILTINS } from "./builtin-functions.js";
import type { Catalog, CatalogFunction } from "./catalog/types.js";
import { isReadOnly } from "./facts.js";
import { parseBatch } from "./parser.js";
import { analyzePlpgsqlFunction } from "./plpgsql.js";
import { analyzeStatement } from "./statement.js";

/** Side effects or out-of-database reach, whatever their volatility says. */
const ALWAYS_SIDE_EFFECT = new Set([
  "pg_notify", "pg_terminate_backend", "pg_cancel_backend", "set_config", "pg_reload_conf", "pg_rotate_logfile",
  "lo_import", "lo_export", "lo_create", "lo_creat", "lo_unlink", "lo_put", "lo_from_bytea", "lo_open", "lo_write",
  "lowrite", "lo_truncate", "lo_get", "loread",
  "pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "pg_file_write", "pg_file_rename", "pg_file_unlink",
  "pg_logdir_ls", "pg_file_sync", "pg_ls_logdir", "pg_ls_waldir", "pg_ls_tmpdir", "pg_ls_archive_statusdir",
  "nextval", "setval", "pg_advisory_lock", "pg_advisory_xact_lock", "pg_switch_wal", "pg_create_restore_point",
  "pg_promote", "pg_backup_start", "pg_backup_stop", "pg_logical_emit_message", "pg_sleep", "pg_sleep_for", "pg_sleep_until",
  "txid_current", "pg_current_xact_id", "pg_stat_reset", "pg_drop_replication_slot", "pg_create_logical_replication_slot",
  "pg_create_physical_replication_slot", "pg_export_snapshot", "pg_import_system_collations",
]);

/** Prefixes of extension families that reach other servers or the file system. */
const SIDE_EFFECT_PREFIXES = ["dblink", "lo_", "pg_file_", "http", "pg_replication_origin", "pg_logical_slot", "pgp_sym", "pg_stat_reset"];

/** Volatile built-ins that only read clocks, randomness or sizes. */
const HARMLESS_VOLATILE = new Set([
  "random", "clock_timestamp", "timeofday", "gen_random_uuid", "currval", "lastval", "pg_relation_size", "pg_table_size",
  "pg_total_relation_size", "pg_indexes_size", "pg_database_size", "pg_tablespace_size", "pg_is_in_recovery",
  "pg_jit_available", "pg_partition_tree", "pg_partition_ancestors", "pg_blocking_pids", "pg_xact_status", "txid_status",
  "pg_sequence_last_value", "pg_notification_queue_usage", "pg_current_logfile", "bernoulli", "system",
  "current_query", "pg_current_wal_lsn", "pg_current_wal_flush_lsn", "pg_current_wal_insert_lsn", "pg_last_wal_receive_lsn",
  "pg_last_wal_replay_lsn", "pg_last_xact_replay_timestamp", "pg_xact_commit_timestamp", "pg_is_wal_replay_paused",
  "pg_get_wal_replay_pause_state", "pg_control_system", "pg_control_checkpoint", "pg_control_init", "pg_control_recovery",
  "pg_get_backend_memory_contexts", "pg_get_shmem_allocations", "pg_lock_status", "pg_prepared_xact", "pg_collation_actual_version",
  "pg_safe_snapshot_blocking_pids", "pg_stat_have_stats", "pg_stat_get_recovery_prefetch", "pg_show_replication_origin_status",
  "pg_last_committed_xact", "pg_get_multixact_members", "pg_get_wal_resource_managers", "pg_xact_commit_timestamp_origin",
  "pg_database_collation_actual_version",
]);

/** Built-ins of PostgreSQL 16–18 (the parser's version) that only compute or read; a PostgreSQL 15 server refuses them as unknown. */
const NEWER_HARMLESS = new Set([
  "random_normal", "any_value", "pg_input_is_valid", "pg_input_error_info", "system_user", "date_add", "date_subtract",
  "array_sample", "array_shuffle", "to_bin", "to_oct", "erf", "erfc", "gamma", "lgamma", "casefold", "uuidv4", "uuidv7",
  "uuid_extract_version", "uuid_extract_timestamp", "pg_get_acl", "pg_basetype", "array_reverse", "array_sort",
  "xmltext", "pg_split_walfile_name", "to_regtypemod", "pg_column_toast_chunk_id", "unicode_version", "icu_unicode_version",
  "unicode_assigned", "crc32", "crc32c", "has_largeobject_privilege",
]);

/** Built-ins that execute a query given as text: what they read cannot be traced from the statement. */
export const DYNAMIC_SQL_FUNCTIONS = new Set([
  "query_to_xml", "query_to_xmlschema", "query_to_xml_and_xmlschema", "cursor_to_xml", "cursor_to_xmlschema",
  "table_to_xml", "table_to_xmlschema", "table_to_xml_and_xmlschema", "schema_to_xml", "schema_to_xmlschema",
  "schema_to_xml_and_xmlschema", "database_to_xml", "database_to_xmlschema", "database_to_xml_and_xmlschema",
  "ts_stat", "ts_rewrite", "dblink", "dblink_exec", "dblink_open", "dblink_fetch", "dblink_send_query", "dblink_get_result",
]);

/** Built-in set-returning functions whose result is one column, named after the alias or the function. */
export const SCALAR_SET_FUNCTIONS = new Set([
  "generate_series", "generate_subscripts", "regexp_split_to_table", "string_to_table", "regexp_matches",
  "json_object_keys", "jsonb_object_keys",
]);
/** Built-in set-returning functions with named result columns. */
export const RECORD_SET_FUNCTIONS: ReadonlyMap<string, string[]> = new Map([
  ...["json_each", "jsonb_each", "json_each_text", "jsonb_each_text"].map((f): [string, string[]] => [f, ["key", "value"]]),
  ...["json_array_elements", "jsonb_array_elements", "json_array_elements_text", "jsonb_array_elements_text"].map((f): [string, string[]] => [f, ["value"]]),
]);

/** Built-in set-returning functions, whose row count follows from their arguments wherever they are called. */
export const SET_RETURNING: ReadonlySet<string> = new Set([
  ...SCALAR_SET_FUNCTIONS, ...RECORD_SET_FUNCTIONS.keys(), "unnest", "jsonb_path_query", "json_populate_recordset",
  "jsonb_populate_recordset", "json_to_recordset", "jsonb_to_recordset", "ts_debug", "ts_parse", "ts_token_type",
  "unnest_tsvector", "pg_options_to_table", "aclexplode", "pg_get_keywords",
]);

/** Aggregates whose result says nothing about the values they count. */
export const VALUE_FREE_AGGREGATES = new Set(["count"]);

export interface FunctionInfo {
  /** Has side effects, reaches outside the database, or cannot be vouched for. */
  sideEffect: boolean;
  /** Runs SQL given as text, or is a user function whose body is not known: provenance unknown. */
  opaqueReads: boolean;
  /** A user-defined LANGUAGE sql function whose body the analyzer can follow. */
  sqlBody?: CatalogFunction;
}

/** information_schema's helper functions (immutable or stable LANGUAGE sql over catalogs), called by drivers' metadata queries. */
const INFORMATION_SCHEMA_FUNCTIONS = new Set([
  "_pg_char_max_length", "_pg_char_octet_length", "_pg_datetime_precision", "_pg_expandarray", "_pg_index_position",
  "_pg_interval_type", "_pg_numeric_precision", "_pg_numeric_precision_radix", "_pg_numeric_scale", "_pg_truetypid", "_pg_truetypmod",
]);

/** Whether a catalog's "schema.name" reference (a type's, cast's or operator's function) has side effects. */
export function namedFunctionHasSideEffects(qualified: string, catalog: Catalog): boolean {
  const dot = qualified.indexOf(".");
  return classifyFunction(qualified.slice(0, dot), qualified.slice(dot + 1), catalog).sideEffect;
}

export function classifyFunction(schema: string | undefined, name: string, catalog: Catalog | undefined): FunctionInfo {
  if (schema === "information_schema" && INFORMATION_SCHEMA_FUNCTIONS.has(name)) return { sideEffect: false, opaqueReads: false };
  const builtin = schema === undefined || schema === "pg_catalog" ? builtinInfo(name) : undefined;
  if (builtin) {
    // An unqualified name may also reach a user function of that name with other argument types
    // (public.lower(customers) beside pg_catalog.lower(text)): the worse of the two decides.
    const overloads = schema === undefined && catalog ? catalog.searchPath.filter((s) => s !== "pg_catalog").flatMap((s) => catalog.functions(s, name)) : [];
    if (overloads.length === 0) return builtin;
    const user = catalogInfo(overloads, catalog!);
    return { sideEffect: builtin.sideEffect || user.sideEffect, opaqueReads: builtin.opaqueReads || user.opaqueReads };
  }
  const found = catalog?.functions(schema, name) ?? [];
  if (found.length === 0) return { sideEffect: true, opaqueReads: true };
  return catalogInfo(found, catalog!);
}

/**
 * Whether `name` could be a function: PostgreSQL reads `(x).name` and `x.name` as `name(x)` when x
 * has no such field. `userOnly`: only functions of the catalog (x is a row, which no built-in with
 * side effects takes).
 */
export function mayBeFunction(name: string, catalog: Catalog | undefined, userOnly = false): boolean {
  return (!userOnly && builtinInfo(name) !== undefined) || (catalog !== undefined && [...new Set(["pg_catalog", ...catalog.searchPath])].some((s) => catalog.functions(s, name).length > 0));
}

function builtinInfo(name: string): FunctionInfo | undefined {
  if (ALWAYS_SIDE_EFFECT.has(name) || SIDE_EFFECT_PREFIXES.some((p) => name.startsWith(p))) return { sideEffect: true, opaqueReads: DYNAMIC_SQL_FUNCTIONS.has(name) };
  if (DYNAMIC_SQL_FUNCTIONS.has(name)) return { sideEffect: true, opaqueReads: true };
  if (PURE_BUILTINS.has(name) || NEWER_HARMLESS.has(name)) return { sideEffect: false, opaqueReads: false };
  // Statistics of the current transaction's own accesses.
  if (name.startsWith("pg_stat_get_xact_")) return { sideEffect: false, opaqueReads: false };
  if (VOLATILE_BUILTINS.has(name)) return { sideEffect: !HARMLESS_VOLATILE.has(name), opaqueReads: false };
  return undefined;
}

function catalogInfo(found: CatalogFunction[], catalog: Catalog): FunctionInfo {
  // Any overload could be the one called: the worst of them decides.
  const sideEffect = found.some((f) => f.volatility === "volatile" || f.kind === "p" || (f.securityDefiner && f.language !== "sql") || bodyHasEffects(f, catalog));
  const sqlFns = found.filter((f) => f.language === "sql" && f.body !== undefined);
  if (sqlFns.length === found.length && found.length === 1) return { sideEffect, opaqueReads: false, sqlBody: sqlFns[0] };
  const opaqueReads = found.some((f) => f.language !== "sql" || f.body === undefined) || found.length > 1;
  return { sideEffect, opaqueReads, ...(sqlFns.length === 1 && found.length === 1 ? { sqlBody: sqlFns[0] } : {}) };
}

/** Languages whose functions PostgreSQL's superuser installs (C code of extensions): their volatility is taken as given. */
const TRUSTED_LANGUAGES = new Set(["c", "internal"]);

const judged = new WeakMap<Catalog, Map<number, boolean>>();
const judging = new Set<number>();
let cycles = 0;

/**
 * Whether a user function that says it is stable or immutable may still change something.
 * PostgreSQL only refuses DML in such functions: a SELECT inside them may call nextval,
 * pg_notify, set_config or dblink_exec, or another function that does. The body is analysed
 * (LANGUAGE sql and plpgsql); other languages can run any SQL through their own interfaces; an
 * aggregate runs support functions the catalog names. A body that cannot be read counts as a side
 * effect. A call back into a function whose body is being judged adds nothing to that judgement;
 * the functions judged in between, whose verdict then leaves that function out, are not remembered.
 */
function bodyHasEffects(f: CatalogFunction, catalog: Catalog): boolean {
  if (f.volatility === "volatile") return true;
  if (f.kind === "a") return (f.support ?? [undefined]).some((name) => {
    if (name === undefined) return true;
    const dot = name.indexOf(".");
    const found = catalog.functions(name.slice(0, dot), name.slice(dot + 1));
    return found.length === 0 || catalogInfo(found, catalog).sideEffect;
  });
  if (TRUSTED_LANGUAGES.has(f.language)) return false;
  if (f.language === "sql" ? f.body === undefined : f.language !== "plpgsql" || f.definition === undefined) return true;
  let memo = judged.get(catalog);
  if (!memo) judged.set(catalog, (memo = new Map()));
  const known = memo.get(f.oid);
  if (known !== undefined) return known;
  if (judging.has(f.oid)) {
    cycles++;
    return false;
  }
  if (judging.size >= 12) return true;
  const cyclesBefore = cycles;
  judging.add(f.oid);
  let effects = true;
  try {
    let statements: SqlStatementFacts[] = [];
    let opaque = false;
    if (f.language === "plpgsql") ({ statements, opaque } = analyzePlpgsqlFunction(f.definition!, catalog));
    else for (const s of parseBatch(sqlBodyText(f.body!))) {
      const r = analyzeStatement(s.stmt, catalog, undefined).analysis;
      statements.push(r.facts, ...r.embedded);
    }
    effects = opaque || !isReadOnly(statements);
  } catch {
    effects = true;
  } finally {
    judging.delete(f.oid);
  }
  if (cycles === cyclesBefore || judging.size === 0) memo.set(f.oid, effects);
  return effects;
}

/** The statements of a LANGUAGE sql body: prosrc as it is, or the inside of BEGIN ATOMIC … END. */
export function sqlBodyText(body: string): string {
  const atomic = /^\s*BEGIN\s+ATOMIC\b([\s\S]*)\bEND\s*;?\s*$/i.exec(body);
  return atomic ? atomic[1]! : body;
}
