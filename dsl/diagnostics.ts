import type { Span } from "./ast.js";

export type Severity = "error" | "warning";

/** One problem in a policy, at its root: a stable code, where, what, and how to fix it. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  hint?: string;
}

export function diagnostic(code: string, message: string, span: Span, hint?: string, severity: Severity = "error"): Diagnostic {
  return hint === undefined ? { code, severity, message, span } : { code, severity, message, span, hint };
}

const colors = { red: "\x1b[31m", green: "\x1b[32m", yellow: "\x1b[33m", cyan: "\x1b[36m", bold: "\x1b[1m", dim: "\x1b[2m", reset: "\x1b[0m" };
export type Colour = Exclude<keyof typeof colors, "reset">;

/** `text` in a terminal colour when `enabled`, plain otherwise. */
export function paint(colour: Colour, text: string, enabled: boolean): string {
  return enabled ? colors[colour] + text + colors.reset : text;
}

/** `file:line:col: error[CODE]: message`, the source line, a caret under the problem, and the hint. */
export function formatDiagnostic(d: Diagnostic, source: string | undefined, color = false): string {
  const c = (k: Colour, t: string) => paint(k, t, color);
  const sev = d.severity === "error" ? c("red", "error") : c("yellow", "warning");
  let out = `${c("bold", `${d.span.file}:${d.span.line}:${d.span.col}`)}: ${sev}[${d.code}]: ${d.message}\n`;
  if (source !== undefined) {
    const lines = source.split("\n");
    const text = (lines[d.span.line - 1] ?? "").replace(/\t/g, " ");
    const gutter = String(d.span.line);
    const width = Math.max(1, Math.min(d.span.end - d.span.start, text.length - (d.span.col - 1)));
    out += `${c("dim", `${gutter} |`)} ${text}\n`;
    out += `${" ".repeat(gutter.length)} ${c("dim", "|")} ${" ".repeat(Math.max(0, d.span.col - 1))}${c(d.severity === "error" ? "red" : "yellow", "^".repeat(width))}\n`;
  }
  if (d.hint) out += `  ${c("cyan", "hint")}: ${d.hint}\n`;
  return out;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.span.file.localeCompare(b.span.file) || a.span.start - b.span.start || a.code.localeCompare(b.code);
}

/** The closest candidate by edit distance, for "did you mean" hints; undefined when nothing is close. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const cand of candidates) {
    const d = editDistance(word.toLowerCase(), cand.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = cand;
    }
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return bestScore <= limit ? best : undefined;
}

/** Damerau-Levenshtein (optimal string alignment): a swapped pair of letters costs one edit. */
export function editDistance(a: string, b: string): number {
  const m = a.length, n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}
