export { loadConfig, parseConfig, ConfigError } from "./load.js";
export { parseDuration, DurationError } from "./duration.js";
export type { GatewayConfig, ListenerConfig, ConnectionConfig, TokenIssuerConfig, OidcConfig } from "./types.js";
