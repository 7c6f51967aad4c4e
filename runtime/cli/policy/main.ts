import { dispatch, processIO, type CliCommand, type CliIO } from "../args.js";
import { analyzeCommand } from "./analyze.js";
import { catalogCommand } from "./catalog.js";
import { checkCommand } from "./check.js";
import { compileCommand } from "./compile.js";
import { evalCommand } from "./eval.js";
import { explainCommand } from "./explain.js";
import { fmtCommand } from "./fmt.js";
import { testCommand } from "./test.js";

const commands: CliCommand[] = [checkCommand, testCommand, fmtCommand, evalCommand, explainCommand, compileCommand, analyzeCommand, catalogCommand];

export function main(argv: string[], io: CliIO = processIO): Promise<number> {
  return dispatch("policy", commands, argv, io);
}
