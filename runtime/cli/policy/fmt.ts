import { readFileSync, statSync, writeFileSync } from "node:fs";
import { format } from "../../../dsl/format.js";
import { parse } from "../../../dsl/parser.js";
import { formatDiagnostic } from "../../../dsl/diagnostics.js";
import { hoopFilesUnder } from "../../../compiler/program.js";
import { boolFlag, parseArgs, type CliCommand } from "../args.js";

export const fmtCommand: CliCommand = {
  name: "fmt",
  summary: "rewrite policy files in the canonical layout (--check: only report files that differ)",
  async run(argv, io) {
    const args = parseArgs(argv, ["check"]);
    const check = boolFlag(args, "check");
    const paths = args.positional.length ? args.positional : ["."];
    const files = paths.flatMap((p) => (statSync(p).isDirectory() ? hoopFilesUnder(p) : [p]));
    let differ = 0, broken = 0;
    for (const f of files) {
      const source = readFileSync(f, "utf8");
      const parsed = parse(source, f);
      if (parsed.diagnostics.length) {
        // A file that does not parse is left untouched: formatting must never lose text.
        broken++;
        for (const d of parsed.diagnostics) io.err(formatDiagnostic(d, source, io.isTTY) + "\n");
        continue;
      }
      const formatted = format(parsed.file);
      if (formatted === source) continue;
      differ++;
      if (check) io.out(`${f}\n`);
      else writeFileSync(f, formatted);
    }
    if (check && differ) io.err(`${differ} file${differ === 1 ? "" : "s"} not formatted; run policy fmt\n`);
    else if (!check && differ) io.err(`formatted ${differ} file${differ === 1 ? "" : "s"}\n`);
    return broken || (check && differ) ? 1 : 0;
  },
};
