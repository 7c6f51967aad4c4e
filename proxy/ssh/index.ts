// The SSH listeners of a gateway: `startSshListener(config, engine)` starts one SshGateway per
// `protocol: ssh` listener in the config, wired to the shared engine (sessions, decisions, audit,
// approvals, content detectors through the engine's text scrubber), the vault (target keys), the
// shell analyzer (with the policy's own programs) and the session recording.
import type { ShellCategory } from "../../compiler/context/types.js";
import type { GatewayConfig, ListenerConfig } from "../../runtime/config/types.js";
import type { GatewayEngine } from "../../runtime/engine/engine.js";
import { SessionRefused } from "../../runtime/engine/types.js";
import { SessionRecorder as RecorderFactory } from "../../runtime/recording/index.js";
import { analyzeShell, initShellAnalyzer } from "../../runtime/shell/index.js";
import { scrubber } from "../../runtime/vault/index.js";
import type { HostKey } from "./host-key.js";
import type { SshRuntime, SshTarget } from "./ports.js";
import { ChannelRecordings } from "./recording.js";
import { SshGateway } from "./server.js";
import { resolveSshTarget } from "./target.js";

export { SshGateway, type SshGatewayOptions } from "./server.js";
export type { SshRuntime, SshTarget, SessionRecorder, TextMasker, ChannelRequestInfo } from "./ports.js";
export { EXIT_REFUSED, EXIT_UPSTREAM_FAILED, STDERR_PREFIX } from "./exit-codes.js";
export { resolveSshTarget } from "./target.js";

export interface RunningSshListener {
  gateway: SshGateway;
  host: string;
  port: number;
  hostKey: HostKey;
  close(): Promise<void>;
}

export interface SshListenerOptions {
  /** Overrides the configured port (tests, benchmarks): 0 picks a free one. */
  port?: number;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

/** The runtime one SSH listener uses; `only` restricts it to the listener's connection. */
export async function sshRuntime(config: GatewayConfig, engine: GatewayEngine, only: string | undefined, opts: SshListenerOptions = {}): Promise<SshRuntime> {
  await initShellAnalyzer();
  const log = opts.log ?? (() => undefined);
  // Resolve every SSH target now: a missing key fails the start, not the first agent.
  const targets = new Map<string, SshTarget>();
  for (const c of config.connections) {
    if (c.protocol === "ssh" && (!only || c.name === only)) targets.set(c.name, resolveSshTarget(c, opts.env));
  }
  const recordings = new ChannelRecordings(new RecorderFactory({ store: engine.state.store.recordings, scrubber, maxRows: config.recording.maxRows }), log);
  return {
    async openSession(start) {
      if (!targets.has(start.connection)) throw new SessionRefused(`no ssh connection named '${start.connection}' on this listener`, "connection");
      const s = await engine.openSession(start);
      const end = s.end.bind(s);
      s.end = async (reason?: string) => {
        recordings.ended(s.id);
        await end(reason);
      };
      return s;
    },
    target(name) {
      const t = targets.get(name);
      if (!t) throw new SessionRefused(`no ssh connection named '${name}'`, "connection");
      return t;
    },
    analyzeShell(command) {
      // The policy's own program declarations, as of the policy in force now (hot reload).
      const programs = engine.policy.policy.shellPrograms.map((p) => ({ name: p.name, categories: p.categories as ShellCategory[] }));
      return analyzeShell(command, { programs });
    },
    scrub: (t) => engine.scrub(t),
    recorder: (session, info) => recordings.forChannel(session, info),
  };
}

export async function startSshListener(config: GatewayConfig, engine: GatewayEngine, opts: SshListenerOptions = {}): Promise<RunningSshListener[]> {
  const running: RunningSshListener[] = [];
  try {
    for (const l of config.listeners.filter((x: ListenerConfig) => x.protocol === "ssh")) {
      const runtime = await sshRuntime(config, engine, l.connection, opts);
      const gateway = new SshGateway({ host: l.host, port: opts.port ?? l.port, stateDir: config.stateDir, runtime, log: opts.log });
      const addr = await gateway.listen();
      running.push({ gateway, host: l.host, port: addr.port, hostKey: gateway.hostKey, close: () => gateway.close() });
      opts.log?.(`ssh listener on ${l.host}:${addr.port} (host key ${gateway.hostKey.publicKey})`);
    }
    return running;
  } catch (e) {
    for (const r of running) await r.close().catch(() => undefined);
    throw e;
  }
}
