// The PostgreSQL listener: startup (SSLRequest, GSSENCRequest, CancelRequest), the token in the
// password message, the upstream connection with vault credentials, then the relay.

import { readFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { createSecureContext, TLSSocket, type SecureContext } from "node:tls";
import type { ListenerConfig } from "../../runtime/config/types.js";
import { SessionRefused, type Engine, type EngineSession } from "../../runtime/engine/types.js";
import { CancelRegistry } from "./cancel.js";
import { B, F, type StartupPacket } from "./messages.js";
import { unreadableClientEncoding, unreadableEncodingMessage } from "./client-encoding.js";
import { FrameReader, parseParameterStatus, parsePassword, parseStartup, ProtocolError } from "./parser.js";
import * as w from "./serializer.js";
import { PgRelay } from "./session.js";
import { brokenLexicalSetting, cancelUpstream, connectUpstream, UpstreamError } from "./upstream.js";

const STARTUP_TIMEOUT_MS = 30_000;

export interface PostgresListenerStats {
  sessions: number;
  refused: number;
  protocolErrors: number;
}

export class PostgresListener {
  private server?: Server;
  private readonly cancels = new CancelRegistry();
  private readonly tls?: SecureContext;
  private readonly live = new Set<PgRelay>();
  private readonly handshakes = new Set<Socket>();
  readonly stats: PostgresListenerStats = { sessions: 0, refused: 0, protocolErrors: 0 };

  constructor(private readonly cfg: ListenerConfig, private readonly engine: Engine) {
    if (cfg.tls) this.tls = createSecureContext({ cert: readFileSync(cfg.tls.cert), key: readFileSync(cfg.tls.key) });
  }

  get activeSessions(): number {
    return this.live.size;
  }

  listen(): Promise<{ host: string; port: number }> {
    this.server = createServer((s) => this.accept(s));
    return new Promise((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(this.cfg.port, this.cfg.host, () => {
        const a = this.server!.address();
        resolve({ host: this.cfg.host, port: typeof a === "object" && a ? a.port : this.cfg.port });
      });
    });
  }

  async close(): Promise<void> {
    for (const r of this.live) r.shutdown("gateway stopping");
    for (const s of this.handshakes) s.destroy();
    await new Promise<void>((res) => (this.server ? this.server.close(() => res()) : res()));
  }

  private accept(raw: Socket): void {
    raw.setNoDelay(true);
    this.handshakes.add(raw);
    raw.on("close", () => this.handshakes.delete(raw));
    raw.on("error", () => raw.destroy());
    const timer = setTimeout(() => raw.destroy(), STARTUP_TIMEOUT_MS);
    raw.once("close", () => clearTimeout(timer));
    this.handshake(raw)
      .catch((e) => {
        this.stats.protocolErrors++;
        if (!raw.destroyed) raw.end(w.error(e instanceof ProtocolError ? e.code : "08P01", this.engine.scrub(e instanceof Error ? e.message : String(e)), { severity: "FATAL" }));
      })
      .finally(() => clearTimeout(timer));
  }

  /** Reads frames until `want` says done; bytes after that stay in the reader. */
  private readUntil<T>(socket: Socket, reader: FrameReader, want: (f: { type: number; payload: Buffer }) => T | undefined): Promise<T> {
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        socket.off("data", onData);
        socket.off("close", onClose);
        socket.off("error", onClose);
      };
      const onClose = () => (cleanup(), reject(new ProtocolError("connection closed during startup")));
      const onData = (c: Buffer) => {
        try {
          if (c.length) reader.push(c);
          for (let f = reader.next(); f; f = reader.next()) {
            const v = want(f);
            if (v !== undefined) {
              cleanup();
              socket.pause();
              return resolve(v);
            }
          }
        } catch (e) {
          cleanup();
          reject(e);
        }
      };
      socket.on("data", onData);
      socket.on("close", onClose);
      socket.on("error", onClose);
      socket.resume();
      onData(Buffer.alloc(0));
    });
  }

  private async handshake(raw: Socket): Promise<void> {
    let socket: Socket = raw;
    let reader = new FrameReader(this.cfg.maxMessageBytes, { startup: true });
    let packet: StartupPacket;
    for (;;) {
      packet = await this.readUntil(socket, reader, (f) => parseStartup(f.payload));
      if (packet.kind === "cancel") {
        this.cancels.cancel(packet.processId, packet.secretKey);
        socket.destroy();
        return;
      }
      if (packet.kind === "startup") break;
      // Bytes sent after an SSLRequest before our answer could be injected in clear text: refuse.
      if (reader.pending) throw new ProtocolError("unexpected data after an encryption request");
      if (packet.kind === "ssl" && this.tls && !(socket instanceof TLSSocket)) {
        socket.write("S");
        socket = new TLSSocket(socket, { isServer: true, secureContext: this.tls });
        socket.on("error", () => socket.destroy());
        reader = new FrameReader(this.cfg.maxMessageBytes, { startup: true });
      } else {
        socket.write("N"); // GSSAPI encryption, or TLS without a configured certificate
      }
    }
    const params = packet.params;
    if (params.replication) throw new ProtocolError("replication connections are not allowed through the gateway", "28000");
    if (params.client_encoding && unreadableClientEncoding(params.client_encoding)) throw new ProtocolError(unreadableEncodingMessage(params.client_encoding), "0A000");
    reader.startup = false;
    socket.write(w.authenticationCleartextPassword());
    const token = await this.readUntil(socket, reader, (f) => {
      if (f.type !== F.Password) throw new ProtocolError("expected a password message", "28000");
      return parsePassword(f.payload);
    });
    const connection = this.cfg.connection ?? params.database ?? params.user ?? "";
    const sourceIp = raw.remoteAddress ?? "";
    let session: EngineSession;
    try {
      session = await this.engine.openSession({ token, connection, sourceIp, claimedUser: params.user, justification: params.application_name?.startsWith("justification:") ? params.application_name.slice(14) : undefined });
    } catch (e) {
      this.stats.refused++;
      const msg = e instanceof SessionRefused ? e.message : "authentication failed";
      const code = e instanceof SessionRefused && e.code === "connection" ? "3D000" : e instanceof SessionRefused && e.code === "unavailable" ? "57P03" : "28P01";
      socket.end(w.error(code, `gateway: ${msg}`, { severity: "FATAL" }));
      return;
    }
    let upstream;
    try {
      upstream = await connectUpstream(this.engine.upstream(session.connection.name), params, this.cfg.maxMessageBytes);
    } catch (e) {
      const msg = this.engine.scrub(e instanceof Error ? e.message : String(e));
      socket.end(w.error(e instanceof UpstreamError ? e.sqlstate : "08006", `gateway: cannot reach the database: ${msg}`, { severity: "FATAL" }));
      await session.end(`upstream unavailable: ${msg}`).catch(() => undefined);
      return;
    }
    if (socket.destroyed) {
      upstream.socket.destroy();
      await session.end("client left during startup").catch(() => undefined);
      return;
    }
    const up = upstream;
    // The settings the server settled on: the relay checks later reports the same way.
    const broken = up.startupFrames.filter((f) => f[0] === B.ParameterStatus).map((f) => parseParameterStatus(f.subarray(5)))
      .map((p) => brokenLexicalSetting(p.name, p.value)).find((m) => m !== undefined);
    if (broken) {
      up.socket.destroy();
      socket.end(w.error("0A000", broken, { severity: "FATAL" }));
      await session.end("unsupported session settings").catch(() => undefined);
      return;
    }
    const host = this.engine.upstream(session.connection.name);
    let relay: PgRelay | undefined;
    const key = this.cancels.register({
      cancel: () => {
        relay?.cancelHold();
        cancelUpstream(host.host, host.port, up.processId, up.secretKey);
      },
    });
    const hello = [w.authenticationOk(), ...up.startupFrames.filter((f) => f[0] === B.ParameterStatus), w.backendKeyData(key.processId, key.secretKey), w.readyForQuery(up.txStatus)];
    socket.write(Buffer.concat(hello));
    this.stats.sessions++;
    relay = new PgRelay(socket, reader, up.socket, up.reader, session, {
      maxFrame: this.cfg.maxMessageBytes,
      onClose: () => {
        this.cancels.unregister(key);
        this.live.delete(relay!);
      },
    });
    this.live.add(relay);
    this.handshakes.delete(raw);
    relay.start();
  }
}
