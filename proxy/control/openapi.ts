// Builds the OpenAPI 3.1 document from the routes as they are registered, so it cannot drift.

import type { FastifyInstance, RouteOptions } from "fastify";

interface Op {
  method: string;
  url: string;
  schema: Record<string, unknown>;
}

export function collectRoutes(app: FastifyInstance): Op[] {
  const ops: Op[] = [];
  app.addHook("onRoute", (r: RouteOptions) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const m of methods) if (m !== "HEAD" && r.schema) ops.push({ method: m.toLowerCase(), url: r.url, schema: r.schema as Record<string, unknown> });
  });
  return ops;
}

export function openApiDocument(ops: Op[], info: { title: string; version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    const path = op.url.replace(/:([A-Za-z_]+)/g, "{$1}");
    const s = op.schema as { summary?: string; params?: { properties?: Record<string, unknown> }; querystring?: { properties?: Record<string, unknown> }; body?: unknown; response?: Record<string, unknown>; security?: unknown };
    const parameters = [
      ...Object.entries(s.params?.properties ?? {}).map(([name, schema]) => ({ name, in: "path", required: true, schema })),
      ...Object.entries(s.querystring?.properties ?? {}).map(([name, schema]) => ({ name, in: "query", required: false, schema })),
    ];
    const responses: Record<string, unknown> = {};
    for (const [code, schema] of Object.entries(s.response ?? {})) {
      responses[code] = { description: code.startsWith("2") ? "OK" : "Error", content: { [code === "200" && op.url === "/metrics" ? "text/plain" : "application/json"]: { schema } } };
    }
    (paths[path] ??= {})[op.method] = {
      summary: s.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(s.body ? { requestBody: { content: { "application/json": { schema: s.body } } } } : {}),
      ...(s.security ? { security: s.security } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info,
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } } },
    paths,
  };
}
