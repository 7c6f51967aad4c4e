import { UsageError, type CliIO } from "../args.js";
export async function runAnalyzeSql(_argv: string[], _io: CliIO): Promise<number> {
  throw new UsageError("SQL analysis is not built yet");
}
