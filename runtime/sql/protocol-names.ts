// The extended query protocol's prepared statements and portals live in the same namespaces as
// SQL's PREPARE and DECLARE CURSOR: `PREPARE s AS …` fails when a Parse made "s", a Bind's portal
// "p" is read by `FETCH p`, and a `DECLARE p CURSOR` can take the name of a portal whose
// transaction ended. So both share one SqlSessionState: what a name stands for is judged the same
// way whichever protocol defined it, and a definition that may not have replaced the old one on
// the server is merged with it (the worse of both), as `remember` does for SQL.

import type { SqlStatementFacts } from "../../compiler/context/types.js";
import { isReadOnly } from "./facts.js";
import { rememberName } from "./statement.js";
import type { SqlAnalysis, SqlSessionState, StatementAnalysis } from "./types.js";

export type ProtocolNameKind = "statement" | "portal";

/** One Parse, Bind or Close as the gateway sent it, until the server's answer settles it. */
export interface ProtocolNameChange {
  readonly kind: ProtocolNameKind;
  readonly name: string;
  /** What the name stood for before the message. */
  before: StatementAnalysis | undefined;
  /** What the message makes it stand for if the server does what it asks (undefined: Close). */
  readonly after: StatementAnalysis | undefined;
  settled: boolean;
}

/** Unsettled changes of a session, oldest first (a settled one may fix the `before` of later ones). */
const open = new WeakMap<SqlSessionState, ProtocolNameChange[]>();
/** The full analyses of definitions made from one, so a Bind's portal keeps the Parse's facts object (decisions are cached by it). */
const whole = new WeakMap<StatementAnalysis, SqlAnalysis>();

function mapOf(session: SqlSessionState, kind: ProtocolNameKind): Map<string, StatementAnalysis> {
  return kind === "statement" ? session.prepared : session.cursors;
}

function set(map: Map<string, StatementAnalysis>, name: string, value: StatementAnalysis | undefined): void {
  if (value) map.set(name, value);
  else map.delete(name);
}

/**
 * Parse (`definition`: the statement's analysis), Bind (the statement's current definition, see
 * `protocolDefinition`) or Close (undefined). Until settled, the name stands for the new definition:
 * the messages after it up to the next Sync run only if it succeeded (PostgreSQL skips the rest after
 * an error), and the caller waits for the answer before judging anything sent after that Sync.
 */
export function defineProtocolName(session: SqlSessionState, kind: ProtocolNameKind, name: string, definition: SqlAnalysis | StatementAnalysis | undefined): ProtocolNameChange {
  const map = mapOf(session, kind);
  let after: StatementAnalysis | undefined;
  if (definition && "facts" in definition && "statements" in definition && Array.isArray(definition.statements)) {
    const a = definition as SqlAnalysis;
    const s = a.statements[0];
    // A Parse holds one statement (the gateway refuses more); an empty one defines a statement that returns nothing.
    after = s ? { ...s } : { facts: emptyFacts(), embedded: [], lineage: null, location: 0, length: 0 };
    whole.set(after, a);
  } else if (definition) {
    const s = definition as StatementAnalysis;
    // A copy: the portal's own object, so forgetting it at the end of its transaction cannot touch the statement.
    after = { ...s };
    const w = whole.get(s);
    if (w) whole.set(after, w);
  }
  const change: ProtocolNameChange = { kind, name, before: map.get(name), after, settled: false };
  set(map, name, after);
  let list = open.get(session);
  if (!list) open.set(session, (list = []));
  list.push(change);
  return change;
}

/**
 * The server's answer to a change: `ran` (ParseComplete, BindComplete, CloseComplete), `failed`
 * (an ErrorResponse: a named statement or portal that existed stays, an unnamed one may or may not,
 * so the name stands for both) or `skipped` (never processed: after an earlier error, before Sync).
 */
export function settleProtocolName(session: SqlSessionState, change: ProtocolNameChange, outcome: "ran" | "failed" | "skipped"): void {
  if (change.settled) return;
  change.settled = true;
  const list = open.get(session) ?? [];
  const i = list.indexOf(change);
  if (i >= 0) list.splice(i, 1);
  if (outcome === "ran") return;
  const map = mapOf(session, change.kind);
  const current = map.get(change.name);
  let value: StatementAnalysis | undefined;
  if (outcome === "skipped" || !change.after) value = change.before;
  else {
    // Failed: whatever stood before may still stand, and the new definition may have replaced it.
    set(map, change.name, change.before);
    rememberName(session, map, change.name, change.after);
    value = map.get(change.name);
    set(map, change.name, current);
  }
  if (current === change.after) set(map, change.name, value);
  // Later changes of the name were made over this one's definition, which did not happen (or not surely).
  for (const c of list) if (c.kind === change.kind && c.name === change.name && c.before === change.after) c.before = value;
}

/** Forgets a portal when its transaction ended, unless the name has been defined again since. */
export function forgetProtocolPortal(session: SqlSessionState, name: string, definition: StatementAnalysis | undefined): void {
  if (definition && session.cursors.get(name) === definition) session.cursors.delete(name);
}

/** What a name stands for now, as a one-statement analysis (the Parse's own when unchanged). */
export function protocolDefinition(session: SqlSessionState, kind: ProtocolNameKind, name: string): { statement: StatementAnalysis; analysis: SqlAnalysis } | undefined {
  const s = mapOf(session, kind).get(name);
  if (!s) return undefined;
  let a = whole.get(s);
  if (!a || (a.statements.length > 0 && a.statements[0] !== s && !sameStatement(a.statements[0], s))) {
    const all = [s.facts, ...s.embedded];
    a = { facts: { readOnly: isReadOnly(all), statements: all }, statements: [s], cached: false };
    whole.set(s, a);
  }
  return { statement: s, analysis: a };
}

/**
 * The statement's facts and lineage are those of a prepared statement or cursor as it stood when it
 * was analysed (EXECUTE, FETCH, MOVE): a Parse of `FETCH ALL FROM c` is judged again when it runs,
 * since `c` may have been closed and declared anew in between.
 */
export function dependsOnSessionNames(a: SqlAnalysis): boolean {
  return a.facts.statements.some((f) => f.command === "execute" || f.command === "fetch" || f.command === "move");
}

function sameStatement(a: StatementAnalysis | undefined, b: StatementAnalysis): boolean {
  return !!a && a.facts === b.facts && a.embedded === b.embedded && a.lineage === b.lineage;
}

function emptyFacts(): SqlStatementFacts {
  return {
    kind: "read", command: "select", tablesRead: [], tablesWritten: [], columnsRead: [], columnsWritten: [], columnsInPredicates: [],
    hasWhere: false, whereIsTautology: false, functions: [], sideEffectFunctions: [], selectInto: false, copyTarget: "none", setting: "", opaque: false,
  };
}
