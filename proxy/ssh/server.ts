// The SSH server agents connect to. Authentication: the user name is the connection name, the
// password (or keyboard-interactive answer) is the agent's token. Every channel request is put to
// the engine; exec and shell run on the target through run-channel, subsystems and forwarding are
// relayed only when the policy allows them, and a few requests are never relayed at all.
import { Server as TcpServer, type AddressInfo } from "node:net";
import ssh2 from "ssh2";
import type { AuthContext, Connection, ServerChannel, Session } from "ssh2";
import type { ShellFacts } from "../../compiler/context/types.js";
import type { EngineSession, RequestInput } from "../../runtime/engine/types.js";
import { authorizeOnChannel, refuse } from "./admission.js";
import { loadOrCreateHostKey, type HostKey } from "./host-key.js";
import type { SshRuntime } from "./ports.js";
import { relayRaw } from "./raw-relay.js";
import { runOnTarget, type ChannelControls } from "./run-channel.js";
import { keyLineFilter } from "./secret-lines.js";
import { ConnectionState, type PtyInfo } from "./session-state.js";
import { keyLines } from "./target.js";
import { HostKeyPins } from "./upstream.js";
import { batchWritesPerTick } from "./write-batching.js";

const { Server } = ssh2;
const MAX_AUTH_FAILURES = 3;
const AUTH_DEADLINE_MS = 30_000;
const AUTH_METHODS: AuthContext["method"][] = ["password", "keyboard-interactive"];
/**
 * Ciphers offered to agents: the AES modes Node's crypto runs natively. chacha20-poly1305 is left
 * out on purpose: where ssh2's optional native binding could not be built (npm installs it when a
 * compiler is present) it runs in JavaScript at a fraction of the speed, and the OpenSSH client
 * would pick it first. The client's order decides among the rest: OpenSSH takes aes128-ctr with
 * hmac-sha2-256-etm; AES-GCM only if a client prefers it (offering GCM alone would shut out
 * clients without it).
 */
const CIPHERS = ["aes128-gcm@openssh.com", "aes256-gcm@openssh.com", "aes128-ctr", "aes192-ctr", "aes256-ctr"];

export interface SshGatewayOptions {
  host: string;
  port: number;
  stateDir: string;
  runtime: SshRuntime;
  /** Quiet time after which held partial output is released up to a separator (ms). */
  idleFlushMs?: number;
  /** Receives one line per notable event (already scrubbed); defaults to nothing. */
  log?: (line: string) => void;
}

export class SshGateway {
  readonly hostKey: HostKey;
  private readonly server: InstanceType<typeof Server>;
  /** Accepts the TCP connections itself so each socket can batch its writes before ssh2 gets it. */
  private readonly tcp: TcpServer;
  private readonly pins: HostKeyPins;
  private readonly connections = new Set<Connection>();
  private readonly log: (line: string) => void;

  constructor(private readonly options: SshGatewayOptions) {
    this.hostKey = loadOrCreateHostKey(options.stateDir);
    this.pins = new HostKeyPins(options.stateDir);
    const log = options.log ?? (() => undefined);
    this.log = (line) => log(options.runtime.scrub(line));
    this.server = new Server({ hostKeys: [this.hostKey.privateKey], ident: "hoop-gateway", algorithms: { cipher: CIPHERS as never } }, (conn, info) =>
      this.onConnection(conn, info.ip),
    );
    this.server.on("error", (e: Error) => this.log(`ssh listener error: ${e.message}`));
    this.tcp = new TcpServer((socket) => {
      // Small request/response packets (exec, exit-status) must not wait for Nagle's algorithm.
      socket.setNoDelay(true);
      this.server.injectSocket(batchWritesPerTick(socket));
    });
    this.tcp.on("error", (e: Error) => this.log(`ssh listener error: ${e.message}`));
  }

  listen(): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.tcp.once("error", reject);
      this.tcp.listen(this.options.port, this.options.host, () => {
        this.tcp.removeListener("error", reject);
        resolve(this.tcp.address() as AddressInfo);
      });
    });
  }

  close(): Promise<void> {
    for (const c of this.connections) c.end();
    return new Promise((resolve) => this.tcp.close(() => resolve()));
  }

  private onConnection(conn: Connection, sourceIp: string): void {
    const { runtime } = this.options;
    this.connections.add(conn);
    let failures = 0;
    let session: EngineSession | undefined;
    const deadline = setTimeout(() => { if (!session) conn.end(); }, AUTH_DEADLINE_MS);
    deadline.unref();

    const verify = async (connection: string, token: string): Promise<boolean> => {
      try {
        const s = await runtime.openSession({ token, connection, sourceIp, claimedUser: connection });
        if (s.connection.protocol !== "ssh") {
          await s.end("not an ssh connection").catch(() => undefined);
          throw new Error(`connection ${connection} is not an ssh connection`);
        }
        session = s;
        return true;
      } catch (e) {
        this.log(`ssh authentication refused for '${connection}' from ${sourceIp}: ${(e as Error).message}`);
        return false;
      }
    };
    const judged = (ctx: AuthContext, ok: boolean) => {
      if (ok) return ctx.accept();
      if (++failures >= MAX_AUTH_FAILURES) return conn.end();
      ctx.reject(AUTH_METHODS);
    };

    conn.on("authentication", (ctx: AuthContext) => {
      if (session) return ctx.reject(AUTH_METHODS);
      if (ctx.method === "password") {
        void verify(ctx.username, ctx.password).then((ok) => judged(ctx, ok));
      } else if (ctx.method === "keyboard-interactive") {
        ctx.prompt([{ prompt: "Token: ", echo: false }], "hoop gateway", "Enter your access token.", (answers) => {
          void verify(ctx.username, answers[0] ?? "").then((ok) => judged(ctx, ok));
        });
      } else {
        ctx.reject(AUTH_METHODS);
      }
    });

    conn.on("ready", () => {
      clearTimeout(deadline);
      const s = session!;
      let state: ConnectionState;
      try {
        const target = runtime.target(s.connection.name);
        // Only the vaulted key, not the runtime's log scrubber: its patterns would rewrite ordinary output.
        state = new ConnectionState(s, runtime, target, this.pins, keyLineFilter(keyLines(target.privateKey)), this.options.idleFlushMs ?? 100);
      } catch (e) {
        this.log(`ssh connection '${s.connection.name}' has no usable target: ${(e as Error).message}`);
        void s.end("no usable target").catch(() => undefined);
        conn.end();
        return;
      }
      conn.on("session", (accept) => this.onSession(state, accept()));
      conn.on("tcpip", (accept, reject, dest) => void this.onDirectTcpip(state, accept, reject, dest));
      // Remote forwarding (ssh -R) and streamlocal are never relayed: the target would reach back into the agent's side.
      conn.on("request", (_accept, reject) => reject?.());
      conn.once("close", () => {
        state.close();
        void s.end("disconnected").catch(() => undefined);
      });
    });
    conn.on("error", (e: Error) => this.log(`ssh connection from ${sourceIp}: ${e.message}`));
    conn.once("close", () => {
      clearTimeout(deadline);
      this.connections.delete(conn);
    });
  }

  private onSession(state: ConnectionState, session: Session): void {
    let pty: PtyInfo | undefined;
    const controls: ChannelControls = { pendingSignals: [] };

    session.on("pty", (accept, _reject, info) => {
      pty = { term: info.term ?? "xterm", cols: info.cols, rows: info.rows, width: info.width, height: info.height };
      accept?.();
    });
    session.on("window-change", (accept, _reject, info) => {
      if (pty) Object.assign(pty, { cols: info.cols, rows: info.rows, width: info.width, height: info.height });
      controls.target?.setWindow(info.rows, info.cols, info.height, info.width);
      accept?.();
    });
    session.on("signal", (accept, _reject, info) => {
      try {
        if (controls.target) controls.target.signal(info.name);
        else controls.pendingSignals.push(info.name);
      } catch {
        // ssh2 refuses names outside RFC 4254; the agent's request is dropped.
      }
      accept?.();
    });
    // Environment variables can change what a command does on the target (LD_PRELOAD, PATH): refused.
    session.on("env", (_accept, reject) => reject?.());
    session.on("x11", (_accept, reject) => reject?.());
    session.on("auth-agent", (_accept, reject) => {
      reject?.();
      void this.recordUnrelayed(state, { kind: "shell", text: "agent-forward", ssh: { request: "agent-forward" } });
    });

    session.on("exec", (accept, _reject, info) => {
      const channel = accept();
      const shell = this.analyze(info.command);
      void (async () => {
        const allowed = await authorizeOnChannel(state, channel, { kind: "shell", text: info.command, shell, ssh: { request: "exec" } });
        if (allowed) await runOnTarget(state, channel, allowed, { request: "exec", command: info.command }, pty, controls);
      })();
    });
    session.on("shell", (accept) => {
      const channel = accept();
      void (async () => {
        const allowed = await authorizeOnChannel(state, channel, { kind: "shell", text: "shell", ssh: { request: "shell" } });
        if (allowed) await runOnTarget(state, channel, allowed, { request: "shell" }, pty, controls);
      })();
    });
    session.on("subsystem", (accept, _reject, info) => {
      const channel = accept();
      void this.onSubsystem(state, channel, info.name);
    });
  }

  private async onSubsystem(state: ConnectionState, channel: ServerChannel, name: string): Promise<void> {
    const allowed = await authorizeOnChannel(state, channel, { kind: "shell", text: `subsystem ${name}`, ssh: { request: "subsystem", subsystem: name } });
    if (!allowed) return;
    if (allowed.decision.masks.length) {
      // A binary protocol cannot be masked; fail closed rather than pass it unmasked.
      const msg = `refused: subsystem ${name} carries binary data that the policy would have to mask`;
      await refuse(channel, msg);
      await allowed.complete({ rows: 0, bytes: 0, maskedCells: 0, error: { code: "ssh-unmaskable", message: msg } }).catch(() => undefined);
      return;
    }
    await relayRaw(state, allowed, (c, cb) => c.subsys(name, cb), { channel });
  }

  private analyze(command: string): ShellFacts {
    try {
      return this.options.runtime.analyzeShell(command);
    } catch (e) {
      // Cannot be analysed → opaque, which policies treat as the most dangerous category.
      return { commands: [], categories: ["opaque"], readOnly: false, parseError: (e as Error).message };
    }
  }

  /** Puts a request the gateway never carries out to the engine, so the attempt is audited. */
  private async recordUnrelayed(state: ConnectionState, input: RequestInput): Promise<void> {
    const auth = await state.session.authorize(input, { notice: () => undefined }).catch(() => undefined);
    if (auth?.verdict === "allow") {
      await auth.complete({ rows: 0, bytes: 0, maskedCells: 0, error: { code: "ssh-unsupported", message: "not relayed by the gateway" } }).catch(() => undefined);
    }
  }

  private async onDirectTcpip(
    state: ConnectionState,
    accept: () => ServerChannel,
    reject: () => void,
    dest: { destIP: string; destPort: number; srcIP: string; srcPort: number },
  ): Promise<void> {
    const text = `port-forward ${dest.destIP}:${dest.destPort}`;
    const auth = await state.session.authorize({ kind: "shell", text, ssh: { request: "port-forward" } }, { notice: () => undefined }).catch(() => undefined);
    if (!auth || auth.verdict !== "allow") return reject();
    if (auth.decision.masks.length) {
      await auth.complete({ rows: 0, bytes: 0, maskedCells: 0, error: { code: "ssh-unmaskable", message: "forwarded data cannot be masked" } }).catch(() => undefined);
      return reject();
    }
    await relayRaw(state, auth, (c, cb) => c.forwardOut(dest.srcIP, dest.srcPort, dest.destIP, dest.destPort, cb), { accept, reject });
  }
}
