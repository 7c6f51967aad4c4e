// What the SQL analyzer returns beyond the policy-visible facts: where every output column comes from.
import type { SqlFacts, SqlStatementFacts } from "../../compiler/context/types.js";

/**
 * Provenance of one output column.
 * `sources` holds "schema.table.column" names, or "schema.table.*" when the analyzer knows the table
 * but not which of its columns (a `*` or whole-row reference without a catalog).
 */
export interface ColumnLineage {
  /** The column label PostgreSQL would give (best effort; "?column?" for anonymous expressions). */
  name: string;
  sources: string[];
  /** The value is a source column's own value (through aliases and text casts), not a function of it. */
  direct: boolean;
  /** Provenance could not be fully resolved: the value may carry any column. */
  unknown: boolean;
  /**
   * A text source reaches this column changed by a function or operator (reversed, cut, re-encoded,
   * glued to other characters…), not only through those that keep its characters as they are, in
   * order (text casts, concatenation with a separator, upper, JSON and array builders, aggregates
   * and CASE / COALESCE choosing a value). Content detectors cannot be trusted to recognise a
   * secret in it.
   */
  transformed: boolean;
  /** This entry stands for zero or more output columns (an unexpanded `*` without a catalog). */
  expands?: boolean;
}

export interface StatementLineage {
  /** Output columns in order; absent for statements that return no rows. */
  columns: ColumnLineage[];
}

/** How a COPY … TO STDOUT writes its rows, from the statement's options (PostgreSQL's defaults filled in). */
export interface CopyFormat {
  format: "text" | "csv" | "binary";
  /** One character. */
  delimiter: string;
  /** How a NULL is written. */
  null: string;
  /** CSV only: the quote and escape characters. */
  quote: string;
  escape: string;
  /** The first line holds column names. */
  header: boolean;
  /** An ENCODING option: the rows are not in the session's encoding. */
  encoding?: string;
}

export interface StatementAnalysis {
  /** Facts of the top-level statement (nested writes of CTEs etc. appear as extra facts entries). */
  facts: SqlStatementFacts;
  /** Facts of statements nested inside this one (writable CTEs, EXPLAIN ANALYZE, PREPARE, DO bodies). */
  embedded: SqlStatementFacts[];
  /** Output columns of the statement (SELECT list, RETURNING, FETCH of a known cursor, …); null when none. */
  lineage: StatementLineage | null;
  /** COPY … TO STDOUT: the format of its rows; undefined for other statements or options the analyzer does not know. */
  copy?: CopyFormat;
  /** Byte-independent character span of the statement in the batch text. */
  location: number;
  length: number;
}

export interface SqlAnalysis {
  /** Exactly what a policy sees. */
  facts: SqlFacts;
  /** One entry per top-level statement of the batch, in order. */
  statements: StatementAnalysis[];
  /** Whether this result came from the shape cache. */
  cached: boolean;
  /** Names of prepared statements and cursors the batch defined or closed (see settleSqlSession). */
  sessionChanges?: SessionNameChange[];
}

/** What one statement of a batch did to a name of the session, as its analysis left the state. */
export interface SessionNameChange {
  map: Map<string, StatementAnalysis>;
  name: string;
  /** What the name stood for before the statement. */
  before: StatementAnalysis | undefined;
  /** What the analysis left it standing for: the merge of before and the new definition, or before for CLOSE / DEALLOCATE. */
  after: StatementAnalysis | undefined;
  /** The statement's own definition; undefined for CLOSE / DEALLOCATE. */
  exact: StatementAnalysis | undefined;
}

/**
 * SQL-level PREPARE / DECLARE CURSOR state of one client session, so EXECUTE and FETCH inherit facts.
 * It is updated as statements are analysed, before the gateway decides on them, so until then it
 * forgets no definition (DEALLOCATE and CLOSE keep it) and a redefinition merges with the old one.
 * Once the gateway knows what the server did with the batch, `settleSqlSession` makes it exact.
 */
export class SqlSessionState {
  readonly prepared = new Map<string, StatementAnalysis>();
  readonly cursors = new Map<string, StatementAnalysis>();
  /** Changes of the batch being analysed. */
  changes: SessionNameChange[] | undefined;

  reset(): void {
    this.prepared.clear();
    this.cursors.clear();
  }
}
