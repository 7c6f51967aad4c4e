// Without a catalog a whole-row reference (`c`, `c.*`, `row_to_json(c)`) stands for columns nobody
// can name: the analysis reports it as `schema.table.*`. A test of it (`WHERE c::text LIKE
// '%219-09%'`) tests every column of the row, masked ones included, yet a policy's column sets
// cannot match an entry whose columns are unknown. Where requests are enforced such a statement is
// therefore opaque until the catalog is known.
import type { SqlStatementFacts } from "../../compiler/context/types.js";
import type { SqlAnalysis } from "./types.js";

const testsUnresolvedRow = (s: SqlStatementFacts): boolean => s.columnsInPredicates.some((c) => c.endsWith(".*"));

/** The analysis with every statement that tests an unexpanded whole row marked opaque (a copy; the cached one is shared). */
export function markUnresolvedRowTests(analysis: SqlAnalysis): SqlAnalysis {
  const statements = analysis.facts.statements;
  if (!statements.some(testsUnresolvedRow)) return analysis;
  return {
    ...analysis,
    cached: false,
    facts: { ...analysis.facts, readOnly: false, statements: statements.map((s) => (testsUnresolvedRow(s) ? { ...s, opaque: true } : s)) },
  };
}
