// One top-level statement → its facts and output lineage. Queries and DML go to QueryAnalyzer;
// utility statements are classified here. Unknown statement types are opaque utilities.
import type { SqlCommand, SqlStatementFacts, StatementKind } from "../../compiler/context/types.js";
import type { Catalog } from "./catalog/types.js";
import { FactsBuilder, sortedList } from "./facts.js";
import { analyzeDoBlock } from "./plpgsql.js";
import { QueryAnalyzer, unionLin, unknownLin, type Node, type OutCol } from "./query.js";
import type { ColumnLineage, CopyFormat, SessionNameChange, SqlSessionState, StatementAnalysis, StatementLineage } from "./types.js";

export interface StatementResult {
  analysis: Omit<StatementAnalysis, "location" | "length">;
  /** A literal's value decided a fact. */
  literalSensitive: boolean;
  /** The result depends on or changes session state (PREPARE, EXECUTE, cursors). */
  sessionBound: boolean;
}

const DDL_PREFIX: [RegExp, SqlCommand][] = [[/^Create/, "create"], [/^Alter/, "alter"], [/^Drop/, "drop"]];

const DCL: Record<string, SqlCommand> = {
  CreateRoleStmt: "create_role", AlterRoleStmt: "alter_role", AlterRoleSetStmt: "alter_role", DropRoleStmt: "drop_role",
  AlterDefaultPrivilegesStmt: "grant", ReassignOwnedStmt: "alter_role", DropOwnedStmt: "drop_role",
  CreateUserMappingStmt: "create_role", AlterUserMappingStmt: "alter_role", DropUserMappingStmt: "drop_role",
};

const UTILITY: Record<string, [StatementKind, SqlCommand]> = {
  ListenStmt: ["utility", "listen"], NotifyStmt: ["utility", "notify"], UnlistenStmt: ["utility", "unlisten"],
  LockStmt: ["utility", "lock"], CheckPointStmt: ["utility", "checkpoint"], LoadStmt: ["utility", "load"],
  ClusterStmt: ["utility", "cluster"], ReindexStmt: ["utility", "reindex"], DiscardStmt: ["utility", "discard"],
  RefreshMatViewStmt: ["write", "refresh"], TruncateStmt: ["ddl", "truncate"], CommentStmt: ["ddl", "comment"],
  RenameStmt: ["ddl", "alter"], ViewStmt: ["ddl", "create"], IndexStmt: ["ddl", "create"], RuleStmt: ["ddl", "create"],
  DefineStmt: ["ddl", "create"], CompositeTypeStmt: ["ddl", "create"], SecLabelStmt: ["ddl", "other"],
  ClosePortalStmt: ["utility", "close"], DeallocateStmt: ["utility", "deallocate"], ConstraintsSetStmt: ["tcl", "set"],
  ImportForeignSchemaStmt: ["ddl", "create"], CreateConversionStmt: ["ddl", "create"], ObjectWithArgs: ["ddl", "other"],
};

const QUERY_TYPES: ReadonlySet<string> = new Set(["SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"]);

export function analyzeStatement(stmt: Node, catalog: Catalog | undefined, session: SqlSessionState | undefined): StatementResult {
  const facts = new FactsBuilder();
  const qa = new QueryAnalyzer(facts, catalog);
  const type = Object.keys(stmt)[0] ?? "";
  const node = stmt[type] ?? {};
  let cols: OutCol[] | null = null;
  let sessionBound = false;
  let sensitive = false;
  let copy: CopyFormat | undefined;
  const set = (kind: StatementKind, command: SqlCommand) => { facts.kind = kind; facts.command = command; };

  switch (type) {
    case "SelectStmt": case "InsertStmt": case "UpdateStmt": case "DeleteStmt": case "MergeStmt":
      cols = qa.statement(stmt);
      break;
    case "CopyStmt": {
      sensitive = true;
      const target = node.is_program ? "program" : node.filename ? "file" : "stdio";
      facts.copyTarget = target;
      if (node.is_from) {
        set("write", "copy_from");
        if (node.relation) facts.tablesWritten.add(qualifiedOf(node.relation, catalog));
        facts.hasWhere = false;
        if (node.whereClause) qa.expr(node.whereClause, undefined);
      } else {
        const query: Node = node.query ?? {
          SelectStmt: {
            targetList: node.attlist?.length
              ? node.attlist.map((a: Node) => ({ ResTarget: { val: { ColumnRef: { fields: [a] } } } }))
              : [{ ResTarget: { val: { ColumnRef: { fields: [{ A_Star: {} }] } } } }],
            fromClause: [{ RangeVar: node.relation }], op: "SETOP_NONE",
          },
        };
        cols = qa.statement(query);
        facts.command = "copy_to";
        copy = copyFormat(node.options ?? []);
        // Writing a server file or running a program is a write whatever the rows are.
        if (target !== "stdio" && facts.kind === "read") facts.kind = "write";
      }
      break;
    }
    case "ExplainStmt": {
      const analyze = (node.options ?? []).some((o: Node) => o.DefElem?.defname === "analyze" && !isFalse(o.DefElem?.arg));
      const inner = new QueryAnalyzer(new FactsBuilder(), catalog);
      inner.statement(node.query ?? {});
      sensitive = inner.literalSensitive;
      facts.absorb(inner.facts);
      // Without ANALYZE nothing runs, but a plan of a write is still a write's text: keep its kind.
      facts.command = "explain";
      if (!analyze) facts.embedded.splice(0);
      cols = [{ name: "QUERY PLAN", lin: unionLin([]) }];
      break;
    }
    case "VariableSetStmt": {
      sensitive = true;
      const name = String(node.name ?? "").toLowerCase();
      const reset = node.kind === "VAR_RESET" || node.kind === "VAR_RESET_ALL";
      facts.setting = node.kind === "VAR_RESET_ALL" ? "all" : name;
      if (name === "role") set("dcl", "set_role");
      else if (name === "session_authorization") set("dcl", "set_session_authorization");
      // Shaping the current transaction is transaction control, unless it makes it (or the session's
      // next ones) read-write again: that undoes a read-only guard, so it is not harmless.
      else if ((name === "transaction" || name.startsWith("transaction_")) && !setsReadWrite(node)) set("tcl", "set");
      else set("utility", reset ? "reset" : "set");
      break;
    }
    case "VariableShowStmt":
      set("read", "show");
      facts.setting = String(node.name ?? "").toLowerCase();
      cols = [{ name: String(node.name ?? "setting"), lin: unionLin([]) }];
      break;
    case "TransactionStmt": {
      const k = String(node.kind ?? "");
      const map: Record<string, SqlCommand> = {
        TRANS_STMT_BEGIN: "begin", TRANS_STMT_START: "begin", TRANS_STMT_COMMIT: "commit", TRANS_STMT_ROLLBACK: "rollback",
        TRANS_STMT_SAVEPOINT: "savepoint", TRANS_STMT_RELEASE: "release", TRANS_STMT_ROLLBACK_TO: "rollback",
        TRANS_STMT_PREPARE: "prepare_transaction", TRANS_STMT_COMMIT_PREPARED: "prepare_transaction",
        TRANS_STMT_ROLLBACK_PREPARED: "prepare_transaction",
      };
      set("tcl", map[k] ?? "other");
      // BEGIN READ WRITE opens a transaction that may write whatever the session's default says,
      // as SET TRANSACTION READ WRITE does: it undoes a read-only guard and is not harmless.
      if ((k === "TRANS_STMT_BEGIN" || k === "TRANS_STMT_START") && setsReadWrite({ args: node.options })) facts.kind = "utility";
      break;
    }
    case "DoStmt": {
      set("utility", "do");
      const r = analyzeDoBlock(node, catalog);
      for (const f of r.statements) facts.absorbFacts(f);
      facts.embedded.push(...r.statements);
      facts.opaque = r.opaque;
      facts.command = "do";
      if (facts.kind === "read") facts.kind = "utility";
      sensitive = true;
      break;
    }
    case "CallStmt": {
      set("write", "call");
      if (node.funccall) qa.funcCall(node.funccall, undefined, false);
      facts.command = "call";
      facts.kind = "write";
      // A procedure may do anything, including COMMIT inside: never fully analysable here.
      facts.opaque = true;
      break;
    }
    case "PrepareStmt": {
      sessionBound = true;
      const inner = analyzeStatement(node.query ?? {}, catalog, undefined);
      // EXECUTE turns its arguments into the parameter types: a user type's checks run then.
      const params = new QueryAnalyzer(new FactsBuilder(), catalog);
      params.userTypes(node.argtypes);
      if (params.facts.sideEffectFunctions.size) {
        const f = inner.analysis.facts;
        inner.analysis.facts = {
          ...f,
          functions: sortedList(new Set([...f.functions, ...params.facts.functions])),
          sideEffectFunctions: sortedList(new Set([...f.sideEffectFunctions, ...params.facts.sideEffectFunctions])),
        };
      }
      facts.absorbFacts(inner.analysis.facts);
      facts.embedded.push(inner.analysis.facts, ...inner.analysis.embedded);
      facts.command = "prepare";
      if (facts.kind !== "read") facts.kind = inner.analysis.facts.kind;
      if (session) remember(session, session.prepared, String(node.name), inner.analysis as StatementAnalysis);
      break;
    }
    case "ExecuteStmt": {
      sessionBound = true;
      qa.userTypes(node.params);
      for (const p of node.params ?? []) qa.expr(p, undefined);
      const prepared = session?.prepared.get(String(node.name));
      if (prepared) {
        facts.absorbFacts(prepared.facts);
        facts.hasWhere = prepared.facts.hasWhere;
        facts.whereIsTautology = prepared.facts.whereIsTautology;
        facts.copyTarget = prepared.facts.copyTarget;
        facts.kind = prepared.facts.kind;
        facts.embedded.push(prepared.facts, ...prepared.embedded);
        cols = prepared.lineage ? fromLineage(prepared.lineage) : null;
      } else {
        // A statement prepared outside what this session's analysis saw: nothing is known of it.
        facts.kind = "utility";
        facts.opaque = true;
        cols = [{ name: "*", lin: unknownLin(), expands: true }];
      }
      facts.command = "execute";
      break;
    }
    case "DeclareCursorStmt": {
      sessionBound = true;
      cols = qa.statement(node.query ?? {});
      facts.command = "declare_cursor";
      const lineage = toLineage(cols);
      if (session) remember(session, session.cursors, String(node.portalname), { facts: facts.build(), embedded: [], lineage, location: 0, length: 0 });
      cols = null;
      break;
    }
    case "FetchStmt": {
      sessionBound = true;
      set("read", node.ismove ? "move" : "fetch");
      const cur = session?.cursors.get(String(node.portalname));
      if (cur) {
        for (const t of cur.facts.tablesRead) facts.tablesRead.add(t);
        for (const c of cur.facts.columnsRead) facts.columnsRead.add(c);
        // The cursor's query runs as rows are fetched (or moved over): its side effects and row locks happen now.
        for (const f of cur.facts.functions) facts.functions.add(f);
        for (const f of cur.facts.sideEffectFunctions) facts.sideEffectFunctions.add(f);
        for (const t of cur.facts.tablesWritten) facts.tablesWritten.add(t);
        facts.opaque ||= cur.facts.opaque;
        if (cur.facts.kind !== "read") facts.kind = cur.facts.kind;
      } else {
        // A cursor this session's analysis did not see declared: a portal the client bound over the
        // extended protocol shares the cursors' names, and fetching from it runs its statement
        // (an INSERT … RETURNING as much as a SELECT). Nothing is known of it.
        facts.kind = "utility";
        facts.opaque = true;
      }
      if (!node.ismove) {
        cols = cur?.lineage
          ? fromLineage(cur.lineage)
          : [{ name: "*", lin: unknownLin(), expands: true }];
      }
      break;
    }
    // CLOSE and DEALLOCATE forget nothing: the batch holding them may be refused and never reach the
    // server, which then still runs the old cursor or statement (see remember).
    case "ClosePortalStmt":
      sessionBound = true;
      set("utility", "close");
      if (session && node.portalname) noteClose(session, session.cursors, String(node.portalname));
      break;
    case "DeallocateStmt":
      sessionBound = true;
      set("utility", "deallocate");
      if (session && node.name) noteClose(session, session.prepared, String(node.name));
      break;
    case "CreateTableAsStmt": {
      set("ddl", "create");
      facts.selectInto = true;
      const into = node.into?.IntoClause ?? node.into;
      const inner = new QueryAnalyzer(new FactsBuilder(), catalog);
      inner.statement(node.query ?? {});
      facts.absorbFacts(inner.facts.build());
      facts.embedded.push(...inner.facts.embedded);
      facts.kind = "ddl";
      facts.command = "create";
      facts.selectInto = true;
      if (into?.rel) facts.tablesWritten.add(qualifiedOf(into.rel, catalog));
      break;
    }
    case "GrantStmt":
      set("dcl", node.is_grant ? "grant" : "revoke");
      break;
    case "GrantRoleStmt":
      set("dcl", node.is_grant ? "grant" : "revoke");
      break;
    case "VacuumStmt":
      set("utility", node.is_vacuumcmd ? "vacuum" : "analyze");
      break;
    case "CreateFunctionStmt":
      set("ddl", "create");
      break;
    default: {
      if (DCL[type]) set("dcl", DCL[type]!);
      else if (UTILITY[type]) set(...UTILITY[type]!);
      else {
        const ddl = DDL_PREFIX.find(([re]) => re.test(type));
        if (ddl) set("ddl", ddl[1]);
        else if (type.endsWith("Stmt")) {
          // A statement type this analyzer does not know: treat it as DDL that cannot be analysed.
          set("ddl", "other");
          facts.opaque = true;
        } else {
          set("utility", "other");
          facts.opaque = true;
        }
      }
      sensitive = true;
      if (facts.kind === "ddl") {
        const rel = node.relation ?? node.view ?? node.into?.rel;
        if (rel?.relname) facts.tablesWritten.add(qualifiedOf(rel, catalog));
      }
      if (type === "LockStmt") for (const r of node.relations ?? []) if (r.RangeVar) facts.tablesWritten.add(qualifiedOf(r.RangeVar, catalog));
      if (type === "TruncateStmt") for (const r of node.relations ?? []) if (r.RangeVar) facts.tablesWritten.add(qualifiedOf(r.RangeVar, catalog));
      if (type === "NotifyStmt") facts.sideEffectFunctions.add("pg_notify");
    }
  }
  // Only queries and DML have facts independent of their literals (the folder reports exceptions).
  if (!QUERY_TYPES.has(type)) sensitive = true;
  const analysis = { facts: facts.build(), embedded: facts.embedded, lineage: toLineage(cols), ...(copy ? { copy } : {}) };
  return { analysis, literalSensitive: sensitive || qa.literalSensitive, sessionBound };
}

/**
 * Records what a name (prepared statement or cursor) stands for in this session. The analysis runs
 * before the gateway decides, so a batch that redefines a name may be refused and never reach the
 * server, which keeps the old definition: EXECUTE and FETCH must then be judged by either. A
 * redefinition is therefore merged with what the name stood for before (the worse facts of both,
 * their lineage column by column).
 */
function remember(session: SqlSessionState, map: Map<string, StatementAnalysis>, name: string, next: StatementAnalysis): void {
  const old = map.get(name);
  const set = (value: StatementAnalysis) => {
    map.set(name, value);
    session.changes?.push({ map, name, before: old, after: value, exact: next });
  };
  const oldKeys = old && definitionKeys.get(old);
  if (!old || (!oldKeys && sameAnalysis(old, next))) return set(next);
  // The embedded entries of a merged definition are the facts of each definition seen, once each
  // (old.facts of a merged one is their union, already covered by them): the list grows with the
  // distinct definitions only, and the keys of those seen are kept rather than written again.
  const keys = oldKeys ?? new Set<string>();
  const embedded = oldKeys ? [...old.embedded] : [];
  const add = (e: SqlStatementFacts) => {
    const k = JSON.stringify(e);
    if (!keys.has(k)) {
      keys.add(k);
      embedded.push(e);
    }
  };
  if (!oldKeys) for (const e of [old.facts, ...old.embedded]) add(e);
  for (const e of [next.facts, ...next.embedded]) add(e);
  const merged: StatementAnalysis = { facts: mergeFacts(old.facts, next.facts), embedded, lineage: mergeLineage(old.lineage, next.lineage), location: 0, length: 0 };
  definitionKeys.set(merged, keys);
  set(merged);
}

/** `remember` for the extended protocol's names (runtime/sql/protocol-names.ts). */
export function rememberName(session: SqlSessionState, map: Map<string, StatementAnalysis>, name: string, next: StatementAnalysis): void {
  remember(session, map, name, next);
}

/** CLOSE / DEALLOCATE keep the definition (see remember) but note the name, for settleSqlSession. */
function noteClose(session: SqlSessionState, map: Map<string, StatementAnalysis>, name: string): void {
  const current = map.get(name);
  session.changes?.push({ map, name, before: current, after: current, exact: undefined });
}

/**
 * Makes the names a request's batch defined or closed exact once the gateway knows what the server
 * did with it. `refused`: never sent, so each name stands for what it did before. `ran`: every
 * statement completed, so each name stands for what the batch's last statement on it defined, or
 * nothing after CLOSE / DEALLOCATE. `failed`: the server may have run any part, so the merged
 * definitions stay. A name changed since (another analysis, or an extended-protocol statement
 * refused once and run later) is not set back: it is merged with what the batch defined instead.
 */
export function settleSqlSession(session: SqlSessionState, changes: readonly SessionNameChange[], outcome: "refused" | "ran" | "failed"): void {
  const byName = new Map<Map<string, StatementAnalysis>, Map<string, SessionNameChange[]>>();
  for (const c of changes) {
    let names = byName.get(c.map);
    if (!names) byName.set(c.map, (names = new Map()));
    const list = names.get(c.name);
    if (list) list.push(c);
    else names.set(c.name, [c]);
  }
  for (const names of byName.values()) {
    for (const list of names.values()) {
      const first = list[0]!, last = list[list.length - 1]!;
      const unchanged = last.map.get(last.name) === last.after;
      if (unchanged) {
        if (outcome === "failed") continue;
        const value = outcome === "refused" ? first.before : last.exact;
        if (value) last.map.set(last.name, value);
        else last.map.delete(last.name);
      } else if (outcome !== "refused") {
        for (const c of list) if (c.exact) remember(session, c.map, c.name, c.exact);
      }
    }
  }
}

/** Merged definitions (see remember): the keys of the facts among their embedded entries. */
const definitionKeys = new WeakMap<StatementAnalysis, Set<string>>();

function sameAnalysis(a: StatementAnalysis, b: StatementAnalysis): boolean {
  return JSON.stringify([a.facts, a.embedded, a.lineage]) === JSON.stringify([b.facts, b.embedded, b.lineage]);
}

function mergeFacts(a: SqlStatementFacts, b: SqlStatementFacts): SqlStatementFacts {
  const union = (x: string[], y: string[]) => sortedList(new Set([...x, ...y]));
  return {
    kind: b.kind !== "read" ? b.kind : a.kind,
    command: b.kind === "read" && a.kind !== "read" ? a.command : b.command,
    tablesRead: union(a.tablesRead, b.tablesRead),
    tablesWritten: union(a.tablesWritten, b.tablesWritten),
    columnsRead: union(a.columnsRead, b.columnsRead),
    columnsWritten: union(a.columnsWritten, b.columnsWritten),
    columnsInPredicates: union(a.columnsInPredicates, b.columnsInPredicates),
    hasWhere: a.hasWhere && b.hasWhere,
    whereIsTautology: a.whereIsTautology || b.whereIsTautology,
    functions: union(a.functions, b.functions),
    sideEffectFunctions: union(a.sideEffectFunctions, b.sideEffectFunctions),
    selectInto: a.selectInto || b.selectInto,
    copyTarget: b.copyTarget !== "none" && b.copyTarget !== "stdio" ? b.copyTarget : a.copyTarget !== "none" ? a.copyTarget : b.copyTarget,
    setting: b.setting || a.setting,
    opaque: a.opaque || b.opaque,
  };
}

function mergeLineage(a: StatementLineage | null, b: StatementLineage | null): StatementLineage | null {
  if (!a || !b) return b ?? a;
  const x = fromLineage(a), y = fromLineage(b);
  if (x.length === y.length && !x.some((c) => c.expands) && !y.some((c) => c.expands)) {
    return toLineage(y.map((c, i) => ({ name: c.name, lin: unionLin([c.lin, x[i]!.lin]) })));
  }
  const all = unionLin([...x, ...y].map((c) => c.lin));
  return toLineage([{ name: "*", lin: { ...all, unknown: true }, expands: true }]);
}

/** COPY TO's options with PostgreSQL's defaults; undefined when an option is not one it knows (the caller then fails closed). */
function copyFormat(options: Node[]): CopyFormat | undefined {
  const text = (arg: Node | undefined): string | undefined => (typeof arg?.String?.sval === "string" ? arg.String.sval : undefined);
  let format: CopyFormat["format"] = "text";
  const given: Partial<Record<"delimiter" | "null" | "quote" | "escape" | "encoding", string>> = {};
  let header = false;
  for (const o of options) {
    const d = o.DefElem;
    const name = String(d?.defname ?? "");
    if (name === "format") {
      const f = text(d.arg)?.toLowerCase();
      if (f !== "text" && f !== "csv" && f !== "binary") return undefined;
      format = f;
    } else if (name === "delimiter" || name === "null" || name === "quote" || name === "escape" || name === "encoding") {
      const v = text(d.arg);
      if (v === undefined) return undefined;
      given[name] = v;
    } else if (name === "header") {
      // Absent argument: true; protobuf leaves false / 0 out of the node.
      header = d.arg === undefined || d.arg.Boolean?.boolval === true || d.arg.Integer?.ival === 1 || ["true", "on", "1"].includes(String(text(d.arg)).toLowerCase());
    } else if (name !== "force_quote" && name !== "freeze") {
      return undefined;
    }
  }
  const csv = format === "csv";
  const quote = given.quote ?? '"';
  const f: CopyFormat = {
    format,
    delimiter: given.delimiter ?? (csv ? "," : "\t"),
    null: given.null ?? (csv ? "" : "\\N"),
    quote,
    escape: given.escape ?? quote,
    header,
  };
  if (given.encoding !== undefined) f.encoding = given.encoding;
  // PostgreSQL takes a one-byte delimiter, quote and escape; anything else is refused there too.
  if ([f.delimiter, f.quote, f.escape].some((c) => Buffer.byteLength(c) !== 1)) return undefined;
  return f;
}

/** SET TRANSACTION READ WRITE, SET transaction_read_only = off (and their DEFAULT / RESET forms). */
function setsReadWrite(node: Node): boolean {
  const name = String(node.name ?? "").toLowerCase();
  const off = (v: Node | undefined) => {
    const c = v?.A_Const;
    if (!c) return true;
    if (c.ival !== undefined) return !c.ival.ival;
    const t = String(c.sval?.sval ?? c.boolval?.boolval ?? "").toLowerCase();
    return !["on", "true", "1", "yes"].includes(t);
  };
  if (name === "transaction_read_only") return node.kind !== "VAR_SET_VALUE" || off(node.args?.[0]);
  return (node.args ?? []).some((a: Node) => a.DefElem?.defname === "transaction_read_only" && off(a.DefElem.arg));
}

function isFalse(arg: Node | undefined): boolean {
  const s = String(arg?.String?.sval ?? arg?.A_Const?.sval?.sval ?? arg?.Boolean?.boolval ?? "").toLowerCase();
  return s === "false" || s === "off" || s === "0";
}

function qualifiedOf(rv: Node, catalog: Catalog | undefined): string {
  const schema: string | undefined = rv.schemaname || undefined;
  const name = String(rv.relname);
  if (schema) return `${schema}.${name}`;
  const rel = catalog?.relation(undefined, name);
  if (rel) return `${rel.schema}.${rel.name}`;
  return `${name.startsWith("pg_") ? "pg_catalog" : (catalog?.searchPath[0] ?? "public")}.${name}`;
}

export function toLineage(cols: OutCol[] | null): StatementLineage | null {
  if (!cols) return null;
  const columns: ColumnLineage[] = [];
  for (const c of cols) {
    const col: ColumnLineage = {
      name: c.name,
      sources: sortedList(c.lin.sources),
      direct: c.lin.direct && c.lin.sources.size > 0 && !c.lin.unknown,
      unknown: c.lin.unknown,
      transformed: c.lin.transformed,
    };
    if (c.expands) col.expands = true;
    columns.push(col);
  }
  return { columns };
}

function fromLineage(lineage: StatementLineage): OutCol[] {
  return lineage.columns.map((c) => ({
    name: c.name,
    lin: { sources: new Set(c.sources), direct: c.direct, unknown: c.unknown, transformed: c.transformed },
    ...(c.expands ? { expands: true } : {}),
  }));
}
