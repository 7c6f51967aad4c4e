// Shell analysis: per-command latency after warm-up, for the plain fast path, for commands that
// need the grammar, and the bare tree-sitter parse of the same text as the baseline.
import { Parser, Language } from "web-tree-sitter";
import { analyzeShell, initShellAnalyzer } from "../../runtime/shell/index.js";
import { bashGrammarPath } from "../../runtime/shell/parser.js";
import { round, timeMicros } from "./_stats.js";

const CASES: Record<string, string> = {
  // The typical command: one pipeline of three programs.
  pipeline3: "ls -la /var/log | grep error | head -n 20",
  pipeline3Quoted: "grep -rn 'TODO: fix' src/ | sort -k2 | head -n 20",
  pipeline3Redirect: "ps aux 2>/dev/null | grep \"$USER\" | wc -l > /tmp/count",
  wrapped: "sudo -u app timeout 30 bash -c 'cd /srv/app && git status --short | wc -l'",
  bypass: "echo $(r''m -rf /tmp/x) ; find . -name '*.tmp' -exec rm {} \\;",
};

export async function bench(): Promise<Record<string, unknown>> {
  await initShellAnalyzer();
  await Parser.init();
  const parser = new Parser();
  parser.setLanguage(await Language.load(bashGrammarPath()));
  const out: Record<string, unknown> = {};
  for (const [name, command] of Object.entries(CASES)) {
    const parse = timeMicros(() => parser.parse(command)!.delete(), 20_000, 100, 5_000);
    const analysis = timeMicros(() => void analyzeShell(command), 20_000, 100, 5_000);
    const fullParse = timeMicros(() => void analyzeShell(command, { fullParse: true }), 20_000, 100, 5_000);
    out[name] = {
      command,
      categories: analyzeShell(command).categories,
      treeSitterParse: parse,
      analysis,
      analysisWithoutFastPath: fullParse,
      analysisOverParse: round(analysis.p50 / parse.p50, 2),
    };
  }
  return out;
}
