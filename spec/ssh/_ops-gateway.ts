// The ssh-ops example, as a user runs it: its gateway.yaml and policy, the real engine, and the SSH
// listener in front of the suite's sshd. The clock is pinned to a weekday morning so the policy's
// business-hours rule does not depend on when the suite runs.
import { chmodSync, chownSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { loadConfig } from "../../runtime/config/index.js";
import type { GatewayConfig } from "../../runtime/config/types.js";
import { GatewayEngine } from "../../runtime/engine/engine.js";
import { issueToken, loadOrCreateSigningKey, type TokenRequest } from "../../runtime/identity/index.js";
import { startSshListener, type RunningSshListener } from "../../proxy/ssh/index.js";
import type { SshdInfo } from "./_sshd.js";

export const CONFIG_FILE = "policies-examples/ssh-ops/gateway.yaml";
export const PINNED_NOW = new Date("2026-01-05T10:00:00Z");

export interface OpsGateway {
  config: GatewayConfig;
  engine: GatewayEngine;
  listener: RunningSshListener;
  port: number;
  stateDir: string;
  logs: string[];
  token(req: Partial<TokenRequest>): Promise<string>;
  /** A directory the target user owns, holding a file with customer data. */
  victim: string;
  close(): Promise<void>;
}

export async function startOpsGateway(sshd: SshdInfo): Promise<OpsGateway> {
  const stateDir = mkdtempSync(join(tmpdir(), "hoop-ssh-ops-"));
  const env = {
    ...process.env,
    BASTION_HOST: "127.0.0.1",
    BASTION_PORT: String(sshd.port),
    BASTION_USER: sshd.user,
    BASTION_KEY_FILE: sshd.keyFile,
    GATEWAY_STATE_DIR: stateDir,
  };
  // The audit CLI run in-process reads the same variables.
  Object.assign(process.env, { BASTION_HOST: env.BASTION_HOST, BASTION_PORT: env.BASTION_PORT, BASTION_USER: env.BASTION_USER, BASTION_KEY_FILE: env.BASTION_KEY_FILE, GATEWAY_STATE_DIR: stateDir });
  const config = loadConfig(CONFIG_FILE, env);
  const clock = () => new Date(PINNED_NOW.getTime() + (Date.now() - startedAt));
  const startedAt = Date.now();
  const engine = await GatewayEngine.create(config, { env, clock, watchPolicy: false });
  const logs: string[] = [];
  const [listener] = await startSshListener(config, engine, { port: 0, env, log: (l) => logs.push(l) });
  const key = loadOrCreateSigningKey(config.tokens.keyFile);
  const victim = mkdtempSync(join(tmpdir(), "hoop-ssh-victim-"));
  chmodSync(victim, 0o777);
  mkdirSync(join(victim, "data"));
  writeFileSync(join(victim, "data", "cards.txt"),
    "card 4111111111111111 on file; ssn 219-09-9999\ncontact jane.doe@example.com iban GB82WEST12345698765432\n");
  const uid = spawnSync("id", ["-u", sshd.user], { encoding: "utf8" }).stdout.trim();
  if (uid && process.getuid?.() === 0) {
    chownSync(victim, Number(uid), -1);
    chownSync(join(victim, "data"), Number(uid), -1);
    chownSync(join(victim, "data", "cards.txt"), Number(uid), -1);
  }
  return {
    config,
    engine,
    listener: listener!,
    port: listener!.port,
    stateDir,
    logs,
    victim,
    token: (req) =>
      issueToken(config.tokens, key, {
        sub: "agent-9", kind: "agent", groups: ["agents"], actFor: "carol@bank.example", ttlSeconds: 600,
        now: Math.floor(clock().getTime() / 1000), ...req,
      }),
    async close() {
      await listener?.close();
      await engine.close();
    },
  };
}
