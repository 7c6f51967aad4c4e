import { readFileSync } from "node:fs";
import { stringFlag, UsageError, type CliIO, type ParsedArgs } from "../args.js";
import type { CompiledPolicy } from "../../../compiler/index.js";
import type { RequestContext } from "../../../compiler/context/types.js";
import { contextFromJson } from "../../policytest/request.js";

/** Reads `--request FILE|-` and turns it into a request context (analysing sql/shell text). */
export async function readRequest(args: ParsedArgs, io: CliIO, policy: CompiledPolicy): Promise<RequestContext> {
  const from = stringFlag(args, "request");
  if (!from) throw new UsageError("--request FILE (or - for standard input) is required");
  const text = from === "-" ? await io.readStdin() : readFileSync(from, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`the request is not JSON: ${(e as Error).message}`);
  }
  return contextFromJson(json, policy);
}
