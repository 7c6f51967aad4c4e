// Starts a real gateway (engine, PostgreSQL listener, control API) in front of the suite's
// PostgreSQL, with a policy folder written for the test, and hands out tokens.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseConfig } from "../../runtime/config/index.js";
import { issueToken, loadOrCreateSigningKey, type TokenRequest } from "../../runtime/identity/index.js";
import { startGateway, type RunningGateway } from "../../proxy/cli/start.js";

export const PG_URL = process.env.HOOP_TEST_PG_URL ?? "";
export const UPSTREAM_PASSWORD = process.env.HOOP_TEST_PG_UPSTREAM_PASSWORD ?? "";
export const haveDatabase = Boolean(PG_URL && UPSTREAM_PASSWORD);

export interface TestGateway extends RunningGateway {
  dir: string;
  port: number;
  token(req?: Partial<TokenRequest>): Promise<string>;
  stop(): Promise<void>;
}

export function upstreamUrl(database?: string): string {
  const u = new URL(PG_URL);
  if (database) u.pathname = `/${database}`;
  u.username = process.env.HOOP_TEST_PG_UPSTREAM_ROLE ?? "gateway";
  u.password = UPSTREAM_PASSWORD;
  return u.toString();
}

/** `databases` adds one connection per name, to the database of that name upstream. */
export async function startTestGateway(policy: string, databases: string[] = []): Promise<TestGateway> {
  const dir = mkdtempSync(join(tmpdir(), "hoop-pg-gw-"));
  writeFileSync(join(dir, "policy.hoop"), policy);
  const yaml = `
listeners:
  - protocol: postgres
    address: 127.0.0.1:15432
connections:
  - name: payments
    protocol: postgres
    upstream: env:HOOP_TEST_UPSTREAM
    tags: { environment: test }
${databases.map((d) => `  - name: ${d}\n    protocol: postgres\n    upstream: env:HOOP_TEST_UPSTREAM_${d}\n`).join("")}policy:
  folder: .
stateDir: ./state
api:
  address: 127.0.0.1:8009
`;
  writeFileSync(join(dir, "gateway.yaml"), yaml);
  const config = parseConfig(yaml, join(dir, "gateway.yaml"), {});
  const gw = await startGateway(config, { env: { HOOP_TEST_UPSTREAM: upstreamUrl(), ...Object.fromEntries(databases.map((d) => [`HOOP_TEST_UPSTREAM_${d}`, upstreamUrl(d)])) }, postgresPort: 0, apiPort: 0 });
  const key = loadOrCreateSigningKey(config.tokens.keyFile);
  return {
    ...gw,
    dir,
    port: gw.postgres[0]!.port,
    token: (req = {}) => issueToken(config.tokens, key, { sub: "agent-7", kind: "agent", groups: ["agents"], actFor: "alice@bank.example", ...req }),
    async stop() {
      await gw.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A policy close to the example's, written in the test so the relay tests do not depend on it. */
export const TEST_POLICY = `
namespace relaytest

rule agents_may_read "Agents may read" {
  allow when principal.kind == agent and sql.readOnly
}

rule agents_session_settings "Drivers set up their sessions and transactions" {
  allow when principal.kind == agent and all statement in sql.statements: statement.command in [set, show, reset, begin, commit, rollback, savepoint, release]
}

rule pii_masked "PII never leaves in clear" {
  when "agents" in principal.groups
  mask customers.ssn, customers.email, accounts.iban with redact
  mask customers.card_number with last4
}

rule no_unbounded_writes "UPDATE and DELETE need a real WHERE" {
  deny when any statement in sql.statements: statement.command in [update, delete] and not statement.hasWhere
}

rule humans_approve_agent_writes "A human approves each write an agent makes" {
  review by "payments-ops" quorum 1 once retry expires 30m
  when principal.kind == agent and any statement in sql.statements: statement.kind == write
}

rule ops_may_do_anything "Operators in tests" {
  allow when "payments-ops" in principal.groups
}
`;
