// Connects decisions to the masking engine (runtime/masking): which output values of a result set
// are masked, and how free text (notices, errors) is scrubbed of masked values and detector hits.

import type { Decision } from "../../compiler/context/types.js";
import type { Catalog } from "../sql/catalog/types.js";
import type { SqlAnalysis, StatementLineage } from "../sql/types.js";
import { applyAction, compileMasks, createValueMasker, maskDetected, planMasks, withholdValues, type ColumnAction, type DatabaseTextPart, type DetectorRules } from "../masking/index.js";
import { binaryText } from "../masking/binary-text.js";
import type { OutputColumn, RowMasker } from "./types.js";

export interface ResultMasking {
  /** A masker for result set `statement` of a request, or null when the decision masks nothing there. */
  rowMasker(decision: Decision, analysis: SqlAnalysis | undefined, statement: number, columns: OutputColumn[] | null, catalog: Catalog | undefined): RowMasker | null;
  /** Text with detector hits masked (per the decision's infoType masks; all detectors when no decision is known). */
  scrubText(decision: Decision | undefined, text: string): string;
  /**
   * An error or notice text of the database during `request`: when the decision masks anything,
   * values the database may have quoted from the data are withheld too (runtime/masking/database-text.ts).
   */
  scrubDatabaseText(decision: Decision, request: string, text: string, part: DatabaseTextPart): string;
}

/** Types whose binary wire form is their UTF-8 text, so a masked value can replace it. */
const TEXT_LIKE_OIDS = new Set([25, 1043, 1042, 19, 114, 705, 142, 18]);
const JSONB_OID = 3802;
/** Mask methods whose output is the same for every value. */
const CONSTANT_METHODS: ReadonlySet<string> = new Set(["redact", "null"]);
const ALL_DETECTORS: DetectorRules = { credit_card: "redact", ssn: "redact", email: "redact", iban: "redact" };

export async function createResultMasking(): Promise<ResultMasking> {
  const values = createValueMasker();
  const detectorCache = new WeakMap<Decision, DetectorRules | null>();
  /** Free text (errors, notices) is scanned with every detector whenever anything is masked. */
  const textRules = (d: Decision | undefined): DetectorRules | null => {
    if (!d) return ALL_DETECTORS;
    let r = detectorCache.get(d);
    if (r === undefined) {
      r = d.masks.length ? { ...ALL_DETECTORS, ...compileMasks(d.masks).detectors } : null;
      detectorCache.set(d, r);
    }
    return r;
  };
  /**
   * Maskers made before, by decision, lineage and columns. A masker keeps no state between rows, so
   * requests of one statement shape with the same decision and result columns share one. The
   * engine passes the same decision object for equal decisions and the proxy the same columns for
   * equal row descriptions; lineage comes from the analysis cache. Other objects simply miss.
   */
  const made = new WeakMap<Decision, WeakMap<object, WeakMap<object, { catalog: Catalog | undefined; masker: RowMasker | null }>>>();
  const scrubText = (decision: Decision | undefined, text: string): string => {
    const rules = textRules(decision);
    return rules ? maskDetected(text, rules, values).text : text;
  };
  const NO_LINEAGE = {};
  const NO_COLUMNS = {};
  const binaryScanFinds = (action: ColumnAction & { action: "scan" }, typeOid: number, v: Buffer): boolean => {
    const text = binaryText(typeOid, v);
    return text === undefined || (text !== "" && applyAction(action, text, values).masked);
  };
  const build = (decision: Decision, lineage: StatementLineage | null, columns: OutputColumn[] | null, catalog: Catalog | undefined): RowMasker | null => {
    const fields = columns?.map((c) => ({ name: c.name, tableOid: c.tableOid, attnum: c.columnAttr }));
    const plan = planMasks(decision.masks, lineage, { fields, catalog });
    if (!plan.active && (!columns || plan.columns.length === columns.length)) return null;
    const fallback: ColumnAction = { action: "mask", method: "redact", rules: [], because: "column outside the plan" };
    // Text columns masked with a method whose output does not depend on the value (redact, null)
    // get that output without decoding the value; the bytes are shared, as nothing writes to them.
    const constant = (columns ?? []).map((c, i): { value: Buffer | null } | undefined => {
      const a = plan.columns[i];
      if (!a || a.action !== "mask" || !CONSTANT_METHODS.has(a.method) || c.format !== 0) return undefined;
      const v = values.mask("", a.method);
      return { value: v === null ? null : Buffer.from(v, "utf8") };
    });
    // What a NULL of a column whose NULLs are masked becomes: the mask of an empty value in text
    // (binary values of a masked column all become NULL).
    const nullAs = plan.columns.map((a, i): Buffer | undefined => {
      if (!a || a.action !== "mask" || !a.nulls || columns?.[i]?.format === 1) return undefined;
      const v = values.mask("", a.method);
      return v === null ? undefined : Buffer.from(v, "utf8");
    });
    return {
      maskRow(row) {
        let n = 0;
        for (let i = 0; i < row.length; i++) {
          const v = row[i];
          if (v === null || v === undefined) {
            const masked = v === null ? nullAs[i] : undefined;
            if (masked) (row[i] = masked), n++;
            continue;
          }
          const fixed = constant[i];
          if (fixed) {
            row[i] = fixed.value;
            n++;
            continue;
          }
          const action = plan.columns[i] ?? fallback;
          if (action.action === "pass") continue;
          const col = columns?.[i];
          const binary = col?.format === 1;
          if (binary && !TEXT_LIKE_OIDS.has(col!.typeOid) && col!.typeOid !== JSONB_OID) {
            // A binary number, array or record cannot be rewritten in part: a masked column
            // becomes NULL, and so does a scanned one when a detector finds something in it or
            // its layout is unknown (it could hold anything).
            if (action.action === "mask" || binaryScanFinds(action, col!.typeOid, v)) (row[i] = null), n++;
            continue;
          }
          const prefix = binary && col!.typeOid === JSONB_OID ? v.subarray(0, 1) : undefined;
          const text = (prefix ? v.subarray(1) : v).toString("utf8");
          const r = applyAction(action, text, values);
          if (!r.masked) continue;
          n++;
          if (r.value === null) row[i] = null;
          else row[i] = prefix ? Buffer.concat([prefix, Buffer.from(r.value, "utf8")]) : Buffer.from(r.value, "utf8");
        }
        return n;
      },
    };
  };
  return {
    rowMasker(decision, analysis, statement, columns, catalog) {
      if (!decision.masks.length) return null;
      const lineage = analysis?.statements[statement]?.lineage ?? null;
      let byLineage = made.get(decision);
      if (!byLineage) made.set(decision, (byLineage = new WeakMap()));
      let byColumns = byLineage.get(lineage ?? NO_LINEAGE);
      if (!byColumns) byLineage.set(lineage ?? NO_LINEAGE, (byColumns = new WeakMap()));
      const hit = byColumns.get(columns ?? NO_COLUMNS);
      if (hit && hit.catalog === catalog) return hit.masker;
      const masker = build(decision, lineage, columns, catalog);
      byColumns.set(columns ?? NO_COLUMNS, { catalog, masker });
      return masker;
    },
    scrubText,
    scrubDatabaseText(decision, request, text, part) {
      // A decision without masks scans nothing (textRules), so there is nothing to withhold either.
      return decision.masks.length ? scrubText(decision, withholdValues(text, request, part)) : text;
    },
  };
}
