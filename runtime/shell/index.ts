// Shell-command analysis: what a command line runs, as bash would run it, and a category set
// (read-only, mutating, destructive, privileged, network, opaque) an agent cannot talk its way around.
// Never throws; anything it cannot follow is opaque, never read-only.
import type { ShellFacts } from "../../compiler/context/types.js";
import { ShellAnalysis, type SqlReadOnly } from "./analysis.js";
import { finish, isReadOnly } from "./categories.js";
import { knowledgeFor } from "./knowledge/index.js";
import type { ProgramRule } from "./knowledge/rules.js";
import { bashParserReady, loadBashParser } from "./parser.js";

export type { CommandRule, FlagRule, ProgramRule, WrapperSpec } from "./knowledge/rules.js";
export { DEFAULT_PROGRAMS } from "./knowledge/programs.js";
export { ShellAnalyzerError } from "./errors.js";

export interface AnalyzeShellOptions {
  /** A policy's own program declarations, layered over the built-in knowledge base. */
  programs?: readonly ProgramRule[];
  /** Parse with the grammar even where the plain-command fast path applies (tests, diagnostics). */
  fullParse?: boolean;
}

let sqlReadOnly: SqlReadOnly | undefined;
let sqlLoading: Promise<void> | undefined;

/**
 * Loads the bash parser (and, unless `sql: false`, the SQL analyzer used for `psql -c`) once;
 * later calls return at once.
 */
export async function initShellAnalyzer(opts: { sql?: boolean } = {}): Promise<void> {
  await Promise.all([loadBashParser(), opts.sql === false ? undefined : loadSqlAnalyzer()]);
}

/** Whether `psql` SQL is judged by the SQL analyzer (false: psql with SQL is never read-only). */
export function shellSqlAnalysisReady(): boolean {
  return sqlReadOnly !== undefined;
}

// Resolved at run time so that the shell analyzer works, failing closed, where the SQL analyzer is absent.
const SQL_MODULE = "../sql/index.js";

function loadSqlAnalyzer(): Promise<void> {
  sqlLoading ??= (async () => {
    try {
      const mod = (await import(SQL_MODULE)) as {
        initSqlAnalyzer?: () => Promise<void>;
        analyzeSql?: (text: string) => { facts: { readOnly: boolean; parseError?: unknown } };
      };
      if (typeof mod.analyzeSql !== "function") return;
      await mod.initSqlAnalyzer?.();
      const analyze = mod.analyzeSql;
      sqlReadOnly = (text) => {
        const facts = analyze(text).facts;
        return facts.parseError === undefined && facts.readOnly === true;
      };
    } catch {
      // No SQL analyzer: psql SQL stays "not read-only".
    }
  })();
  return sqlLoading;
}

export function analyzeShell(command: string, opts: AnalyzeShellOptions = {}): ShellFacts {
  try {
    if (!bashParserReady()) return failed("shell analyzer not initialised: call initShellAnalyzer() first");
    const analysis = new ShellAnalysis(knowledgeFor(opts.programs), sqlReadOnly, opts.fullParse === true);
    const categories = finish(analysis.runScript(String(command), []));
    const facts: ShellFacts = { commands: analysis.commands, categories, readOnly: isReadOnly(categories) };
    if (analysis.parseError !== undefined) facts.parseError = analysis.parseError;
    return facts;
  } catch (e) {
    // A defect here must refuse, not pass.
    return failed(`shell analysis failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function failed(parseError: string): ShellFacts {
  return { commands: [], categories: ["opaque"], readOnly: false, parseError };
}
