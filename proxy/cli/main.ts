import { dispatch, processIO, type CliCommand, type CliIO } from "../../runtime/cli/args.js";
import { auditCommand } from "./audit.js";
import { replayCommand } from "./replay.js";

const commands: CliCommand[] = [auditCommand, replayCommand];

export function main(argv: string[], io: CliIO = processIO): Promise<number> {
  return dispatch("gateway", commands, argv, io);
}
