import { dispatch, processIO, type CliCommand, type CliIO } from "../../runtime/cli/args.js";
import { auditCommand } from "./audit.js";
import { replayCommand } from "./replay.js";
import { demoCommand, startCommand } from "./start.js";
import { tokenCommand } from "./token.js";
import { approvalsCommand } from "./approvals.js";

const commands: CliCommand[] = [auditCommand, replayCommand, startCommand, tokenCommand, approvalsCommand, demoCommand];

export function main(argv: string[], io: CliIO = processIO): Promise<number> {
  return dispatch("gateway", commands, argv, io);
}
