// The control API (fastify, loopback only): health, Prometheus metrics, approvals, sessions and
// audit queries, each route with its JSON Schema; GET /openapi.json describes them all.
// Every route but health, metrics and the document itself needs a bearer token; approvers are
// who the token says they are, so nobody approves on someone else's behalf.

import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { Principal } from "../../compiler/context/types.js";
import { ApprovalError, type Approval } from "../../runtime/approvals/index.js";
import { principalChainIds } from "../../runtime/audit/records.js";
import type { GatewayEngine } from "../../runtime/engine/engine.js";
import { IdentityError } from "../../runtime/identity/index.js";
import { prometheusText, type MetricSample } from "./metrics.js";
import { collectRoutes, openApiDocument } from "./openapi.js";
import { approvalSchema, auditQuery, errorSchema, healthSchema, idParams, listQuery, sessionSchema, voteBody } from "./schemas.js";

export interface ControlOptions {
  engine: GatewayEngine;
  /** Extra samples (listener counters) added to /metrics. */
  metrics?: () => MetricSample[];
  version?: string;
}

const secured = [{ bearer: [] }];
const STATUS_OF: Record<string, number> = { "not-found": 404, "self-approval": 403, "not-an-approver": 403, "not-pending": 409, "already-voted": 409, expired: 409, conflict: 409, "not-usable": 409 };

declare module "fastify" {
  interface FastifyRequest {
    principal?: Principal;
  }
}

export async function buildControlApi(opts: ControlOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  const engine = opts.engine;
  const ops = collectRoutes(app);

  const authenticate = async (req: FastifyRequest, reply: FastifyReply) => {
    const h = req.headers.authorization ?? "";
    const m = /^Bearer\s+(\S+)$/i.exec(h);
    if (!m) return reply.code(401).send({ error: "a bearer token is required", code: "unauthenticated" });
    try {
      req.principal = (await engine.tokens.verify(m[1]!)).principal;
    } catch (e) {
      return reply.code(401).send({ error: e instanceof IdentityError ? e.message : "invalid token", code: "unauthenticated" });
    }
  };

  app.setErrorHandler((err: { statusCode?: number; message: string; validation?: unknown }, _req, reply) => {
    if (err.validation) return reply.code(400).send({ error: err.message, code: "bad-request" });
    if (err instanceof ApprovalError) return reply.code(STATUS_OF[err.code] ?? 400).send({ error: err.message, code: err.code });
    return reply.code(err.statusCode && err.statusCode < 500 ? err.statusCode : 500).send({ error: engine.scrub(err.message), code: "error" });
  });

  app.get("/health", { schema: { summary: "Liveness and the loaded policy", response: { 200: healthSchema } } }, async () => ({
    status: "ok",
    policy: engine.policy.policy.sourceHash,
    sessions: engine.activeSessions.length,
    version: opts.version ?? "0",
  }));

  app.get("/metrics", { schema: { summary: "Prometheus metrics", response: { 200: { type: "string" } } } }, async (_req, reply) => {
    const pending = (await engine.state.approvals.list({ status: ["pending"], limit: 10_000 })).length;
    const samples: MetricSample[] = [
      { name: "hoop_sessions_active", help: "Client sessions open now", type: "gauge", value: engine.activeSessions.length },
      { name: "hoop_approvals_pending", help: "Approval requests waiting for approvers", type: "gauge", value: pending },
      { name: "hoop_policy_rules", help: "Rules in the loaded policy", type: "gauge", value: engine.policy.policy.rules.length },
      ...(opts.metrics?.() ?? []),
    ];
    reply.type("text/plain; version=0.0.4");
    return prometheusText(samples);
  });

  app.get("/openapi.json", { schema: { summary: "This API's OpenAPI document", response: { 200: { type: "object", additionalProperties: true } } } }, async () =>
    openApiDocument(ops, { title: "hoop gateway control API", version: opts.version ?? "0" }),
  );

  /** Who may see an approval: its approvers, and the principals in the requesting chain. */
  const visible = (a: Approval, p: Principal) =>
    a.approverGroups.some((g) => p.groups.includes(g) || g === p.id) || principalChainIds(a.requester).includes(p.id);

  app.get("/approvals", {
    preHandler: authenticate,
    schema: { summary: "Approval requests the caller may act on or made", security: secured, querystring: listQuery, response: { 200: { type: "object", properties: { approvals: { type: "array", items: approvalSchema } } }, 401: errorSchema } },
  }, async (req) => {
    const q = req.query as { status?: string; limit?: number };
    const status = q.status === "all" ? undefined : [(q.status ?? "pending") as Approval["status"]];
    const list = await engine.state.approvals.list({ status, limit: q.limit ?? 100 });
    return { approvals: list.filter((a) => visible(a, req.principal!)) };
  });

  app.get("/approvals/:id", {
    preHandler: authenticate,
    schema: { summary: "One approval request", security: secured, params: idParams, response: { 200: approvalSchema, 401: errorSchema, 404: errorSchema } },
  }, async (req, reply) => {
    const a = await engine.state.approvals.get((req.params as { id: string }).id);
    if (!a || !visible(a, req.principal!)) return reply.code(404).send({ error: "no such approval", code: "not-found" });
    return a;
  });

  for (const vote of ["approve", "deny"] as const) {
    app.post(`/approvals/:id/${vote}`, {
      preHandler: authenticate,
      schema: { summary: `${vote === "approve" ? "Approve" : "Deny"} an approval request as the token's principal`, security: secured, params: idParams, body: voteBody, response: { 200: approvalSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema } },
    }, async (req) => {
      const id = (req.params as { id: string }).id;
      const comment = (req.body as { comment?: string } | null)?.comment;
      return vote === "approve" ? engine.state.approvals.approve(id, req.principal!, comment) : engine.state.approvals.deny(id, req.principal!, comment);
    });
  }

  app.get("/sessions", {
    preHandler: authenticate,
    schema: { summary: "Sessions open now", security: secured, response: { 200: { type: "object", properties: { sessions: { type: "array", items: sessionSchema } } }, 401: errorSchema } },
  }, async () => ({
    sessions: engine.activeSessions.map((s) => ({ id: s.id, principal: s.principal, connection: s.connection.name })),
  }));

  app.get("/audit", {
    preHandler: authenticate,
    schema: {
      summary: "Audit records by time range, session or type (humans only)",
      security: secured,
      querystring: auditQuery,
      response: { 200: { type: "object", properties: { records: { type: "array", items: { type: "object", additionalProperties: true } } } }, 401: errorSchema, 403: errorSchema },
    },
  }, async (req, reply) => {
    if (req.principal!.kind !== "human") return reply.code(403).send({ error: "only human principals may read the audit log", code: "forbidden" });
    const q = req.query as { from?: string; to?: string; session?: string; type?: string; limit?: number };
    const limit = q.limit ?? 500;
    const records: Record<string, unknown>[] = [];
    const push = (e: { seq: number; hash: string; kind: string; rec: string }) => {
      if (q.type && e.kind !== q.type) return;
      if (records.length < limit) records.push({ seq: e.seq, hash: e.hash, ...JSON.parse(e.rec) });
    };
    if (q.session) {
      for (const e of await engine.state.store.audit.sessionEntries(q.session)) push(e);
    } else {
      const range = await engine.state.store.audit.seqRange(q.from, q.to);
      if (range) {
        for await (const page of engine.state.store.audit.entries(range.first, range.last, 500)) {
          for (const e of page) push(e);
          if (records.length >= limit) break;
        }
      }
    }
    return { records };
  });

  await app.ready();
  return app;
}
