// The accumulator of one statement's facts while its tree is walked.
import type { CopyTarget, SqlCommand, SqlStatementFacts, StatementKind } from "../../compiler/context/types.js";

export class FactsBuilder {
  kind: StatementKind = "read";
  command: SqlCommand = "select";
  readonly tablesRead = new Set<string>();
  readonly tablesWritten = new Set<string>();
  readonly columnsRead = new Set<string>();
  readonly columnsWritten = new Set<string>();
  readonly columnsInPredicates = new Set<string>();
  hasWhere = false;
  whereIsTautology = false;
  readonly functions = new Set<string>();
  readonly sideEffectFunctions = new Set<string>();
  selectInto = false;
  copyTarget: CopyTarget = "none";
  setting = "";
  opaque = false;
  /** Facts of statements nested inside this one (writable CTEs, EXPLAIN ANALYZE, PREPARE, DO bodies). */
  readonly embedded: SqlStatementFacts[] = [];

  /** Takes in what a nested statement touched; the nested statement keeps its own entry too. */
  absorb(child: FactsBuilder): void {
    addAll(this.tablesRead, child.tablesRead);
    addAll(this.tablesWritten, child.tablesWritten);
    addAll(this.columnsRead, child.columnsRead);
    addAll(this.columnsWritten, child.columnsWritten);
    addAll(this.columnsInPredicates, child.columnsInPredicates);
    addAll(this.functions, child.functions);
    addAll(this.sideEffectFunctions, child.sideEffectFunctions);
    this.opaque ||= child.opaque;
    this.selectInto ||= child.selectInto;
    if (child.kind !== "read" && this.kind === "read") this.kind = child.kind;
    this.embedded.push(child.build(), ...child.embedded);
  }

  absorbFacts(f: SqlStatementFacts): void {
    addAll(this.tablesRead, f.tablesRead);
    addAll(this.tablesWritten, f.tablesWritten);
    addAll(this.columnsRead, f.columnsRead);
    addAll(this.columnsWritten, f.columnsWritten);
    addAll(this.columnsInPredicates, f.columnsInPredicates);
    addAll(this.functions, f.functions);
    addAll(this.sideEffectFunctions, f.sideEffectFunctions);
    this.opaque ||= f.opaque;
    this.selectInto ||= f.selectInto;
    if (f.kind !== "read" && this.kind === "read") this.kind = f.kind;
  }

  build(): SqlStatementFacts {
    // pg_settings' rules turn an UPDATE of it into a call of set_config, which changes the session.
    if (this.tablesWritten.has("pg_catalog.pg_settings")) {
      this.functions.add("set_config");
      this.sideEffectFunctions.add("set_config");
    }
    const sorted = sortedList;
    return {
      kind: this.kind,
      command: this.command,
      tablesRead: sorted(this.tablesRead),
      tablesWritten: sorted(this.tablesWritten),
      columnsRead: sorted(this.columnsRead),
      columnsWritten: sorted(this.columnsWritten),
      columnsInPredicates: sorted(this.columnsInPredicates),
      hasWhere: this.hasWhere,
      whereIsTautology: this.whereIsTautology,
      functions: sorted(this.functions),
      sideEffectFunctions: sorted(this.sideEffectFunctions),
      selectInto: this.selectInto,
      copyTarget: this.copyTarget,
      setting: this.setting,
      opaque: this.opaque,
    };
  }
}

function addAll(into: Set<string>, from: Iterable<string>): void {
  for (const x of from) into.add(x);
}

/** A set's members in sorted order (most sets here hold zero or one member). */
export function sortedList(s: ReadonlySet<string>): string[] {
  if (s.size === 0) return [];
  if (s.size === 1) return [s.values().next().value!];
  return [...s].sort();
}

/**
 * Statements that change nothing by themselves and do not break a read-only batch: transaction
 * bracketing (kind tcl; a BEGIN READ WRITE is a utility) and forgetting cursors or prepared statements.
 */
const NEUTRAL_TCL: ReadonlySet<SqlCommand> = new Set<SqlCommand>(["begin", "commit", "rollback", "savepoint", "release"]);
const NEUTRAL_UTILITY: ReadonlySet<SqlCommand> = new Set<SqlCommand>(["close", "deallocate"]);

/** Read-only: every statement a read (or transaction bracketing), nothing opaque, no side effects. */
export function isReadOnly(all: SqlStatementFacts[]): boolean {
  return all.every((f) =>
    // SET TRANSACTION / SET CONSTRAINTS only shape the current transaction, like BEGIN ISOLATION LEVEL.
    (f.kind === "read" || (f.kind === "tcl" && (f.command === "set" || NEUTRAL_TCL.has(f.command))) ||
      (f.kind === "utility" && NEUTRAL_UTILITY.has(f.command))) &&
    f.sideEffectFunctions.length === 0 && !f.opaque && !f.selectInto &&
    (f.copyTarget === "none" || f.copyTarget === "stdio") && f.tablesWritten.length === 0);
}
