// The SSH server agents connect to. Authentication: the user name is the connection name, the
// password (or keyboard-interactive answer) is the agent's token. Every channel request is asked
// of the policy; exec and shell run on the target through run-channel, the rest is refused unless
// the policy allows it.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import ssh2 from "ssh2";
import type { AuthContext, Connection, ServerChannel, Session } from "ssh2";
import { admitOnChannel, refuse } from "./admission.js";
import { SshAuthError } from "./errors.js";
import { loadOrCreateHostKey, type HostKey } from "./host-key.js";
import type { Principal, ShellFacts } from "../../compiler/context/types.js";
import type { SshAccess, SshRequest, SshSessionInfo } from "./ports.js";
import { runOnTarget, type ChannelControls } from "./run-channel.js";
import { ConnectionState, type PtyInfo } from "./session-state.js";
import { HostKeyPins } from "./upstream.js";
import { relayRaw } from "./raw-relay.js";

const { Server } = ssh2;
const MAX_AUTH_FAILURES = 3;
const AUTH_DEADLINE_MS = 30_000;

export interface SshGatewayOptions {
  host: string;
  port: number;
  stateDir: string;
  access: SshAccess;
  /** Quiet time after which partial output lines are released (ms). */
  idleFlushMs?: number;
  /** Receives one line per notable event (no secrets); defaults to nothing. */
  log?: (line: string) => void;
}

export class SshGateway {
  readonly hostKey: HostKey;
  private readonly server: InstanceType<typeof Server>;
  private readonly pins: HostKeyPins;
  private readonly connections = new Set<Connection>();
  private readonly log: (line: string) => void;

  constructor(private readonly options: SshGatewayOptions) {
    this.hostKey = loadOrCreateHostKey(options.stateDir);
    this.pins = new HostKeyPins(options.stateDir);
    this.log = options.log ?? (() => undefined);
    this.server = new Server({ hostKeys: [this.hostKey.privateKey], ident: "hoop-gateway" }, (conn, info) =>
      this.onConnection(conn, info.ip),
    );
    this.server.on("error", (e: Error) => this.log(`ssh listener error: ${e.message}`));
  }

  listen(): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.removeListener("error", reject);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  close(): Promise<void> {
    for (const c of this.connections) c.end();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private onConnection(conn: Connection, sourceIp: string): void {
    const { access } = this.options;
    this.connections.add(conn);
    let failures = 0;
    let authed: { principal: Principal; connection: string } | undefined;
    const deadline = setTimeout(() => { if (!authed) conn.end(); }, AUTH_DEADLINE_MS);
    deadline.unref();

    const verify = async (connection: string, token: string): Promise<boolean> => {
      try {
        if (!access.connection(connection) || !access.target(connection)) throw new SshAuthError(`unknown connection ${connection}`);
        const principal = await access.authenticate({ token, connection, sourceIp });
        authed = { principal, connection };
        return true;
      } catch (e) {
        this.log(`ssh authentication refused for connection '${connection}' from ${sourceIp}: ${(e as Error).message}`);
        return false;
      }
    };
    const judged = (ctx: AuthContext, ok: boolean) => {
      if (ok) return ctx.accept();
      if (++failures >= MAX_AUTH_FAILURES) return conn.end();
      ctx.reject(["password", "keyboard-interactive"]);
    };

    conn.on("authentication", (ctx: AuthContext) => {
      if (ctx.method === "password") {
        void verify(ctx.username, ctx.password).then((ok) => judged(ctx, ok));
      } else if (ctx.method === "keyboard-interactive") {
        ctx.prompt([{ prompt: "Token: ", echo: false }], "hoop gateway", "Enter your access token.", (answers) => {
          void verify(ctx.username, answers[0] ?? "").then((ok) => judged(ctx, ok));
        });
      } else {
        ctx.reject(["password", "keyboard-interactive"]);
      }
    });

    conn.on("ready", () => {
      clearTimeout(deadline);
      const name = authed!.connection;
      const info = access.connection(name)!;
      const session: SshSessionInfo = {
        id: randomUUID(),
        principal: authed!.principal,
        connection: info,
        sourceIp,
        startedAt: new Date().toISOString(),
      };
      const state = new ConnectionState(session, access, access.target(name)!, this.pins, this.options.idleFlushMs ?? 100);
      void access.sessionStarted(session).catch(() => undefined);
      conn.on("session", (accept) => this.onSession(state, accept()));
      conn.on("tcpip", (accept, reject, dest) => void this.onDirectTcpip(state, accept, reject, dest.destIP, dest.destPort, dest.srcIP, dest.srcPort));
      // Remote forwarding (ssh -R) and streamlocal are never relayed: the target would reach back into the agent's network.
      conn.on("request", (_accept, reject) => reject?.());
      conn.once("close", () => {
        state.close();
        void access.sessionEnded(session).catch(() => undefined);
      });
    });
    conn.on("error", (e: Error) => this.log(`ssh connection from ${sourceIp}: ${e.message}`));
    conn.once("close", () => {
      clearTimeout(deadline);
      this.connections.delete(conn);
    });
  }

  private onSession(state: ConnectionState, session: Session): void {
    const { access } = state;
    let pty: PtyInfo | undefined;
    const controls: ChannelControls = {};

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
        controls.target?.signal(info.name);
      } catch {
        // ssh2 refuses names outside RFC 4254; the agent's request is dropped.
      }
      accept?.();
    });
    // Environment variables can change what a command does on the target (LD_PRELOAD, PATH): refused.
    session.on("env", (_accept, reject) => reject?.());
    session.on("x11", (_accept, reject) => reject?.());
    session.on("auth-agent", (_accept, reject) => {
      void this.askOnly(state, { session: state.session, ssh: { request: "agent-forward" } });
      reject?.();
    });

    session.on("exec", (accept, _reject, info) => {
      const channel = accept();
      const request: SshRequest = { session: state.session, ssh: { request: "exec" }, command: info.command, shell: this.analyze(access, info.command) };
      void this.admitAndRun(state, channel, request, pty, controls);
    });
    session.on("shell", (accept) => {
      const channel = accept();
      const request: SshRequest = { session: state.session, ssh: { request: "shell" } };
      void this.admitAndRun(state, channel, request, pty, controls);
    });
    session.on("subsystem", (accept, _reject, info) => {
      const channel = accept();
      const request: SshRequest = { session: state.session, ssh: { request: "subsystem", subsystem: info.name } };
      void (async () => {
        const admitted = await admitOnChannel(access, channel, request);
        if (!admitted) return;
        if (access.outputMasker(admitted.decision)) {
          // A binary protocol cannot be masked; fail closed rather than pass it unmasked.
          await refuse(access, channel, admitted.requestId, `refused: subsystem ${info.name} carries binary data that the policy would have to mask`);
          return;
        }
        await relayRaw(state, channel, admitted.requestId, (c, cb) => c.subsys(info.name, cb));
      })();
    });
  }

  private analyze(access: SshAccess, command: string): ShellFacts {
    try {
      return access.analyzeShell(command);
    } catch (e) {
      // Cannot be analysed → opaque, which policies treat as the most dangerous category.
      return { commands: [], categories: ["opaque"], readOnly: false, parseError: (e as Error).message };
    }
  }

  private async admitAndRun(state: ConnectionState, channel: ServerChannel, request: SshRequest, pty: PtyInfo | undefined, controls: ChannelControls) {
    const admitted = await admitOnChannel(state.access, channel, request);
    if (admitted) await runOnTarget(state, channel, request, admitted, pty, controls);
  }

  /** Records a request the gateway never carries out, so the attempt is in the audit log. */
  private async askOnly(state: ConnectionState, request: SshRequest): Promise<void> {
    try {
      const a = await state.access.admit(request);
      await state.access.finish(a.requestId, { bytesOut: 0, bytesErr: 0, maskedValues: 0, refused: true, error: "not supported through the gateway" });
    } catch {
      // Nothing ran; nothing more to record.
    }
  }

  private async onDirectTcpip(
    state: ConnectionState,
    accept: () => ServerChannel,
    reject: () => void,
    host: string,
    port: number,
    srcIp: string,
    srcPort: number,
  ): Promise<void> {
    const request: SshRequest = { session: state.session, ssh: { request: "port-forward" }, forward: { host, port } };
    let admission;
    try {
      admission = await state.access.admit(request);
    } catch {
      return reject();
    }
    if (admission.effect !== "allow") {
      await state.access.finish(admission.requestId, { bytesOut: 0, bytesErr: 0, maskedValues: 0, refused: true, error: "port forwarding refused" }).catch(() => undefined);
      return reject();
    }
    if (state.access.outputMasker(admission.decision)) {
      await state.access.finish(admission.requestId, { bytesOut: 0, bytesErr: 0, maskedValues: 0, refused: true, error: "forwarded data cannot be masked" }).catch(() => undefined);
      return reject();
    }
    await relayRaw(state, undefined, admission.requestId, (c, cb) => c.forwardOut(srcIp, srcPort, host, port, cb), accept, reject);
  }
}
