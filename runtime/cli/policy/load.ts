import { compilePaths, formatDiagnostic, type CompileResult } from "../../../compiler/index.js";
import { paint } from "../../../dsl/diagnostics.js";
import type { CliIO } from "../args.js";

/** Compiles the given paths (default: the current folder) and prints the diagnostics. */
export function compileAndReport(paths: string[], io: CliIO, opts: { json?: boolean; quietWarnings?: boolean } = {}): CompileResult {
  const result = compilePaths(paths.length ? paths : ["."]);
  if (!opts.json) {
    for (const d of result.diagnostics) {
      if (opts.quietWarnings && d.severity === "warning") continue;
      io.err(formatDiagnostic(d, result.sources.get(d.span.file), io.isTTY) + "\n");
    }
  }
  return result;
}

export function countSeverities(result: CompileResult): { errors: number; warnings: number } {
  return {
    errors: result.diagnostics.filter((d) => d.severity === "error").length,
    warnings: result.diagnostics.filter((d) => d.severity === "warning").length,
  };
}

export function diagnosticsJson(result: CompileResult): unknown[] {
  return result.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    file: d.span.file,
    line: d.span.line,
    column: d.span.col,
    ...(d.hint ? { hint: d.hint } : {}),
  }));
}

export const color = (io: CliIO) => ({
  green: (s: string) => paint("green", s, io.isTTY),
  red: (s: string) => paint("red", s, io.isTTY),
  dim: (s: string) => paint("dim", s, io.isTTY),
  bold: (s: string) => paint("bold", s, io.isTTY),
});
