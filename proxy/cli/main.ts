import { dispatch, processIO, type CliCommand, type CliIO } from "../../runtime/cli/args.js";

const commands: CliCommand[] = [];

export function main(argv: string[], io: CliIO = processIO): Promise<number> {
  return dispatch("gateway", commands, argv, io);
}
