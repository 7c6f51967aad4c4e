// The masking plan: the decision's masks + the lineage of a statement's output (+ the table OID /
// attribute number PostgreSQL puts in RowDescription) → one action per output column.
// Fails closed: when lineage and the row description disagree on the column count, or provenance is
// unknown, every column that could carry a masked column is masked.
import type { InfoType, MaskDirective, MaskMethod } from "../../compiler/context/types.js";
import { parseColumnSelector, selectorCoversTable, selectorMatches, type ColumnSelector } from "../../compiler/selectors.js";
import type { Catalog } from "../sql/catalog/types.js";
import type { ColumnLineage, StatementLineage } from "../sql/types.js";
import type { DetectorRules } from "./detectors.js";
import { revealsPart, strongest } from "./methods.js";

export type ColumnAction =
  | { action: "pass" }
  /**
   * `nulls`: a NULL is masked too. The value is computed from a masked column (or of unknown
   * provenance), and whether it is NULL can answer a question about that column:
   * CASE WHEN ssn LIKE '8%' THEN 1 END is NULL exactly when the SSN does not start with 8.
   */
  | { action: "mask"; method: MaskMethod; rules: string[]; because: string; nulls?: boolean }
  | { action: "scan"; detectors: DetectorRules; rules: string[] };

export interface RowField {
  name?: string;
  /** 0 when the column is not a plain table column. */
  tableOid: number;
  attnum: number;
}

export interface MaskPlan {
  columns: ColumnAction[];
  /** Whether any column is masked or scanned (callers may skip per-row work otherwise). */
  active: boolean;
}

interface ColumnRule {
  selector: ColumnSelector;
  method: MaskMethod;
  rule: string;
}

export class MaskPlanError extends Error {}

/** Compiles the decision's mask directives once; reuse it for every statement of the decision. */
export function compileMasks(masks: readonly MaskDirective[]): { columns: ColumnRule[]; detectors: DetectorRules; detectorRules: string[] } {
  const columns: ColumnRule[] = [];
  const detectors: DetectorRules = {};
  const detectorRules: string[] = [];
  for (const m of masks) {
    if ("column" in m) {
      const sel = parseColumnSelector(m.column);
      if ("error" in sel) throw new MaskPlanError(`mask of rule ${m.rule}: ${sel.error}`);
      columns.push({ selector: sel, method: m.method, rule: m.rule });
    } else {
      const t: InfoType = m.infoType;
      detectors[t] = strongest([detectors[t], m.method].filter(Boolean) as MaskMethod[]);
      if (!detectorRules.includes(m.rule)) detectorRules.push(m.rule);
    }
  }
  return { columns, detectors, detectorRules };
}

export function planMasks(
  masks: readonly MaskDirective[],
  lineage: StatementLineage | null,
  opts: { fields?: readonly RowField[]; catalog?: Catalog } = {},
): MaskPlan {
  const compiled = compileMasks(masks);
  const n = opts.fields?.length ?? lineage?.columns.filter((c) => !c.expands).length ?? 0;
  const aligned = align(lineage, n, opts.fields?.map((f) => f.name));
  const columns: ColumnAction[] = [];
  for (let i = 0; i < n; i++) {
    const lin = aligned[i]!;
    const field = opts.fields?.[i];
    const fromRow = field && field.tableOid ? rowSource(field, opts.catalog) : undefined;
    columns.push(decide(lin, fromRow, compiled));
  }
  return { columns, active: columns.some((c) => c.action !== "pass") };
}

/**
 * Maps lineage entries onto `n` result columns; `*` entries absorb what is left. Alignment is by
 * position, so it is only as right as the analyzer's column count: when a column it placed has a
 * name other than the one PostgreSQL gave that column, the count is off somewhere and every column
 * gets the lineage of all of them.
 */
function align(lineage: StatementLineage | null, n: number, names?: readonly (string | undefined)[]): ColumnLineage[] {
  const unknown: ColumnLineage = { name: "?", sources: [], direct: false, unknown: true, transformed: false };
  if (!lineage) return Array.from({ length: n }, () => unknown);
  const cols = lineage.columns;
  const fixed = cols.filter((c) => !c.expands).length;
  const expanding = cols.filter((c) => c.expands);
  const merged = () => Array.from({ length: n }, () => mergeAll(cols));
  if (expanding.length === 0) {
    if (fixed !== n || cols.some((c, i) => mislabelled(c, names?.[i]))) return merged();
    return cols;
  }
  if (n < fixed) return merged();
  const first = cols.findIndex((c) => c.expands);
  const last = cols.length - 1 - [...cols].reverse().findIndex((c) => c.expands);
  const head = cols.slice(0, first);
  const tail = cols.slice(last + 1);
  const middle = cols.slice(first, last + 1);
  const width = n - head.length - tail.length;
  if (head.some((c, i) => mislabelled(c, names?.[i])) || tail.some((c, i) => mislabelled(c, names?.[n - tail.length + i]))) return merged();
  // With one expanding entry its columns are exactly those; with several, any of them could be any.
  const fill = expanding.length === 1 && middle.length === 1 ? middle[0]! : mergeAll(middle);
  return [...head, ...Array.from({ length: width }, () => fill), ...tail];
}

/** The analyzer's label is best effort: only two real labels that differ count as a mismatch. */
function mislabelled(c: ColumnLineage, name: string | undefined): boolean {
  return name !== undefined && name !== "?column?" && c.name !== "?column?" && c.name !== "*" && c.name !== name;
}

function mergeAll(cols: readonly ColumnLineage[]): ColumnLineage {
  return {
    name: "?",
    sources: [...new Set(cols.flatMap((c) => c.sources))],
    direct: false,
    unknown: cols.some((c) => c.unknown) || cols.length === 0,
    transformed: cols.some((c) => c.transformed),
  };
}

function rowSource(field: RowField, catalog: Catalog | undefined): string | undefined {
  const rel = catalog?.relationByOid(field.tableOid);
  const col = rel?.columns.find((c) => c.attnum === field.attnum);
  return rel && col ? `${rel.schema}.${rel.name}.${col.name}` : undefined;
}

function matches(sel: ColumnSelector, source: string): boolean {
  if (source.endsWith(".*")) return selectorCoversTable(sel, source.slice(0, -2));
  return selectorMatches(sel, source);
}

function decide(lin: ColumnLineage, fromRow: string | undefined, c: ReturnType<typeof compileMasks>): ColumnAction {
  const hits: ColumnRule[] = [];
  const sources = fromRow && !lin.sources.includes(fromRow) ? [...lin.sources, fromRow] : lin.sources;
  for (const r of c.columns) if (sources.some((s) => matches(r.selector, s))) hits.push(r);
  const hasDetectors = Object.keys(c.detectors).length > 0;
  if (hits.length === 0 && lin.unknown && c.columns.length > 0) {
    // Unknown provenance could carry any masked column: take the strongest of them, never a partial one.
    const m = strongest(c.columns.map((r) => r.method))!;
    return { action: "mask", method: revealsPart(m) ? "redact" : m, rules: unique(c.columns.map((r) => r.rule)), because: "unknown provenance", nulls: true };
  }
  if (hits.length) {
    let m = strongest(hits.map((h) => h.method))!;
    const wholeValue = lin.direct && sources.length === 1 && !lin.unknown;
    // last4/partial are defined on the column's own value; on a function of it they could reveal more.
    if (revealsPart(m) && !wholeValue) m = "redact";
    const action: ColumnAction = { action: "mask", method: m, rules: unique(hits.map((h) => h.rule)), because: `derives from ${sources.join(", ")}` };
    // A column's own value is NULL when the column is; a value computed from it can be NULL by a test of it.
    return wholeValue ? action : { ...action, nulls: true };
  }
  if (hasDetectors) {
    // Detectors recognise secrets by their shape, which a function of free text (reversed, cut,
    // re-encoded) no longer has while it still shows them.
    if (lin.transformed && (sources.length > 0 || lin.unknown)) {
      const m = strongest(["redact", ...Object.values(c.detectors)])!;
      return { action: "mask", method: m, rules: c.detectorRules, because: "transformed free text" };
    }
    return { action: "scan", detectors: c.detectors, rules: c.detectorRules };
  }
  return { action: "pass" };
}

const unique = (xs: string[]) => [...new Set(xs)];
