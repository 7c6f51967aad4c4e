import { UsageError, type CliIO } from "../args.js";
export async function runAnalyzeShell(_argv: string[], _io: CliIO): Promise<number> {
  throw new UsageError("shell analysis is not built yet");
}
