// SQL analysis: what a batch of statements reads, writes and filters on, and where every output
// column comes from, as PostgreSQL's own parser sees it. Never throws; fails closed.
import type { SqlFacts, SqlStatementFacts } from "../../compiler/context/types.js";
import { ShapeCache, storedKey, type StoredKey } from "./cache.js";
import type { Catalog } from "./catalog/types.js";
import { isReadOnly } from "./facts.js";
import { loadParser, parseBatch, parserReady, SqlParseError, type RawStatement } from "./parser.js";
import { scanShape, ShapeScan } from "./shape-key.js";
import { analyzeStatement } from "./statement.js";
export { settleSqlSession } from "./statement.js";
export { defineProtocolName, dependsOnSessionNames, forgetProtocolPortal, protocolDefinition, settleProtocolName, type ProtocolNameChange, type ProtocolNameKind } from "./protocol-names.js";
import { SqlSessionState, type SessionNameChange, type SqlAnalysis, type StatementAnalysis } from "./types.js";

export { SqlSessionState } from "./types.js";
export type { ColumnLineage, CopyFormat, SessionNameChange, SqlAnalysis, StatementAnalysis, StatementLineage } from "./types.js";
export type { Catalog, CatalogSnapshot, CatalogRelation, CatalogFunction, CatalogColumn } from "./catalog/types.js";
export { CatalogError } from "./catalog/types.js";
export { SnapshotCatalog, readCatalogFile, writeCatalogFile } from "./catalog/snapshot.js";
export { loadLiveCatalog, readLiveSnapshot } from "./catalog/live.js";
export { SqlParseError } from "./parser.js";
export { shapeKey } from "./shape-key.js";
export { markUnresolvedRowTests } from "./unresolved-rows.js";

/** Loads the parser (WebAssembly) once; later calls return at once. */
export async function initSqlAnalyzer(): Promise<void> {
  await loadParser();
}

export interface AnalyzeOptions {
  catalog?: Catalog;
  session?: SqlSessionState;
  /** Skip the shape cache (tests compare cached and fresh results with it). */
  noCache?: boolean;
}

const noCatalogCache = new ShapeCache<SqlAnalysis>();
const scan = new ShapeScan();
const catalogCaches = new WeakMap<Catalog, ShapeCache<SqlAnalysis>>();

function cacheFor(catalog: Catalog | undefined): ShapeCache<SqlAnalysis> {
  if (!catalog) return noCatalogCache;
  let c = catalogCaches.get(catalog);
  if (!c) {
    c = new ShapeCache<SqlAnalysis>();
    catalogCaches.set(catalog, c);
  }
  return c;
}

/** Drops every cached analysis (after a catalog change, for instance). */
export function clearSqlCache(): void {
  noCatalogCache.clear();
}

export function analyzeSql(text: string, opts: AnalyzeOptions = {}): SqlAnalysis {
  try {
    return analyzeUnsafe(String(text), opts);
  } catch (e) {
    // A defect in the analyzer must refuse, not pass: report it as a statement that did not parse.
    return failed(`SQL analysis failed: ${(e as Error)?.message ?? String(e)}`);
  }
}

function analyzeUnsafe(text: string, opts: AnalyzeOptions): SqlAnalysis {
  if (!parserReady()) return failed("the SQL analyzer is not initialised (initSqlAnalyzer was not awaited)");
  const cache = cacheFor(opts.catalog);
  // The scan buffer is shared; it is read here, before anything else can scan.
  let key: StoredKey | undefined;
  if (!opts.noCache && scanShape(text, scan)) {
    const hit = cache.get(scan);
    if (hit) return hit;
    key = storedKey(scan);
  }
  let raw;
  try {
    raw = parseBatch(text);
  } catch (e) {
    if (e instanceof SqlParseError) return failed(e.message, e.position);
    throw e;
  }
  // PREPARE then EXECUTE in one batch must see each other even when the caller keeps no session.
  const session = opts.session ?? (raw.length > 1 ? new SqlSessionState() : undefined);
  const changes: SessionNameChange[] = [];
  if (opts.session) opts.session.changes = changes;
  try {
    return analyzeStatements(raw, opts, session, key, cache, changes);
  } finally {
    if (opts.session) opts.session.changes = undefined;
  }
}

function analyzeStatements(raw: RawStatement[], opts: AnalyzeOptions, session: SqlSessionState | undefined, key: StoredKey | undefined, cache: ShapeCache<SqlAnalysis>, changes: SessionNameChange[]): SqlAnalysis {
  const statements: StatementAnalysis[] = [];
  const all: SqlStatementFacts[] = [];
  let sensitive = false;
  let sessionBound = false;
  for (const r of raw) {
    const res = analyzeStatement(r.stmt, opts.catalog, session);
    sensitive ||= res.literalSensitive;
    sessionBound ||= res.sessionBound;
    const a = res.analysis;
    statements.push({ facts: a.facts, embedded: a.embedded, lineage: a.lineage, ...(a.copy ? { copy: a.copy } : {}), location: r.location, length: r.length });
    all.push(a.facts);
    for (const e of a.embedded) all.push(e);
  }
  const facts: SqlFacts = { readOnly: isReadOnly(all), statements: all };
  const result: SqlAnalysis = { facts, statements, cached: false, ...(changes.length ? { sessionChanges: changes } : {}) };
  if (key && !sessionBound) {
    const stored = deepFreeze({ facts, statements, cached: true });
    cache.set(key, stored, sensitive);
  }
  return result;
}

function failed(message: string, position?: number): SqlAnalysis {
  return {
    facts: { readOnly: false, statements: [], parseError: position === undefined ? { message } : { message, position } },
    statements: [],
    cached: false,
  };
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}
