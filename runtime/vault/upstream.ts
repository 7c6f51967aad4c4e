// Resolves a connection's upstream into the address and credentials used to reach it.
// The password is registered with the scrubber as soon as it is read.

import type { ConnectionConfig } from "../config/types.js";
import { isSecretRef, registerSecret, resolveSecret, VaultError } from "./secrets.js";

export interface PostgresUpstream {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
  /** Extra startup parameters from the URL query (e.g. options, application_name). */
  params: Record<string, string>;
}

export function resolvePostgresUpstream(conn: ConnectionConfig, env: NodeJS.ProcessEnv = process.env): PostgresUpstream {
  const text = isSecretRef(conn.upstream) ? resolveSecret(conn.upstream, env) : conn.upstream;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new VaultError(`connection ${conn.name}: upstream is not a URL`);
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new VaultError(`connection ${conn.name}: upstream must be a postgres:// URL`);
  }
  const urlPassword = url.password ? decodeURIComponent(url.password) : undefined;
  registerSecret(urlPassword);
  const password = conn.credentials?.password ? resolveSecret(conn.credentials.password, env) : urlPassword;
  registerSecret(password);
  if (!isSecretRef(conn.upstream) && urlPassword) {
    throw new VaultError(`connection ${conn.name}: a password in the config file is not accepted; use env:NAME or file:PATH`);
  }
  const params: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (k !== "sslmode") params[k] = v;
  return {
    host: url.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1",
    port: url.port ? Number(url.port) : 5432,
    user: conn.credentials?.user ?? (url.username ? decodeURIComponent(url.username) : "postgres"),
    password,
    database: url.pathname.length > 1 ? decodeURIComponent(url.pathname.slice(1)) : conn.name,
    params,
  };
}
