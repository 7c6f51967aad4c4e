// `gateway start --config FILE`: the engine, the PostgreSQL listeners and the control API in one
// process, until SIGINT/SIGTERM. SIGHUP reloads the policy folder.

import { loadConfig } from "../../runtime/config/index.js";
import type { GatewayConfig } from "../../runtime/config/types.js";
import { GatewayEngine, type EngineOptions } from "../../runtime/engine/engine.js";
import { PolicyLoadError } from "../../runtime/engine/errors.js";
import { parseArgs, stringFlag, UsageError, type CliCommand, type CliIO } from "../../runtime/cli/args.js";
import { buildControlApi } from "../control/server.js";
import type { MetricSample } from "../control/metrics.js";
import { PostgresListener } from "../postgres/server.js";
import { startSshListener, type RunningSshListener } from "../ssh/index.js";

export interface RunningGateway {
  engine: GatewayEngine;
  postgres: { listener: PostgresListener; host: string; port: number }[];
  ssh: RunningSshListener[];
  api?: { url: string };
  close(): Promise<void>;
}

export interface StartOptions extends EngineOptions {
  /** Override listener ports (tests, the demo): 0 picks a free one. */
  postgresPort?: number;
  sshPort?: number;
  apiPort?: number;
}

export async function startGateway(config: GatewayConfig, opts: StartOptions = {}): Promise<RunningGateway> {
  const engine = await GatewayEngine.create(config, opts);
  const postgres: RunningGateway["postgres"] = [];
  const ssh: RunningSshListener[] = [];
  let api: Awaited<ReturnType<typeof buildControlApi>> | undefined;
  const closeAll = async () => {
    for (const p of postgres) await p.listener.close();
    for (const l of ssh) await l.close();
    await api?.close();
    await engine.close();
  };
  try {
    for (const l of config.listeners) {
      if (l.protocol !== "postgres") continue;
      const listener = new PostgresListener(opts.postgresPort === undefined ? l : { ...l, port: opts.postgresPort }, engine);
      const addr = await listener.listen();
      postgres.push({ listener, ...addr });
    }
    if (config.listeners.some((l) => l.protocol === "ssh")) ssh.push(...(await startSshListener(config, engine, { port: opts.sshPort, env: opts.env })));
    let apiUrl: string | undefined;
    if (config.api.enabled) {
      api = await buildControlApi({ engine, metrics: () => listenerMetrics(postgres) });
      const port = opts.apiPort ?? config.api.port;
      await api.listen({ host: config.api.host, port });
      const a = api.server.address();
      apiUrl = `http://${config.api.host}:${typeof a === "object" && a ? a.port : port}`;
    }
    return { engine, postgres, ssh, api: apiUrl ? { url: apiUrl } : undefined, close: closeAll };
  } catch (e) {
    await closeAll().catch(() => undefined);
    throw e;
  }
}

function listenerMetrics(ls: RunningGateway["postgres"]): MetricSample[] {
  return ls.flatMap(({ listener, port }) => {
    const labels = { listener: `postgres:${port}` };
    return [
      { name: "hoop_pg_sessions_total", help: "PostgreSQL sessions accepted", type: "counter" as const, value: listener.stats.sessions, labels },
      { name: "hoop_pg_refused_total", help: "PostgreSQL connections refused at authentication", type: "counter" as const, value: listener.stats.refused, labels },
      { name: "hoop_pg_protocol_errors_total", help: "PostgreSQL connections closed for protocol errors", type: "counter" as const, value: listener.stats.protocolErrors, labels },
    ];
  });
}

export const startCommand: CliCommand = {
  name: "start",
  summary: "run the gateway: gateway start --config gateway.yaml",
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv);
    const file = stringFlag(args, "config");
    if (!file) throw new UsageError("--config FILE is required");
    const config = loadConfig(file);
    let gw: RunningGateway;
    try {
      gw = await startGateway(config);
    } catch (e) {
      if (e instanceof PolicyLoadError) {
        io.err(`${e.message}\n${e.diagnostics.join("\n")}\n`);
        return 1;
      }
      throw e;
    }
    for (const p of gw.postgres) io.out(`gateway: PostgreSQL on ${p.host}:${p.port}\n`);
    for (const l of gw.ssh) io.out(`gateway: SSH on ${l.host}:${l.port}\n`);
    if (gw.api) io.out(`gateway: control API on ${gw.api.url}\n`);
    io.out(`gateway: policy ${config.policy.folder} (${gw.engine.policy.policy.rules.length} rules), state in ${config.stateDir}\n`);
    return new Promise<number>((resolve) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        process.off("SIGHUP", reload);
        gw.close().then(() => resolve(0), () => resolve(1));
      };
      const reload = () => void gw.engine.policy.reload();
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
      process.on("SIGHUP", reload);
    });
  },
};

/**
 * `gateway demo` (`npm start`): PGlite with the payments fixture, the gateway in front of it with
 * the ffiec-payments policy, and a ready psql command with a fresh agent token.
 */
export const demoCommand: CliCommand = {
  name: "demo",
  summary: "run the embedded demo: PGlite + the gateway with policies-examples/ffiec-payments",
  async run(argv: string[], io: CliIO): Promise<number> {
    const { existsSync, mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join, resolve } = await import("node:path");
    const { startDemoDatabase } = await import("../../runtime/demo/database.js");
    const { issueToken, loadOrCreateSigningKey } = await import("../../runtime/identity/index.js");
    const args = parseArgs(argv);
    const example = resolve(stringFlag(args, "example") ?? "policies-examples/ffiec-payments");
    const configFile = join(example, "gateway.yaml");
    if (!existsSync(configFile)) throw new UsageError(`no ${configFile}: run the demo from the project's root or pass --example DIR`);
    const stateDir = mkdtempSync(join(tmpdir(), "hoop-demo-"));
    io.out("demo: starting PostgreSQL (PGlite) with the payments data set …\n");
    const db = await startDemoDatabase(join(example, "data", "payments.sql"));
    let gw: RunningGateway | undefined;
    try {
      const config = loadConfig(configFile, { ...process.env, PAYMENTS_DATABASE_URL: db.url, GATEWAY_STATE_DIR: stateDir });
      gw = await startGateway(config, { env: { ...process.env, PAYMENTS_DATABASE_URL: db.url } });
      const key = loadOrCreateSigningKey(config.tokens.keyFile);
      const agent = await issueToken(config.tokens, key, { sub: "agent-7", kind: "agent", groups: ["agents"], actFor: "alice@bank.example", ttlSeconds: Math.min(3600, config.tokens.maxTtlSeconds) });
      const ops = await issueToken(config.tokens, key, { sub: "bob@bank.example", kind: "human", groups: ["payments-ops"], ttlSeconds: Math.min(3600, config.tokens.maxTtlSeconds) });
      const pgp = gw.postgres[0]!;
      io.out(
        [
          "",
          `The gateway listens on ${pgp.host}:${pgp.port} with the policy in ${example}.`,
          "Connect as agent-7 (an agent acting for alice@bank.example):",
          "",
          `  PGPASSWORD='${agent}' psql "host=${pgp.host} port=${pgp.port} dbname=payments user=agent-7 sslmode=disable"`,
          "",
          "Then try:",
          "  SELECT id, full_name, email, ssn, card_number FROM customers LIMIT 3;   -- masked",
          "  DELETE FROM transactions;                                              -- refused",
          "  INSERT INTO audit_notes (note) VALUES ('hello');                       -- held for approval",
          "",
          "Approve as bob@bank.example (payments-ops), then run the INSERT again:",
          "",
          `  npx gateway approvals list --api ${gw.api?.url ?? "http://127.0.0.1:8009"} --token '${ops}'`,
          `  npx gateway approvals approve APPROVAL_ID --api ${gw.api?.url ?? "http://127.0.0.1:8009"} --token '${ops}'`,
          "",
          `Audit log and approvals are kept in ${stateDir} for this run. Ctrl-C stops the demo.`,
          "",
        ].join("\n"),
      );
    } catch (e) {
      await gw?.close().catch(() => undefined);
      await db.close().catch(() => undefined);
      rmSync(stateDir, { recursive: true, force: true });
      if (e instanceof PolicyLoadError) {
        io.err(`${e.message}\n${e.diagnostics.join("\n")}\n`);
        return 1;
      }
      throw e;
    }
    const running = gw;
    return new Promise<number>((done) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        io.out("demo: stopping\n");
        running
          .close()
          .then(() => db.close())
          .then(() => rmSync(stateDir, { recursive: true, force: true }))
          .then(() => done(0), () => done(1));
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
  },
};
