import { boolFlag, parseArgs, type CliCommand } from "../args.js";
import { compileAndReport, countSeverities, diagnosticsJson } from "./load.js";

export const checkCommand: CliCommand = {
  name: "check",
  summary: "type-check policy files and folders (--json, --strict: warnings fail too)",
  async run(argv, io) {
    const args = parseArgs(argv, ["json", "strict"]);
    const json = boolFlag(args, "json");
    const result = compileAndReport(args.positional, io, { json });
    const { errors, warnings } = countSeverities(result);
    const failed = errors > 0 || (boolFlag(args, "strict") && warnings > 0);
    if (json) {
      io.out(JSON.stringify({ ok: !failed, errors, warnings, diagnostics: diagnosticsJson(result) }, null, 2) + "\n");
    } else {
      const p = result.policy;
      const files = new Set(result.sources.keys()).size;
      io.err(`${files} file${files === 1 ? "" : "s"}: ${p ? `${p.rules.length} rules, ${p.program.tests.length} tests; ` : ""}${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}\n`);
    }
    return failed ? 1 : 0;
  },
};
