// Gateway-issued tokens: short-lived Ed25519 JWTs (alg EdDSA) carrying kind, groups and the
// RFC 8693 delegation (`sub` = the human acted for, `act` = the agent acting).

import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import type { PrincipalKind } from "../../compiler/context/types.js";
import type { TokenIssuerConfig } from "../config/types.js";
import { IdentityError } from "./errors.js";
import type { SigningKey } from "./keys.js";

export interface TokenRequest {
  sub: string;
  kind: PrincipalKind;
  groups: string[];
  /** The human (or other principal) `sub` acts for. */
  actFor?: string;
  ttlSeconds?: number;
  /** Seconds since the epoch (tests). */
  now?: number;
}

export async function issueToken(cfg: TokenIssuerConfig, key: SigningKey, req: TokenRequest): Promise<string> {
  const ttl = req.ttlSeconds ?? cfg.defaultTtlSeconds;
  if (!(ttl > 0)) throw new IdentityError("the token lifetime must be positive");
  if (ttl > cfg.maxTtlSeconds) throw new IdentityError(`the token lifetime exceeds the configured maximum of ${cfg.maxTtlSeconds}s`);
  const now = req.now ?? Math.floor(Date.now() / 1000);
  const actor = { sub: req.sub, kind: req.kind, groups: req.groups };
  const claims = req.actFor ? { kind: "human", groups: [], act: actor } : { kind: req.kind, groups: req.groups };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "EdDSA", typ: "JWT" })
    .setIssuer(cfg.issuer)
    .setAudience(cfg.audience)
    .setSubject(req.actFor ?? req.sub)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + Math.ceil(ttl))
    .setJti(randomUUID())
    .sign(key.privateKey);
}
