import { writeFileSync } from "node:fs";
import { parseArgs, stringFlag, UsageError, type CliCommand } from "../args.js";
import { compileAndReport } from "./load.js";

export const compileCommand: CliCommand = {
  name: "compile",
  summary: "compile policies and show the result (--emit js|rules, --out FILE)",
  async run(argv, io) {
    const args = parseArgs(argv);
    const emit = stringFlag(args, "emit") ?? "js";
    if (emit !== "js" && emit !== "rules") throw new UsageError("--emit takes js or rules");
    const compiled = compileAndReport(args.positional, io, { quietWarnings: true });
    const policy = compiled.policy;
    if (!policy) return 1;
    const text = emit === "rules"
      ? JSON.stringify({ sourceHash: policy.sourceHash, rules: policy.rules }, null, 2) + "\n"
      : `// Decision function compiled from policy ${policy.sourceHash}.\n` +
        `// Called as new Function("rt", "K", "metas", "buildDecision", body)(…); K holds ${policy.code.constants.length} precomputed constants.\n` +
        policy.code.body + "\n";
    const out = stringFlag(args, "out");
    if (out) writeFileSync(out, text);
    else io.out(text);
    return 0;
  },
};
