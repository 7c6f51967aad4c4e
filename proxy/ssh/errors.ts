// One error type per stage of the SSH gateway, so callers and logs can tell where a request stopped.

/** The gateway's own host key could not be read or created. */
export class SshHostKeyError extends Error {
  override name = "SshHostKeyError";
}

/** The target host could not be reached, refused the vaulted key, or presented an unexpected host key. */
export class SshUpstreamError extends Error {
  override name = "SshUpstreamError";
}

/** Text that could name a secret is removed from anything a client or log may see. */
export function scrubSecrets(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const s of secrets) {
    if (s.length >= 8) out = out.split(s).join("[secret]");
  }
  // PEM blocks never leave the gateway, whoever put them in the message.
  return out.replace(/-----BEGIN [^-]+-----[\s\S]*?(-----END [^-]+-----|$)/g, "[private key]");
}
