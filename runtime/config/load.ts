// Reads gateway.yaml, validates it with ajv and resolves paths and defaults.
// Every error names the file and the path of the offending field.

import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import { parseDocument } from "yaml";
import { parseDuration } from "./duration.js";
import { configSchema } from "./schema.js";
import type { GatewayConfig } from "./types.js";
import { DEFAULT_DURABILITY } from "../stores/types.js";

export class ConfigError extends Error {
  constructor(readonly file: string, readonly issues: { path: string; message: string }[]) {
    super(`${file}: invalid configuration:\n` + issues.map((i) => `  ${i.path || "/"}: ${i.message}`).join("\n"));
  }
}

const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(configSchema);

function describe(e: ErrorObject): { path: string; message: string } {
  let path = e.instancePath;
  let message = e.message ?? "is invalid";
  if (e.keyword === "additionalProperties") {
    path = `${path}/${(e.params as { additionalProperty: string }).additionalProperty}`;
    message = "is not a known field";
  } else if (e.keyword === "required") {
    path = `${path}/${(e.params as { missingProperty: string }).missingProperty}`;
    message = "is required";
  } else if (e.keyword === "enum") {
    message = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(", ")}`;
  }
  return { path, message };
}

function hostPort(address: string): { host: string; port: number } {
  const i = address.lastIndexOf(":");
  const host = address.slice(0, i).replace(/^\[|\]$/g, "");
  return { host, port: Number(address.slice(i + 1)) };
}

/** Parses and validates YAML text; `file` is used for relative paths and messages. */
/** Rows of each statement's result kept in the session recording unless `recording.maxRows` says otherwise. */
export const DEFAULT_RECORDED_ROWS = 20;

export function parseConfig(text: string, file: string, env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const abs = resolve(file);
  const doc = parseDocument(text);
  if (doc.errors.length) {
    throw new ConfigError(abs, doc.errors.map((e) => ({ path: `line ${e.linePos?.[0]?.line ?? "?"}`, message: e.message })));
  }
  const raw = doc.toJS() as unknown;
  if (!validate(raw)) throw new ConfigError(abs, (validate.errors ?? []).map(describe));
  const c = raw as any; // validated against configSchema above
  const base = dirname(abs);
  const rel = (p: string) => (isAbsolute(p) ? p : join(base, p));
  const issues: { path: string; message: string }[] = [];

  const names = new Set<string>();
  c.connections.forEach((x: { name: string }, i: number) => {
    if (names.has(x.name)) issues.push({ path: `/connections/${i}/name`, message: `duplicate connection '${x.name}'` });
    names.add(x.name);
  });
  c.listeners.forEach((l: { connection?: string; address: string }, i: number) => {
    if (l.connection && !names.has(l.connection)) issues.push({ path: `/listeners/${i}/connection`, message: `no connection named '${l.connection}'` });
    const { port } = hostPort(l.address);
    if (port < 1 || port > 65535) issues.push({ path: `/listeners/${i}/address`, message: "port must be 1-65535" });
  });
  const defaultTtl = parseDuration(c.tokens?.defaultTtl ?? "15m");
  const maxTtl = parseDuration(c.tokens?.maxTtl ?? "1h");
  if (defaultTtl > maxTtl) issues.push({ path: "/tokens/defaultTtl", message: "exceeds tokens.maxTtl" });
  if (issues.length) throw new ConfigError(abs, issues);

  const stateDir = env.GATEWAY_STATE_DIR ? resolve(env.GATEWAY_STATE_DIR) : c.stateDir ? rel(c.stateDir) : join(homedir(), ".hoop-gateway");
  const api = hostPort(c.api?.address ?? "127.0.0.1:8009");
  return {
    file: abs,
    listeners: c.listeners.map((l: any) => ({
      protocol: l.protocol,
      ...hostPort(l.address),
      connection: l.connection,
      tls: l.tls ? { cert: rel(l.tls.cert), key: rel(l.tls.key) } : undefined,
      maxMessageBytes: l.maxMessageBytes ?? 64 * 1024 * 1024,
    })),
    connections: c.connections.map((x: any) => ({
      name: x.name,
      protocol: x.protocol,
      upstream: x.upstream,
      credentials: x.credentials,
      tags: x.tags ?? {},
    })),
    policy: { folder: rel(c.policy.folder), reload: c.policy.reload ?? true },
    tokens: {
      issuer: c.tokens?.issuer ?? "hoop-gateway",
      audience: c.tokens?.audience ?? "hoop-gateway",
      defaultTtlSeconds: defaultTtl,
      maxTtlSeconds: maxTtl,
      keyFile: c.tokens?.keyFile ? rel(c.tokens.keyFile) : join(stateDir, "token-signing-key.pem"),
    },
    oidc: (c.oidc ?? []).map((o: any) => ({
      issuer: o.issuer,
      jwksUri: o.jwksUri,
      audience: o.audience,
      algorithms: o.algorithms ?? ["RS256"],
      groupsClaim: o.groupsClaim ?? "groups",
      kindClaim: o.kindClaim,
      defaultKind: o.defaultKind ?? "human",
    })),
    stateDir,
    api: { ...api, enabled: c.api?.enabled ?? true },
    approvals: { holdTimeoutSeconds: parseDuration(c.approvals?.holdTimeout ?? "5m") },
    audit: { durability: c.audit?.durability ?? DEFAULT_DURABILITY },
    recording: { maxRows: c.recording?.maxRows ?? DEFAULT_RECORDED_ROWS },
  };
}

export function loadConfig(file: string, env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError(resolve(file), [{ path: "", message: `cannot read: ${(e as Error).message}` }]);
  }
  return parseConfig(text, file, env);
}
