// `policy analyze shell [--json] [--programs FILE] "<command>"`: what the gateway sees in a shell command.
import { readFileSync } from "node:fs";
import type { ShellFacts } from "../../../compiler/context/types.js";
import { SHELL_CATEGORIES } from "../../../compiler/context/types.js";
import { boolFlag, parseArgs, stringFlag, UsageError, type CliIO } from "../args.js";
import { analyzeShell, initShellAnalyzer, shellSqlAnalysisReady, type ProgramRule } from "../../shell/index.js";

const USAGE = 'usage: policy analyze shell [--json] [--programs FILE.json] "<command>"  (or the command on stdin with -)';

export async function runAnalyzeShell(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ["json"]);
  let text = args.positional.join(" ");
  if (text === "-" || (args.positional.length === 0 && !io.isTTY)) text = await io.readStdin();
  if (text.trim() === "") throw new UsageError(USAGE);
  const programsFile = stringFlag(args, "programs");
  const programs = programsFile ? readPrograms(programsFile) : undefined;
  // The SQL analyzer is loaded only when a psql command needs it (start-up time of every call).
  await initShellAnalyzer({ sql: false });
  let facts = analyzeShell(text, { programs });
  if (facts.commands.some((c) => /(^|\/)psql$/.test(c.program)) && !shellSqlAnalysisReady()) {
    await initShellAnalyzer();
    facts = analyzeShell(text, { programs });
  }
  io.out(boolFlag(args, "json") ? JSON.stringify(toJson(facts), null, 2) + "\n" : render(facts));
  return facts.parseError ? 1 : 0;
}

function toJson(f: ShellFacts) {
  return {
    categories: f.categories,
    readOnly: f.readOnly,
    ...(f.parseError ? { parseError: f.parseError } : {}),
    commands: f.commands,
  };
}

function render(f: ShellFacts): string {
  const lines = [`categories: ${f.categories.join(", ")}`, `readOnly: ${f.readOnly}`];
  if (f.parseError) lines.push(`parse error: ${f.parseError}`);
  for (const c of f.commands) {
    const via = c.via && c.via.length ? `  (via ${c.via.join(" → ")})` : "";
    const words = [c.program === "" ? "<not literal>" : c.program, ...c.args].map(show).join(" ");
    lines.push(`- ${c.assignments.length ? c.assignments.join(" ") + " " : ""}${words}  [${c.categories.join(", ")}]${via}`);
    for (const r of c.redirects) lines.push(`    ${r.op} ${show(r.target)}`);
  }
  return lines.join("\n") + "\n";
}

function show(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : JSON.stringify(s);
}

function readPrograms(file: string): ProgramRule[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(`--programs ${file}: ${(e as Error).message}`);
  }
  const ok = Array.isArray(data) && data.every((r) =>
    r && typeof r === "object" && typeof (r as ProgramRule).name === "string" && Array.isArray((r as ProgramRule).categories)
    && (r as ProgramRule).categories.every((c) => (SHELL_CATEGORIES as readonly string[]).includes(c)));
  if (!ok) throw new UsageError(`--programs ${file}: expected [{ "name": "...", "categories": [${SHELL_CATEGORIES.map((c) => `"${c}"`).join(", ")}] }, …]`);
  return data as ProgramRule[];
}
