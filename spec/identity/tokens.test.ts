// Gateway tokens and external OIDC tokens: what is accepted, and every way a token is refused.
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OidcConfig, TokenIssuerConfig } from "../../runtime/config/types.js";
import { IdentityError, issueToken, loadOrCreateSigningKey, TokenVerifier } from "../../runtime/identity/index.js";

const dir = mkdtempSync(join(tmpdir(), "hoop-identity-"));
const cfg: TokenIssuerConfig = { issuer: "hoop-gateway", audience: "hoop-gateway", defaultTtlSeconds: 900, maxTtlSeconds: 3600, keyFile: join(dir, "key.pem") };
const key = loadOrCreateSigningKey(cfg.keyFile);
const verifier = new TokenVerifier(cfg, key);
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refused(token: string, why: RegExp, v = verifier) {
  const err = await v.verify(token).then(() => undefined, (e) => e);
  expect(err).toBeInstanceOf(IdentityError);
  expect(err.message).toMatch(why);
  expect(err.message).not.toContain(token);
}

describe("gateway tokens", () => {
  it("carries kind, groups and the RFC 8693 delegation chain", async () => {
    const t = await issueToken(cfg, key, { sub: "agent-7", kind: "agent", groups: ["agents"], actFor: "alice@bank.example", ttlSeconds: 600 });
    const v = await verifier.verify(t);
    expect(v.principal).toMatchObject({ id: "agent-7", kind: "agent", groups: ["agents"], onBehalfOf: { id: "alice@bank.example", kind: "human" } });
    const plain = await verifier.verify(await issueToken(cfg, key, { sub: "bob", kind: "human", groups: ["payments-ops"] }));
    expect(plain.principal).toMatchObject({ id: "bob", kind: "human", groups: ["payments-ops"] });
    expect(plain.principal.onBehalfOf).toBeUndefined();
    expect(plain.expiresAt - Math.floor(Date.now() / 1000)).toBeGreaterThan(890);
  });

  it("the same key file gives the same key to every process", () => {
    expect(loadOrCreateSigningKey(cfg.keyFile).publicKey.export({ format: "jwk" })).toEqual(key.publicKey.export({ format: "jwk" }));
  });

  it("refuses a lifetime above the maximum at issue time", async () => {
    await expect(issueToken(cfg, key, { sub: "a", kind: "agent", groups: [], ttlSeconds: 7200 })).rejects.toThrow(/maximum/);
  });

  it("refuses alg:none, forged, tampered, expired, not-yet-valid, wrong audience and garbage", async () => {
    // A gateway token is refused the second it expires: no clock leeway for our own tokens.
    const nowish = Math.floor(Date.now() / 1000);
    await refused(await issueToken(cfg, key, { sub: "a", kind: "agent", groups: [], ttlSeconds: 1, now: nowish - 2 }), /expired/);
    const now = Math.floor(Date.now() / 1000);
    const good = await issueToken(cfg, key, { sub: "agent-7", kind: "agent", groups: ["agents"] });
    const [h, , s] = good.split(".");
    await refused(`${b64({ alg: "none", typ: "JWT" })}.${b64({ iss: cfg.issuer, aud: cfg.audience, sub: "agent-7", groups: ["dba"], exp: now + 600, iat: now })}.`, /not a valid token/);
    await refused(`${h}.${b64({ iss: cfg.issuer, aud: cfg.audience, sub: "agent-7", kind: "agent", groups: ["dba"], exp: now + 600, iat: now })}.${s}`, /signature/);
    await refused(good.slice(0, -3) + (good.endsWith("AAA") ? "BBB" : "AAA"), /signature|not valid/);
    const other = generateKeyPairSync("ed25519");
    await refused(await issueToken(cfg, { ...other }, { sub: "agent-7", kind: "agent", groups: [] }), /signature/);
    await refused(await issueToken(cfg, key, { sub: "a", kind: "agent", groups: [], ttlSeconds: 1, now: now - 100 }), /expired/);
    await refused(await new SignJWT({ kind: "agent" }).setProtectedHeader({ alg: "EdDSA", typ: "JWT" }).setIssuer(cfg.issuer).setAudience(cfg.audience).setSubject("a").setIssuedAt(now).setNotBefore(now + 600).setExpirationTime(now + 900).sign(key.privateKey), /nbf/);
    await refused(await issueToken({ ...cfg, audience: "elsewhere" }, key, { sub: "a", kind: "agent", groups: [] }), /aud/);
    await refused(await issueToken({ ...cfg, issuer: "someone-else" }, key, { sub: "a", kind: "agent", groups: [] }), /issuer is not trusted/);
    await refused(await issueToken({ ...cfg, maxTtlSeconds: 86400 }, key, { sub: "a", kind: "agent", groups: [], ttlSeconds: 86000 }), /maximum/);
    await refused("not-a-token", /not a valid token/);
    // An HS256 token signed with the public key's bytes (algorithm confusion) is refused.
    const pub = key.publicKey.export({ format: "der", type: "spki" });
    await refused(await new SignJWT({ kind: "agent" }).setProtectedHeader({ alg: "HS256", typ: "JWT" }).setIssuer(cfg.issuer).setAudience(cfg.audience).setSubject("a").setIssuedAt(now).setExpirationTime(now + 60).sign(new Uint8Array(pub)), /algorithm|not valid/);
  });
});

describe("OIDC tokens", () => {
  let server: Server;
  let oidc: OidcConfig;
  let signer: CryptoKey;
  beforeAll(async () => {
    const pair = await generateKeyPair("RS256");
    signer = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    server = createServer((req, res) => {
      res.setHeader("content-type", "application/json");
      if (req.url === "/.well-known/openid-configuration") res.end(JSON.stringify({ issuer: oidc.issuer, jwks_uri: `${oidc.issuer}/jwks` }));
      else res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    oidc = { issuer: `http://127.0.0.1:${port}`, audience: "hoop", algorithms: ["RS256"], groupsClaim: "roles", defaultKind: "human" };
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const sign = (claims: Record<string, unknown>, alg = "RS256", k: CryptoKey | Uint8Array = signer) =>
    new SignJWT(claims).setProtectedHeader({ alg, kid: "k1" }).setIssuer(oidc.issuer).setAudience("hoop").setSubject("carol@bank.example").setIssuedAt().setExpirationTime("5m").sign(k);

  it("accepts the issuer's tokens with groups from the configured claim and the act chain", async () => {
    const v = new TokenVerifier(cfg, key, [oidc]);
    const r = await v.verify(await sign({ roles: ["payments-ops"], act: { sub: "ci-bot", kind: "service", groups: ["ci"] } }));
    expect(r.principal).toMatchObject({ id: "ci-bot", kind: "service", groups: ["ci"], onBehalfOf: { id: "carol@bank.example", kind: "human", groups: ["payments-ops"] } });
  });

  it("pins the algorithm and checks the audience", async () => {
    const v = new TokenVerifier(cfg, key, [{ ...oidc, algorithms: ["ES256"] }]);
    await refused(await sign({}), /algorithm|not valid/, v);
    const v2 = new TokenVerifier(cfg, key, [{ ...oidc, audience: "other" }]);
    await refused(await sign({}), /aud/, v2);
  });
});
