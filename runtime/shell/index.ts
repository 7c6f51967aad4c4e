// Shell-command analysis: what a command line runs, as bash would run it, and a category set
// (read-only, mutating, destructive, privileged, network, opaque) an agent cannot talk its way around.
// Never throws; anything it cannot follow is opaque, never read-only.
import type { ShellCategory, ShellFacts, SqlFacts } from "../../compiler/context/types.js";
import type { SqlEffects } from "./scope.js";
import { ShellAnalysis, type SqlJudge } from "./analysis.js";
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

let sqlJudge: SqlJudge | undefined;
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
  return sqlJudge !== undefined;
}

// Resolved at run time so that the shell analyzer works, failing closed, where the SQL analyzer is absent.
const SQL_MODULE = "../sql/index.js";

function loadSqlAnalyzer(): Promise<void> {
  sqlLoading ??= (async () => {
    try {
      const mod = (await import(SQL_MODULE)) as {
        initSqlAnalyzer?: () => Promise<void>;
        analyzeSql?: (text: string) => { facts: SqlFacts };
      };
      if (typeof mod.analyzeSql !== "function") return;
      await mod.initSqlAnalyzer?.();
      const analyze = mod.analyzeSql;
      sqlJudge = (text) => sqlEffectsOf(analyze(text).facts, text);
    } catch {
      // No SQL analyzer: psql SQL stays "not read-only".
    }
  })();
  return sqlLoading;
}

export function analyzeShell(command: string, opts: AnalyzeShellOptions = {}): ShellFacts {
  try {
    if (!bashParserReady()) return failed("shell analyzer not initialised: call initShellAnalyzer() first");
    const analysis = new ShellAnalysis(knowledgeFor(opts.programs), sqlJudge, opts.fullParse === true);
    const categories = finish(analysis.runScript(String(command), []));
    const facts: ShellFacts = { commands: analysis.commands, categories, readOnly: isReadOnly(categories) };
    if (analysis.parseError !== undefined) facts.parseError = analysis.parseError;
    return facts;
  } catch (e) {
    // A defect here must refuse, not pass.
    return failed(`shell analysis failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const ROLE_COMMANDS = new Set(["grant", "revoke", "create_role", "alter_role", "set_role", "set_session_authorization"]);
/** Functions that end other sessions' work. */
const ENDS_SESSIONS = /^pg_(terminate|cancel)_backend$/;

/** The shell categories SQL statements earn: losing data is destructive, roles and grants are privileged. */
export function sqlEffectsOf(facts: SqlFacts, text: string): SqlEffects {
  const categories = new Set<ShellCategory>();
  const readOnly = facts.parseError === undefined && facts.readOnly === true;
  if (facts.parseError !== undefined) {
    // Text the SQL analyzer cannot read is judged by its words (psql may still run part of it).
    categories.add("opaque");
    const words = text.replace(/["'`]/g, "");
    if (/\b(drop|truncate|delete|update)\b/i.test(words)) categories.add("destructive");
    if (/\b(grant|revoke|role|user|superuser)\b/i.test(words)) categories.add("privileged");
  }
  for (const s of facts.statements) {
    if (s.copyTarget === "program" || s.opaque) categories.add("opaque");
    if (s.command === "drop" || s.command === "truncate" || s.command === "drop_role") categories.add("destructive");
    if ((s.command === "delete" || s.command === "update") && (!s.hasWhere || s.whereIsTautology)) categories.add("destructive");
    if (ROLE_COMMANDS.has(s.command)) categories.add("privileged");
    if (s.functions.some((f) => ENDS_SESSIONS.test(f))) categories.add("destructive");
    // A query the SQL analyzer does not find read-only because of the functions it calls: a
    // function may do anything (drop, write files, run programs).
    if (s.command === "select" && !readOnly && s.functions.length > 0) categories.add("opaque");
  }
  return { readOnly, categories: [...categories] };
}

function failed(parseError: string): ShellFacts {
  return { commands: [], categories: ["opaque"], readOnly: false, parseError };
}
