// The client side of PostgreSQL authentication towards the upstream: trust, cleartext, md5 and
// SCRAM-SHA-256. Pure functions over messages; the socket loop lives in proxy/postgres.

import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";

export class UpstreamAuthError extends Error {}

export function md5Response(user: string, password: string, salt: Buffer): string {
  const inner = createHash("md5").update(password + user).digest("hex");
  return "md5" + createHash("md5").update(Buffer.concat([Buffer.from(inner), salt])).digest("hex");
}

const hmac = (key: Buffer, text: string) => createHmac("sha256", key).update(text).digest();
const saltedCache = new Map<string, Buffer>();

/** PBKDF2 is deliberately slow; the result for one (password, salt, iterations) never changes. */
function saltedPassword(password: string, salt: string, iterations: number): Buffer {
  const key = `${salt}:${iterations}:${createHash("sha256").update(password).digest("hex")}`;
  let v = saltedCache.get(key);
  if (!v) {
    v = pbkdf2Sync(password.normalize("NFKC"), Buffer.from(salt, "base64"), iterations, 32, "sha256");
    if (saltedCache.size > 64) saltedCache.clear();
    saltedCache.set(key, v);
  }
  return v;
}

/** One SCRAM-SHA-256 exchange (RFC 5802 / 7677, without channel binding). */
export class ScramClient {
  private readonly nonce = randomBytes(18).toString("base64");
  private serverSignature?: Buffer;
  readonly mechanism = "SCRAM-SHA-256";

  constructor(private readonly password: string) {}

  private get firstBare(): string {
    return `n=,r=${this.nonce}`;
  }

  clientFirst(): Buffer {
    return Buffer.from(`n,,${this.firstBare}`);
  }

  clientFinal(serverFirst: Buffer): Buffer {
    const sf = serverFirst.toString("utf8");
    const attrs = new Map(sf.split(",").map((kv) => [kv.slice(0, 1), kv.slice(2)] as const));
    const r = attrs.get("r"), s = attrs.get("s"), i = Number(attrs.get("i"));
    if (!r || !s || !Number.isInteger(i) || i < 1) throw new UpstreamAuthError("malformed SCRAM server-first message");
    if (!r.startsWith(this.nonce)) throw new UpstreamAuthError("SCRAM server nonce does not extend the client nonce");
    const salted = saltedPassword(this.password, s, i);
    const clientKey = hmac(salted, "Client Key");
    const storedKey = createHash("sha256").update(clientKey).digest();
    const withoutProof = `c=biws,r=${r}`;
    const authMessage = `${this.firstBare},${sf},${withoutProof}`;
    const signature = hmac(storedKey, authMessage);
    const proof = Buffer.alloc(clientKey.length);
    for (let k = 0; k < proof.length; k++) proof[k] = clientKey[k]! ^ signature[k]!;
    this.serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
    return Buffer.from(`${withoutProof},p=${proof.toString("base64")}`);
  }

  /** Verifies the server's proof that it knows the password too. */
  verifyFinal(serverFinal: Buffer): void {
    const text = serverFinal.toString("utf8");
    const v = /(?:^|,)v=([^,]+)/.exec(text)?.[1];
    if (!v || !this.serverSignature) throw new UpstreamAuthError("malformed SCRAM server-final message");
    const got = Buffer.from(v, "base64");
    if (got.length !== this.serverSignature.length || !timingSafeEqual(got, this.serverSignature)) {
      throw new UpstreamAuthError("the upstream's SCRAM signature does not match");
    }
  }
}
