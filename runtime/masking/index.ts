// The masking engine: per-column plans from decisions and lineage, value mask methods, and content
// detectors for values (and text streams) whose origin is not a masked column.
import type { ColumnAction, MaskPlan } from "./plan.js";
import { maskDetected } from "./detectors.js";
import type { ValueMasker } from "./methods.js";

export { planMasks, compileMasks, MaskPlanError, type ColumnAction, type MaskPlan, type RowField } from "./plan.js";
export { createValueMasker, MaskingError, REDACTED, strongest, type ValueMasker } from "./methods.js";
export { detect, mergeFindings, maskDetected, createStreamMasker, luhn, ssnValid, ibanValid, type Finding, type DetectorRules } from "./detectors.js";

/** Applies one column's action to one value (text form; null is SQL NULL). */
export function applyAction(action: ColumnAction, value: string | null, masker: ValueMasker): { value: string | null; masked: boolean } {
  if (value === null) return action.action === "mask" && action.nulls ? { value: masker.mask("", action.method), masked: true } : { value, masked: false };
  if (action.action === "pass") return { value, masked: false };
  if (action.action === "mask") return { value: masker.mask(value, action.method), masked: true };
  const r = maskDetected(value, action.detectors, masker);
  return { value: r.text, masked: r.count > 0 };
}

/** Applies a plan to one row; returns the masked row and how many cells changed. */
export function applyPlan(plan: MaskPlan, row: readonly (string | null)[], masker: ValueMasker): { row: (string | null)[]; masked: number } {
  let masked = 0;
  const out = row.map((v, i) => {
    // Columns beyond the plan (a protocol surprise) are redacted rather than passed.
    const action: ColumnAction = plan.columns[i] ?? { action: "mask", method: "redact", rules: [], because: "column outside the plan" };
    const r = applyAction(action, v, masker);
    if (r.masked) masked++;
    return r.value;
  });
  return { row: out, masked };
}
export { withholdValues, type DatabaseTextPart } from "./database-text.js";
