// Secret references (env:NAME, file:PATH) and the scrubber that keeps their values out of any
// text leaving the gateway: logs, errors, audit records, client messages.

import { readFileSync } from "node:fs";
import { SecretScrubber } from "../audit/scrub.js";

export class VaultError extends Error {}

/** Resolves a reference. The error names the reference, never a value. */
export function resolveSecret(ref: string, env: NodeJS.ProcessEnv = process.env): string {
  if (ref.startsWith("env:")) {
    const name = ref.slice(4);
    const v = env[name];
    if (v === undefined || v === "") throw new VaultError(`secret ${ref}: environment variable ${name} is not set`);
    return v;
  }
  if (ref.startsWith("file:")) {
    const path = ref.slice(5);
    try {
      return readFileSync(path, "utf8").replace(/\r?\n$/, "");
    } catch (e) {
      throw new VaultError(`secret ${ref}: cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
  throw new VaultError(`'${ref.slice(0, 8)}…' is not a secret reference (use env:NAME or file:PATH)`);
}

export function isSecretRef(text: string): boolean {
  return text.startsWith("env:") || text.startsWith("file:");
}

/**
 * The process-wide scrubber: every secret resolved through the vault is registered here, in the
 * forms it could appear in (raw, URL-encoded, base64). The audit log and error paths share it.
 */
export const scrubber = new SecretScrubber();

export function registerSecret(secret: string | undefined): void {
  if (!secret) return;
  for (const form of [secret, encodeURIComponent(secret), Buffer.from(secret).toString("base64")]) scrubber.register(form);
}
