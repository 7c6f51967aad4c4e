// Verifies a bearer token (the PostgreSQL password, the control API's Authorization header) and
// returns the principal. Gateway tokens: EdDSA only, with our key. OIDC tokens: the algorithms the
// issuer's config pins, keys from its JWKS. Expiry, not-before, audience and issuer are checked.

import { createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify, type JWTPayload } from "jose";
import type { Principal } from "../../compiler/context/types.js";
import type { OidcConfig, TokenIssuerConfig } from "../config/types.js";
import { IdentityError } from "./errors.js";
import type { SigningKey } from "./keys.js";
import { principalFromClaims } from "./principal.js";

/** Our own tokens are checked against the clock that minted them: no leeway. */
const GATEWAY_CLOCK_TOLERANCE_S = 0;
/** An external issuer's clock may drift a little from ours. */
const OIDC_CLOCK_TOLERANCE_S = 5;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export interface VerifiedToken {
  principal: Principal;
  /** Seconds since the epoch. */
  expiresAt: number;
  issuer: string;
  tokenId?: string;
}

export class TokenVerifier {
  private readonly jwks = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  constructor(
    private readonly gateway: TokenIssuerConfig,
    private readonly key: Pick<SigningKey, "publicKey">,
    private readonly oidc: OidcConfig[] = [],
  ) {}

  async verify(token: string, now?: Date): Promise<VerifiedToken> {
    if (token.length > 16_384 || !JWT_SHAPE.test(token)) throw new IdentityError("the password is not a valid token");
    let iss: string | undefined;
    try {
      iss = decodeJwt(token).iss;
    } catch {
      throw new IdentityError("the password is not a valid token");
    }
    try {
      if (iss === this.gateway.issuer) return await this.verifyGateway(token, now);
      const provider = this.oidc.find((o) => o.issuer === iss);
      if (provider) return await this.verifyOidc(token, provider, now);
    } catch (e) {
      throw refusal(e);
    }
    throw new IdentityError("the token's issuer is not trusted");
  }

  private async verifyGateway(token: string, now?: Date): Promise<VerifiedToken> {
    const { payload } = await jwtVerify(token, this.key.publicKey, {
      algorithms: ["EdDSA"],
      issuer: this.gateway.issuer,
      audience: this.gateway.audience,
      requiredClaims: ["exp", "iat", "sub"],
      clockTolerance: GATEWAY_CLOCK_TOLERANCE_S,
      currentDate: now,
      typ: "JWT",
    });
    // A token minted with a longer life than the configured maximum (an old key, a changed limit) is refused.
    if (payload.exp! - payload.iat! > this.gateway.maxTtlSeconds) {
      throw new IdentityError("the token lives longer than the configured maximum");
    }
    return done(payload, principalFromClaims(payload, { groupsClaim: "groups", kindClaim: "kind", defaultKind: "agent" }));
  }

  private async verifyOidc(token: string, o: OidcConfig, now?: Date): Promise<VerifiedToken> {
    let keys = this.jwks.get(o.issuer);
    if (!keys) {
      keys = createRemoteJWKSet(new URL(o.jwksUri ?? (await discoverJwksUri(o.issuer))));
      this.jwks.set(o.issuer, keys);
    }
    const { payload } = await jwtVerify(token, keys, {
      algorithms: o.algorithms,
      issuer: o.issuer,
      audience: o.audience,
      requiredClaims: ["exp", "sub"],
      clockTolerance: OIDC_CLOCK_TOLERANCE_S,
      currentDate: now,
    });
    return done(payload, principalFromClaims(payload, { groupsClaim: o.groupsClaim, kindClaim: o.kindClaim, defaultKind: o.defaultKind }));
  }
}

function done(payload: JWTPayload, principal: Principal): VerifiedToken {
  return { principal, expiresAt: payload.exp!, issuer: payload.iss!, tokenId: payload.jti };
}

async function discoverJwksUri(issuer: string): Promise<string> {
  const res = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`);
  if (!res.ok) throw new IdentityError(`cannot discover the OIDC configuration of ${issuer}`);
  const doc = (await res.json()) as { jwks_uri?: unknown; issuer?: unknown };
  if (doc.issuer !== issuer || typeof doc.jwks_uri !== "string") throw new IdentityError(`invalid OIDC discovery document for ${issuer}`);
  return doc.jwks_uri;
}

/** Maps jose's errors to a short reason the client may read. */
function refusal(e: unknown): IdentityError {
  if (e instanceof IdentityError) return e;
  if (e instanceof joseErrors.JWTExpired) return new IdentityError("the token has expired");
  if (e instanceof joseErrors.JWTClaimValidationFailed) return new IdentityError(`the token's ${e.claim} claim is not acceptable`);
  if (e instanceof joseErrors.JOSEAlgNotAllowed) return new IdentityError("the token's algorithm is not accepted");
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return new IdentityError("the token's signature is invalid");
  return new IdentityError("the token is not valid");
}
