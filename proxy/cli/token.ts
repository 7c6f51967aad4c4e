// `gateway token --config FILE --sub ID --kind agent|human|service --groups a,b [--act HUMAN] --ttl 10m`
// prints only the token (so `$(gateway token …)` works); the issue is audited by its id, never its value.

import { loadConfig, parseDuration } from "../../runtime/config/index.js";
import { openState } from "../../runtime/engine/state.js";
import { issueToken, loadOrCreateSigningKey } from "../../runtime/identity/index.js";
import { decodeJwt } from "jose";
import { parseArgs, stringFlag, UsageError, type CliCommand, type CliIO } from "../../runtime/cli/args.js";
import type { PrincipalKind } from "../../compiler/context/types.js";

const KINDS = ["agent", "human", "service"];

export const tokenCommand: CliCommand = {
  name: "token",
  summary: "issue a short-lived token: gateway token --config F --sub ID --kind agent --groups a,b [--act HUMAN] [--ttl 10m]",
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv);
    const file = stringFlag(args, "config");
    const sub = stringFlag(args, "sub");
    const kind = stringFlag(args, "kind") ?? "agent";
    if (!file) throw new UsageError("--config FILE is required");
    if (!sub) throw new UsageError("--sub ID is required");
    if (!KINDS.includes(kind)) throw new UsageError(`--kind must be one of ${KINDS.join(", ")}`);
    const groups = (stringFlag(args, "groups") ?? "").split(",").map((g) => g.trim()).filter(Boolean);
    const act = stringFlag(args, "act");
    const ttlText = stringFlag(args, "ttl");
    let ttlSeconds: number | undefined;
    try {
      ttlSeconds = ttlText ? parseDuration(ttlText) : undefined;
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const config = loadConfig(file);
    const key = loadOrCreateSigningKey(config.tokens.keyFile);
    const token = await issueToken(config.tokens, key, { sub, kind: kind as PrincipalKind, groups, actFor: act, ttlSeconds });
    const claims = decodeJwt(token);
    const state = await openState(config.stateDir, { durability: config.audit.durability });
    try {
      const subject = act
        ? { id: sub, kind: kind as PrincipalKind, groups, onBehalfOf: { id: act, kind: "human" as const, groups: [] } }
        : { id: sub, kind: kind as PrincipalKind, groups };
      await state.audit.append({ type: "token.issued", principal: null, connection: null, sessionId: null, jti: String(claims.jti), subject, expiresAt: new Date(claims.exp! * 1000).toISOString(), issuer: config.tokens.issuer });
    } finally {
      await state.close();
    }
    io.out(token + "\n");
    return 0;
  },
};
