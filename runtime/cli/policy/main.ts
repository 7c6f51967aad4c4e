import { dispatch, processIO, type CliCommand, type CliIO } from "../args.js";
import { analyzeCommand } from "./analyze.js";

const commands: CliCommand[] = [analyzeCommand];

export function main(argv: string[], io: CliIO = processIO): Promise<number> {
  return dispatch("policy", commands, argv, io);
}
