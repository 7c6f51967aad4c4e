export { resolveSecret, isSecretRef, registerSecret, scrubber, VaultError } from "./secrets.js";
export { resolvePostgresUpstream, type PostgresUpstream } from "./upstream.js";
export { md5Response, ScramClient, UpstreamAuthError } from "./postgres-auth.js";
