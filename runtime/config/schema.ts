// The JSON Schema of gateway.yaml. ajv validates against it; errors name the path of the bad field.

export const DURATION = "^[0-9]+(ms|s|m|h|d)$";
const ADDRESS = "^(127\\.[0-9]+\\.[0-9]+\\.[0-9]+|localhost|\\[::1\\]|::1):[0-9]{1,5}$";
/** A secret reference: env:NAME or file:PATH (literal secrets are not accepted). */
const SECRET_REF = "^(env:[A-Za-z_][A-Za-z0-9_]*|file:.+)$";
const NAME = "^[A-Za-z][A-Za-z0-9_-]*$";

export const configSchema = {
  type: "object",
  additionalProperties: false,
  required: ["listeners", "connections", "policy"],
  properties: {
    listeners: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["protocol", "address"],
        properties: {
          protocol: { enum: ["postgres", "ssh"] },
          address: { type: "string", pattern: ADDRESS },
          /** The connection this listener serves; by default the client's database name picks it. */
          connection: { type: "string", pattern: NAME },
          tls: {
            type: "object",
            additionalProperties: false,
            required: ["cert", "key"],
            properties: { cert: { type: "string", minLength: 1 }, key: { type: "string", minLength: 1 } },
          },
          maxMessageBytes: { type: "integer", minimum: 1024, maximum: 1073741824 },
        },
      },
    },
    connections: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "protocol", "upstream"],
        properties: {
          name: { type: "string", pattern: NAME },
          protocol: { enum: ["postgres", "ssh", "kubernetes"] },
          /** A URL, or a reference to one (env:NAME / file:PATH) when it carries a password. */
          upstream: { type: "string", minLength: 1 },
          credentials: {
            type: "object",
            additionalProperties: false,
            properties: {
              user: { type: "string", minLength: 1 },
              password: { type: "string", pattern: SECRET_REF },
              privateKey: { type: "string", pattern: SECRET_REF },
            },
          },
          tags: { type: "object", additionalProperties: { type: "string" } },
        },
      },
    },
    policy: {
      type: "object",
      additionalProperties: false,
      required: ["folder"],
      properties: {
        folder: { type: "string", minLength: 1 },
        reload: { type: "boolean" },
      },
    },
    tokens: {
      type: "object",
      additionalProperties: false,
      properties: {
        issuer: { type: "string", minLength: 1 },
        audience: { type: "string", minLength: 1 },
        defaultTtl: { type: "string", pattern: DURATION },
        maxTtl: { type: "string", pattern: DURATION },
        /** PKCS#8 PEM of the Ed25519 signing key; generated in the state dir when absent. */
        keyFile: { type: "string", minLength: 1 },
      },
    },
    oidc: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["issuer", "audience"],
        properties: {
          issuer: { type: "string", minLength: 1 },
          jwksUri: { type: "string", minLength: 1 },
          audience: { type: "string", minLength: 1 },
          algorithms: { type: "array", minItems: 1, items: { enum: ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA"] } },
          groupsClaim: { type: "string", minLength: 1 },
          kindClaim: { type: "string", minLength: 1 },
          defaultKind: { enum: ["agent", "human", "service"] },
        },
      },
    },
    stateDir: { type: "string", minLength: 1 },
    api: {
      type: "object",
      additionalProperties: false,
      properties: {
        address: { type: "string", pattern: ADDRESS },
        enabled: { type: "boolean" },
      },
    },
    approvals: {
      type: "object",
      additionalProperties: false,
      properties: {
        holdTimeout: { type: "string", pattern: DURATION },
      },
    },
    audit: {
      type: "object",
      additionalProperties: false,
      properties: {
        /** "os": a commit survives a gateway crash; "full": it also survives power loss (fsync). */
        durability: { enum: ["full", "os"] },
      },
    },
    recording: {
      type: "object",
      additionalProperties: false,
      properties: {
        /** Rows of each statement's result kept in the session recording (0: counts only). */
        maxRows: { type: "integer", minimum: 0, maximum: 10000 },
      },
    },
  },
} as const;
