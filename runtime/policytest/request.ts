// Builds the request context a policy test or an `eval` request describes, running the real
// analyzers on SQL text and shell commands.
import type * as A from "../../dsl/ast.js";
import type { Connection, Principal, Protocol, RequestContext } from "../../compiler/context/types.js";
import type { CompiledPolicy } from "../../compiler/index.js";
import { SECTION_PROTOCOL } from "../../compiler/checker.js";
import { loadShellAnalyzer, loadSqlAnalyzer } from "./analyzers.js";

/** A Monday, 10:00 UTC: inside business hours, so time rules are visible only when a test sets `at`. */
export const DEFAULT_TEST_TIME = "2026-01-05T10:00:00Z";
export const DEFAULT_SOURCE_IP = "127.0.0.1";

export class RequestError extends Error {}

export async function contextFromTest(test: A.TestDecl, policy: CompiledPolicy): Promise<RequestContext> {
  const req = test.request;
  if (!req) throw new RequestError("the test sends no request");
  const section = req.kind === "facts" ? req.section.name : req.kind;
  const time = test.time?.value ?? DEFAULT_TEST_TIME;
  const ctx: RequestContext = {
    principal: principalFromSpec(test.principal!, "agent", policy),
    connection: {
      name: test.connection?.name ?? "",
      protocol: SECTION_PROTOCOL[section] ?? "postgres",
      tags: Object.fromEntries((test.connection?.tags ?? []).map((t) => [t.key, t.value])),
    },
    session: {
      id: "test-session",
      startedAt: time,
      sourceIp: test.sourceIp?.value ?? DEFAULT_SOURCE_IP,
      ...(test.justification ? { justification: test.justification.value } : {}),
    },
    time,
  };
  switch (req.kind) {
    case "sql":
      ctx.sql = (await loadSqlAnalyzer())(req.text);
      break;
    case "shell":
      ctx.shell = (await loadShellAnalyzer())(req.text, policy.shellPrograms);
      ctx.ssh = { request: "exec" };
      break;
    case "ssh":
      ctx.ssh = { request: req.request.name as never, ...(req.subsystem ? { subsystem: req.subsystem } : {}) };
      break;
    case "facts":
      (ctx as unknown as Record<string, unknown>)[req.section.name] = JSON.parse(req.json);
      if (req.section.name === "shell") ctx.ssh = { request: "exec" };
      break;
  }
  return ctx;
}

function principalFromSpec(spec: A.PrincipalSpec, defaultKind: Principal["kind"], policy: CompiledPolicy): Principal {
  const attributes: Record<string, unknown> = {};
  for (const a of spec.attributes) attributes[a.name.name] = policy.interpreter.eval(a.value, undefined as never, new Map(), {});
  const p: Principal = { id: spec.id, kind: (spec.kind?.name as Principal["kind"]) ?? defaultKind, groups: spec.groups, attributes };
  if (spec.actingFor) p.onBehalfOf = principalFromSpec(spec.actingFor, "human", policy);
  return p;
}

/**
 * An `eval`/`explain` request: a request context as JSON, where `sql` and `shell` may be given as
 * text to analyse, and principal/connection/session/time may be left to defaults.
 */
export async function contextFromJson(input: unknown, policy: CompiledPolicy): Promise<RequestContext> {
  if (input === null || typeof input !== "object") throw new RequestError("the request must be a JSON object");
  const r = input as Record<string, unknown>;
  const principal = r.principal as Partial<Principal> | undefined;
  if (!principal || typeof principal.id !== "string") throw new RequestError("the request needs principal.id");
  const conn = (r.connection ?? {}) as Partial<Connection>;
  if (typeof conn.name !== "string") throw new RequestError("the request needs connection.name");
  const time = typeof r.time === "string" ? r.time : new Date().toISOString();
  const protocol: Protocol = conn.protocol ?? (r.sql !== undefined ? "postgres" : r.k8s !== undefined ? "kubernetes" : "ssh");
  const normalizePrincipal = (p: Partial<Principal>): Principal => ({
    id: String(p.id),
    kind: p.kind ?? "agent",
    groups: p.groups ?? [],
    attributes: p.attributes ?? {},
    ...(p.onBehalfOf ? { onBehalfOf: normalizePrincipal({ ...p.onBehalfOf, kind: p.onBehalfOf.kind ?? "human" }) } : {}),
  });
  const session = (r.session ?? {}) as Record<string, unknown>;
  const ctx: RequestContext = {
    principal: normalizePrincipal(principal),
    connection: { name: conn.name, protocol, tags: conn.tags ?? {} },
    session: {
      id: String(session.id ?? "eval-session"),
      startedAt: String(session.startedAt ?? time),
      sourceIp: String(session.sourceIp ?? DEFAULT_SOURCE_IP),
      ...(typeof session.justification === "string" ? { justification: session.justification } : {}),
    },
    time,
  };
  if (typeof r.sql === "string") ctx.sql = (await loadSqlAnalyzer())(r.sql);
  else if (r.sql !== undefined) ctx.sql = r.sql as never;
  if (typeof r.shell === "string") {
    ctx.shell = (await loadShellAnalyzer())(r.shell, policy.shellPrograms);
    ctx.ssh ??= { request: "exec" };
  } else if (r.shell !== undefined) ctx.shell = r.shell as never;
  if (r.ssh !== undefined) ctx.ssh = r.ssh as never;
  if (r.k8s !== undefined) ctx.k8s = r.k8s as never;
  return ctx;
}
