// Verified JWT claims → the Principal a policy sees. Delegation follows RFC 8693: `sub` is the party
// on whose behalf the request is made, `act` the party acting now, and a nested `act` inside it
// the actor before that. The principal is the current actor; `onBehalfOf` walks back to `sub`.

import type { Principal, PrincipalKind } from "../../compiler/context/types.js";
import { IdentityError } from "./errors.js";

const KINDS: readonly PrincipalKind[] = ["agent", "human", "service"];
const MAX_CHAIN = 8;

export interface ClaimNames {
  groupsClaim: string;
  kindClaim?: string;
  defaultKind: PrincipalKind;
}

function asKind(v: unknown, fallback: PrincipalKind): PrincipalKind {
  if (v === undefined) return fallback;
  if (typeof v === "string" && (KINDS as string[]).includes(v)) return v as PrincipalKind;
  throw new IdentityError("token has an invalid principal kind");
}

function asGroups(v: unknown): string[] {
  if (v === undefined) return [];
  if (typeof v === "string") return v.split(/[ ,]+/).filter(Boolean);
  if (Array.isArray(v) && v.every((g) => typeof g === "string")) return [...v];
  throw new IdentityError("token has an invalid groups claim");
}

function asId(v: unknown): string {
  if (typeof v !== "string" || v.length === 0 || v.length > 256) throw new IdentityError("token has no valid subject");
  return v;
}

/** Builds the principal (with its delegation chain) from verified claims. */
export function principalFromClaims(claims: Record<string, unknown>, names: ClaimNames): Principal {
  const kindOf = (c: Record<string, unknown>, fallback: PrincipalKind) => asKind(c[names.kindClaim ?? "kind"], fallback);
  const attributes: Record<string, unknown> = {};
  if (typeof claims.iss === "string") attributes.issuer = claims.iss;
  if (typeof claims.jti === "string") attributes.tokenId = claims.jti;
  const subject: Principal = {
    id: asId(claims.sub),
    kind: kindOf(claims, names.defaultKind),
    groups: asGroups(claims[names.groupsClaim]),
    attributes,
  };
  // Collect actors from the current one (outermost `act`) to the earliest (innermost).
  const actors: Record<string, unknown>[] = [];
  let act = claims.act;
  while (act !== undefined) {
    if (typeof act !== "object" || act === null || Array.isArray(act)) throw new IdentityError("token has an invalid act claim");
    if (actors.length >= MAX_CHAIN) throw new IdentityError("token delegation chain is too long");
    actors.push(act as Record<string, unknown>);
    act = (act as Record<string, unknown>).act;
  }
  let principal = subject;
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i]!;
    principal = {
      id: asId(a.sub),
      kind: kindOf(a, "agent"),
      groups: asGroups(a[names.groupsClaim] ?? a.groups),
      attributes: {},
      onBehalfOf: principal,
    };
  }
  if (actors.length) principal.attributes = attributes;
  return principal;
}

/** Every id in the chain, the acting principal first. */
export function principalChain(p: Principal): string[] {
  const ids: string[] = [];
  for (let q: Principal | undefined = p; q; q = q.onBehalfOf) ids.push(q.id);
  return ids;
}
