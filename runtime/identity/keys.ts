// The gateway's Ed25519 token-signing key: a PKCS#8 PEM file (mode 0600), created on first use.

import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { IdentityError } from "./errors.js";

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function loadOrCreateSigningKey(file: string): SigningKey {
  let pem: string;
  try {
    pem = readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new IdentityError(`cannot read the signing key ${file}`);
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync("ed25519");
    const fresh = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    try {
      // "wx": if another process created it meanwhile, use theirs so both agree on one key.
      writeFileSync(file, fresh, { mode: 0o600, flag: "wx" });
      pem = fresh;
    } catch {
      pem = readFileSync(file, "utf8");
    }
  }
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== "ed25519") throw new IdentityError(`${file} is not an Ed25519 key`);
  return { privateKey, publicKey: createPublicKey(privateKey) };
}
