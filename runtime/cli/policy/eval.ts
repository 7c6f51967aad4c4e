import { parseArgs, type CliCommand } from "../args.js";
import { compileAndReport } from "./load.js";
import { readRequest } from "./request-input.js";

export const evalCommand: CliCommand = {
  name: "eval",
  summary: "decide one request: policy eval [PATHS] --request FILE|-  (prints the decision as JSON)",
  async run(argv, io) {
    const args = parseArgs(argv);
    const compiled = compileAndReport(args.positional, io, { quietWarnings: true });
    if (!compiled.policy) return 1;
    const ctx = await readRequest(args, io, compiled.policy);
    io.out(JSON.stringify(compiled.policy.decide(ctx), null, 2) + "\n");
    return 0;
  },
};
