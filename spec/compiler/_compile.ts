// Compiles generated policy text for property tests; a generated policy that does not compile is
// a defect of the generator or of the checker, so it fails the property with the source shown.
import { compileFiles, compileSource, type CompiledPolicy } from "../../compiler/index.js";
import { parse } from "../../dsl/parser.js";
import type { Effect } from "../../compiler/context/types.js";

function orFail(r: ReturnType<typeof compileSource>, source: string): CompiledPolicy {
  const errors = r.diagnostics.filter((d) => d.severity === "error");
  if (!r.policy || errors.length) {
    throw new Error(`policy does not compile:\n${errors.map((d) => `${d.span.file}:${d.span.line}:${d.span.col} ${d.code} ${d.message}`).join("\n")}\n${source}`);
  }
  return r.policy;
}

export function compileOrFail(source: string, path = "gen.hoop"): CompiledPolicy {
  return orFail(compileSource(source, path), source);
}

/** Compiles several files (path → text) in the given order. */
export function compileFilesOrFail(files: [string, string][]): CompiledPolicy {
  const parsed = files.map(([path, text]) => parse(text, path));
  const r = compileFiles(parsed.map((p) => p.file), new Map(files), parsed.flatMap((p) => p.diagnostics));
  return orFail(r, files.map(([p, t]) => `--- ${p}\n${t}`).join("\n"));
}

/** allow < review < deny: a larger rank is less permissive. */
export const RANK: Record<Effect, number> = { allow: 0, review: 1, deny: 2 };
