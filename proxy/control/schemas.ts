// JSON Schemas of the control API's bodies and replies; fastify validates requests and serialises
// replies with them, and the OpenAPI document is built from them.

const principal = {
  type: "object",
  properties: { id: { type: "string" }, kind: { type: "string" }, groups: { type: "array", items: { type: "string" } }, onBehalfOf: { type: "object", additionalProperties: true } },
  additionalProperties: true,
} as const;

export const approvalSchema = {
  type: "object",
  properties: {
    id: { type: "string" },
    status: { type: "string", enum: ["pending", "approved", "denied", "expired", "used"] },
    requester: principal,
    connection: { type: "object", properties: { name: { type: "string" }, protocol: { type: "string" } } },
    sessionId: { type: ["string", "null"] },
    requestText: { type: "string" },
    rule: { type: "string" },
    approverGroups: { type: "array", items: { type: "string" } },
    minApprovals: { type: "integer" },
    scope: { type: "string" },
    mode: { type: "string" },
    createdAt: { type: "string" },
    expiresAt: { type: "string" },
    decidedAt: { type: ["string", "null"] },
    uses: { type: "integer" },
    votes: { type: "array", items: { type: "object", properties: { principal, vote: { type: "string" }, at: { type: "string" }, comment: { type: "string" } } } },
  },
} as const;

export const errorSchema = {
  type: "object",
  properties: { error: { type: "string" }, code: { type: "string" } },
  required: ["error"],
} as const;

export const idParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "string", pattern: "^[A-Za-z0-9_-]{1,80}$" } },
} as const;

export const voteBody = {
  anyOf: [{ type: "null" }, { type: "object", additionalProperties: false, properties: { comment: { type: "string", maxLength: 2000 } } }],
} as const;

export const listQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    status: { type: "string", enum: ["pending", "approved", "denied", "expired", "used", "all"] },
    limit: { type: "integer", minimum: 1, maximum: 1000 },
  },
} as const;

export const auditQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    from: { type: "string", format: "date-time" },
    to: { type: "string", format: "date-time" },
    session: { type: "string", maxLength: 80 },
    type: { type: "string", maxLength: 40 },
    limit: { type: "integer", minimum: 1, maximum: 10000 },
  },
} as const;

export const sessionSchema = {
  type: "object",
  properties: { id: { type: "string" }, principal, connection: { type: "string" } },
} as const;

export const healthSchema = {
  type: "object",
  properties: { status: { type: "string" }, policy: { type: "string" }, sessions: { type: "integer" }, version: { type: "string" } },
} as const;
