// Resolves an SSH connection's upstream ("ssh://user@host:port") and its private key reference
// (env:NAME / file:PATH) from the vault. `${NAME}` in either is taken from the environment, so an
// example config can read BASTION_HOST, BASTION_KEY_FILE, … without a literal in the file.
import ssh2 from "ssh2";
import type { ConnectionConfig } from "../../runtime/config/types.js";
import { isSecretRef, registerSecret, resolveSecret, scrubber } from "../../runtime/vault/index.js";
import { SshUpstreamError } from "./errors.js";
import type { SshTarget } from "./ports.js";

function expand(text: string, env: NodeJS.ProcessEnv, what: string): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
    const v = env[name];
    if (v === undefined || v === "") throw new SshUpstreamError(`${what}: environment variable ${name} is not set`);
    return v;
  });
}

export function resolveSshTarget(conn: ConnectionConfig, env: NodeJS.ProcessEnv = process.env): SshTarget {
  const where = `connection ${conn.name}`;
  if (conn.protocol !== "ssh") throw new SshUpstreamError(`${where} is not an ssh connection`);
  const upstreamText = isSecretRef(conn.upstream) ? resolveSecret(conn.upstream, env) : expand(conn.upstream, env, where);
  let url: URL;
  try {
    url = new URL(upstreamText);
  } catch {
    throw new SshUpstreamError(`${where}: upstream is not an ssh://user@host:port URL`);
  }
  if (url.protocol !== "ssh:") throw new SshUpstreamError(`${where}: upstream must be an ssh:// URL`);
  if (url.password) throw new SshUpstreamError(`${where}: a password in the upstream URL is not accepted; use credentials.privateKey`);
  const keyRef = conn.credentials?.privateKey;
  if (!keyRef) throw new SshUpstreamError(`${where}: credentials.privateKey (env:NAME or file:PATH) is required`);
  const keyText = resolveSecret(expand(keyRef, env, where), env);
  registerSecret(keyText);
  // Line by line too: logs and audit records may carry a key that was printed with line breaks.
  for (const line of keyLines(Buffer.from(keyText))) scrubber.register(line);
  const privateKey = Buffer.from(keyText.endsWith("\n") ? keyText : `${keyText}\n`);
  const parsed = ssh2.utils.parseKey(privateKey);
  // The parser's message can quote the key; only say which reference failed.
  if (parsed instanceof Error) throw new SshUpstreamError(`${where}: ${keyRef} is not a private key ssh2 can read (use OpenSSH format or PKCS#1 PEM)`);
  const username = conn.credentials?.user ?? (url.username ? decodeURIComponent(url.username) : "");
  if (!username) throw new SshUpstreamError(`${where}: no user (write ssh://user@host or credentials.user)`);
  const fp = url.searchParams.get("hostKey") ?? conn.tags["hostKeyFingerprint"];
  return {
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: url.port ? Number(url.port) : 22,
    username,
    privateKey,
    hostKeyFingerprint: fp ?? undefined,
  };
}

/**
 * The body lines of a PEM/OpenSSH key: output is split into lines before masking, so a key
 * printed by a command on the target is recognised line by line, not only as one whole block.
 */
export function keyLines(privateKey: Buffer): string[] {
  return privateKey
    .toString("utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length >= 16 && !l.startsWith("-----"));
}
