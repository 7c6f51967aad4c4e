// The compiler's front door: files → checked program → JavaScript decision function.
import { createHash } from "node:crypto";
import type { PolicyFile } from "../dsl/ast.js";
import { compareDiagnostics, type Diagnostic } from "../dsl/diagnostics.js";
import { checkProgram, type CheckedProgram, type CheckedRule } from "./checker.js";
import { analyzeRules } from "./analysis.js";
import type { Decision, RequestContext } from "./context/types.js";
import type { RuleMeta } from "./decision.js";
import { generate, instantiate, type GeneratedCode } from "./codegen.js";
import { Interpreter } from "./interpreter.js";
import { loadFiles } from "./program.js";
import { parse } from "../dsl/parser.js";

export type { Diagnostic } from "../dsl/diagnostics.js";
export { formatDiagnostic } from "../dsl/diagnostics.js";

export interface RuleInfo {
  id: string;
  effect: "allow" | "deny" | "review" | "mask";
  reason: string;
  file: string;
  line: number;
  col: number;
}

export interface CompiledPolicy {
  decide(ctx: RequestContext): Decision;
  rules: RuleInfo[];
  /** SHA-256 over the policy's files (path and content), for audit records of policy loads. */
  sourceHash: string;
  /** In-house programs the policy declares for the shell analyzer. */
  shellPrograms: { name: string; categories: string[] }[];
  /** The generated JavaScript, for `policy compile --emit js`. */
  code: GeneratedCode;
  program: CheckedProgram;
  /** The reference interpreter over the same rules (tests, explain and coverage only). */
  interpreter: Interpreter;
  checkedRules: CheckedRule[];
}

export interface CompileResult {
  policy?: CompiledPolicy;
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
}

export function compileFiles(files: PolicyFile[], sources = new Map<string, string>(), parseDiagnostics: Diagnostic[] = []): CompileResult {
  const program = checkProgram(files);
  const diagnostics = [...parseDiagnostics, ...program.diagnostics];
  if (!diagnostics.some((d) => d.severity === "error")) diagnostics.push(...analyzeRules(program));
  diagnostics.sort(compareDiagnostics);
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics, sources };
  // Evaluation order is the order of rule ids, never the order of writing: a decision cannot depend on it.
  const rules = [...program.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const metas: RuleMeta[] = rules.map((r) => ({
    id: r.id,
    effect: r.effect,
    reason: r.reason,
    masks: r.masks.map((m) => (m.column !== undefined ? { column: m.column, method: m.method, rule: r.id } : { infoType: m.infoType!, method: m.method, rule: r.id })),
    ...(r.review ? { review: { ...r.review, rule: r.id } } : {}),
    ...(r.protocol ? { protocol: r.protocol } : {}),
    connections: r.connections,
  }));
  const code = generate(program, rules, metas);
  const decide = instantiate(code, metas);
  const hash = createHash("sha256");
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) hash.update(f.path).update("\0").update(f.source).update("\0");
  const policy: CompiledPolicy = {
    decide,
    rules: rules.map((r) => ({ id: r.id, effect: r.effect, reason: r.reason, file: r.decl.span.file, line: r.decl.span.line, col: r.decl.span.col })),
    sourceHash: hash.digest("hex"),
    shellPrograms: program.programs,
    code,
    program,
    interpreter: new Interpreter(program, rules, metas),
    checkedRules: rules,
  };
  return { policy, diagnostics, sources };
}

/** Loads and compiles every .hoop file under the given files or folders. Never throws on bad policies. */
export function compilePaths(paths: string[], cwd = process.cwd()): CompileResult {
  const loaded = loadFiles(paths, cwd);
  return compileFiles(loaded.files, loaded.sources, loaded.diagnostics);
}

/** The gateway's entry point: one policy folder. */
export function loadPolicyFolder(dir: string): { policy?: CompiledPolicy; diagnostics: Diagnostic[] } {
  const r = compilePaths([dir]);
  return { policy: r.policy, diagnostics: r.diagnostics };
}

/** Compiles policy text held in memory (tests, tools); `path` names it in diagnostics. */
export function compileSource(source: string, path = "policy.hoop"): CompileResult {
  const parsed = parse(source, path);
  return compileFiles([parsed.file], new Map([[path, source]]), parsed.diagnostics);
}
