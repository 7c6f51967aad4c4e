export { IdentityError } from "./errors.js";
export { loadOrCreateSigningKey, type SigningKey } from "./keys.js";
export { issueToken, type TokenRequest } from "./issuer.js";
export { TokenVerifier, type VerifiedToken } from "./verifier.js";
export { principalFromClaims, principalChain } from "./principal.js";
