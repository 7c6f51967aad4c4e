// The validated, resolved gateway configuration.

import type { Protocol } from "../../compiler/context/types.js";
import type { StoreDurability } from "../stores/types.js";

export interface ListenerConfig {
  protocol: "postgres" | "ssh";
  host: string;
  port: number;
  connection?: string;
  tls?: { cert: string; key: string };
  maxMessageBytes: number;
}

export interface ConnectionConfig {
  name: string;
  protocol: Protocol;
  /** As written: a URL or a secret reference to one. Resolve through the vault, never log. */
  upstream: string;
  credentials?: { user?: string; password?: string; privateKey?: string };
  tags: Record<string, string>;
}

export interface TokenIssuerConfig {
  issuer: string;
  audience: string;
  defaultTtlSeconds: number;
  maxTtlSeconds: number;
  /** Absolute path of the signing key (PKCS#8 PEM). */
  keyFile: string;
}

export interface OidcConfig {
  issuer: string;
  jwksUri?: string;
  audience: string;
  algorithms: string[];
  groupsClaim: string;
  kindClaim?: string;
  defaultKind: "agent" | "human" | "service";
}

export interface GatewayConfig {
  /** Absolute path of the file this came from. */
  file: string;
  listeners: ListenerConfig[];
  connections: ConnectionConfig[];
  policy: { folder: string; reload: boolean };
  tokens: TokenIssuerConfig;
  oidc: OidcConfig[];
  stateDir: string;
  api: { host: string; port: number; enabled: boolean };
  approvals: { holdTimeoutSeconds: number };
  /** How durable an audit record is before the request it describes is forwarded. */
  audit: { durability: StoreDurability };
  /** Session recording: rows kept per statement result (as the client received them, masked). */
  recording: { maxRows: number };
}
