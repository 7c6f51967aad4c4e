// The Ed25519 key that signs checkpoints and exports. It lives in the state directory (mode 0600)
// and is created on first use; the public half travels with every export so it verifies offline.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "./chain.js";
import { canonicalJson } from "./canonical.js";

export const SIGNING_KEY_FILE = "audit-signing-key.pem";

export class SigningKeyError extends Error {}

export interface PublicKeyInfo {
  keyId: string;
  /** Base64 of the DER SubjectPublicKeyInfo. */
  publicKey: string;
}

export class CheckpointSigner {
  readonly keyId: string;
  readonly publicKey: string;
  constructor(private readonly privateKey: KeyObject) {
    const der = createPublicKey(privateKey).export({ format: "der", type: "spki" });
    this.publicKey = der.toString("base64");
    this.keyId = keyIdOf(this.publicKey);
  }

  /** Loads the key from `stateDir`, creating it (exclusively, so racing processes agree) if absent. */
  static fromStateDir(stateDir: string): CheckpointSigner {
    mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    const file = join(stateDir, SIGNING_KEY_FILE);
    try {
      const { privateKey } = generateKeyPairSync("ed25519");
      writeFileSync(file, privateKey.export({ format: "pem", type: "pkcs8" }), { flag: "wx", mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw new SigningKeyError(`cannot create ${file}: ${(e as Error).message}`);
    }
    try {
      return new CheckpointSigner(createPrivateKey(readFileSync(file)));
    } catch (e) {
      throw new SigningKeyError(`cannot read the signing key ${file}: ${(e as Error).message}`);
    }
  }

  /** A signer from its private key in PKCS#8 PEM (how the key reaches the store's writer thread). */
  static fromPem(pem: string): CheckpointSigner {
    return new CheckpointSigner(createPrivateKey(pem));
  }

  /** The private key as PKCS#8 PEM; only for handing to a thread of this process. */
  privateKeyPem(): string {
    return this.privateKey.export({ format: "pem", type: "pkcs8" }).toString();
  }

  static generate(): CheckpointSigner {
    return new CheckpointSigner(generateKeyPairSync("ed25519").privateKey);
  }

  info(): PublicKeyInfo {
    return { keyId: this.keyId, publicKey: this.publicKey };
  }

  sign(message: string): string {
    return sign(null, Buffer.from(message, "utf8"), this.privateKey).toString("base64");
  }
}

/** A key's id: the first 16 hex digits of SHA-256 over its base64 SPKI (shown as its fingerprint). */
export function keyIdOf(publicKeyBase64: string): string {
  return sha256(publicKeyBase64).slice(0, 16);
}

/** Parsed public keys, so verifying many checkpoints does not re-parse the same key. */
const publicKeys = new Map<string, KeyObject>();

export function verifySignature(publicKeyBase64: string, message: string, signatureBase64: string): boolean {
  // Base64 has spare bits: accept only the one canonical spelling, so no character can change unnoticed.
  if (!isCanonicalBase64(signatureBase64) || !isCanonicalBase64(publicKeyBase64)) return false;
  try {
    let key = publicKeys.get(publicKeyBase64);
    if (!key) {
      key = createPublicKey({ key: Buffer.from(publicKeyBase64, "base64"), format: "der", type: "spki" });
      if (publicKeys.size > 64) publicKeys.clear();
      publicKeys.set(publicKeyBase64, key);
    }
    return verify(null, Buffer.from(message, "utf8"), key, Buffer.from(signatureBase64, "base64"));
  } catch {
    return false;
  }
}

/** What a checkpoint entry signs: the position and hash of the entry before it, and when. */
export function checkpointMessage(coveredSeq: number, coveredHash: string, at: string, keyId: string): string {
  return canonicalJson({ covers: { hash: coveredHash, seq: coveredSeq }, at, keyId, purpose: "hoop-audit-checkpoint" });
}

/** Reads a public key given as base64 SPKI DER or as PEM. */
export function publicKeyFromText(text: string): string {
  const t = text.trim();
  if (t.startsWith("-----BEGIN")) {
    return createPublicKey(t).export({ format: "der", type: "spki" }).toString("base64");
  }
  return createPublicKey({ key: Buffer.from(t, "base64"), format: "der", type: "spki" }).export({ format: "der", type: "spki" }).toString("base64");
}

export function isCanonicalBase64(s: string): boolean {
  return Buffer.from(s, "base64").toString("base64") === s;
}
