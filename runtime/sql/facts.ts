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
  opaque = false;
  /** Facts of statements nested inside this one (writable CTEs, EXPLAIN ANALYZE, PREPARE, DO bodies). */
  readonly embedded: SqlStatementFacts[] = [];

  /** Takes in what a nested statement touched; the nested statement keeps its own entry too. */
  absorb(child: FactsBuilder): void {
    for (const [mine, theirs] of [
      [this.tablesRead, child.tablesRead], [this.tablesWritten, child.tablesWritten],
      [this.columnsRead, child.columnsRead], [this.columnsWritten, child.columnsWritten],
      [this.columnsInPredicates, child.columnsInPredicates], [this.functions, child.functions],
      [this.sideEffectFunctions, child.sideEffectFunctions],
    ] as const) for (const x of theirs) mine.add(x);
    this.opaque ||= child.opaque;
    this.selectInto ||= child.selectInto;
    if (child.kind !== "read" && this.kind === "read") this.kind = child.kind;
    this.embedded.push(child.build(), ...child.embedded);
  }

  absorbFacts(f: SqlStatementFacts): void {
    for (const [mine, theirs] of [
      [this.tablesRead, f.tablesRead], [this.tablesWritten, f.tablesWritten],
      [this.columnsRead, f.columnsRead], [this.columnsWritten, f.columnsWritten],
      [this.columnsInPredicates, f.columnsInPredicates], [this.functions, f.functions],
      [this.sideEffectFunctions, f.sideEffectFunctions],
    ] as const) for (const x of theirs) mine.add(x);
    this.opaque ||= f.opaque;
    this.selectInto ||= f.selectInto;
    if (f.kind !== "read" && this.kind === "read") this.kind = f.kind;
  }

  build(): SqlStatementFacts {
    const sorted = (s: Set<string>) => [...s].sort();
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
      opaque: this.opaque,
    };
  }
}

/** Statements that change nothing by themselves and do not break a read-only batch. */
const NEUTRAL: ReadonlySet<SqlCommand> = new Set<SqlCommand>(["begin", "commit", "rollback", "savepoint", "release", "close", "deallocate"]);

/** Read-only: every statement a read (or transaction bracketing), nothing opaque, no side effects. */
export function isReadOnly(all: SqlStatementFacts[]): boolean {
  return all.every((f) =>
    (f.kind === "read" || (f.kind === "tcl" && NEUTRAL.has(f.command)) || NEUTRAL.has(f.command)) &&
    f.sideEffectFunctions.length === 0 && !f.opaque && !f.selectInto &&
    (f.copyTarget === "none" || f.copyTarget === "stdio") && f.tablesWritten.length === 0);
}
