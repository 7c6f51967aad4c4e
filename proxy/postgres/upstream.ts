// Opens and authenticates the connection to the upstream PostgreSQL with vault credentials.
// Errors never carry the password: they are built from codes and scrubbed.

import { connect, type Socket } from "node:net";
import { md5Response, ScramClient, type PostgresUpstream } from "../../runtime/vault/index.js";
import { B, type Frame } from "./messages.js";
import { FrameReader, parseAuthentication, parseBackendKeyData, parseNotice, ProtocolError } from "./parser.js";
import * as w from "./serializer.js";

export class UpstreamError extends Error {
  constructor(message: string, readonly sqlstate = "08006") {
    super(message);
  }
}

export interface UpstreamConnection {
  socket: Socket;
  /** Holds any bytes that arrived after ReadyForQuery. */
  reader: FrameReader;
  /** ParameterStatus and NoticeResponse frames of the startup, to replay to the client. */
  startupFrames: Buffer[];
  processId: number;
  secretKey: number;
  txStatus: string;
}

const CONNECT_TIMEOUT_MS = 10_000;

/** Client startup parameters passed on; others (options, replication, role tricks) are dropped. */
const PASSED_PARAMS = new Set(["application_name", "DateStyle", "TimeZone", "IntervalStyle", "extra_float_digits", "datestyle", "timezone", "intervalstyle"]);

/**
 * The session always speaks UTF-8, the encoding the gateway reads statements in. Under a client
 * encoding such as SJIS, BIG5 or GBK the second byte of a character can be a backslash: the server
 * reads `E'表'; DELETE …` (0x95 0x5C) as a string and a DELETE where the analyzer, reading UTF-8,
 * sees one string literal that swallows the DELETE.
 */
export function upstreamStartupParams(up: PostgresUpstream, client: Record<string, string>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(client)) if (PASSED_PARAMS.has(k)) params[k] = v;
  const configured = Object.fromEntries(Object.entries(up.params ?? {}).filter(([k]) => !Object.hasOwn(LEXICAL_SETTINGS, k.toLowerCase())));
  return { ...params, ...configured, ...LEXICAL_SETTINGS, user: up.user, database: up.database };
}

/**
 * The settings the SQL analysis reads statements under, as the upstream session must keep them.
 * Given in the startup packet they also outrank ALTER DATABASE / ALTER ROLE defaults, so RESET and
 * DISCARD ALL come back to them; the relay ends a session whose server reports another value
 * (ParameterStatus): with standard_conforming_strings off, `'x\' AS a, $$'; CREATE …; --$$` is a
 * SELECT to the analyzer and a SELECT then a CREATE to the server.
 */
export const LEXICAL_SETTINGS: Readonly<Record<string, string>> = { client_encoding: "UTF8", standard_conforming_strings: "on" };

/**
 * Why a reported setting (ParameterStatus, or the relay's probe) breaks the analysis: undefined when
 * the setting is not one of LEXICAL_SETTINGS or has the value it must keep.
 */
export function brokenLexicalSetting(name: string, value: string): string | undefined {
  const key = name.toLowerCase();
  if (!Object.hasOwn(LEXICAL_SETTINGS, key) || value === LEXICAL_SETTINGS[key]) return undefined;
  return `the session's ${key} became ${JSON.stringify(value)}; the gateway reads statements with ${key} ${LEXICAL_SETTINGS[key]} and ends the session`;
}

export function connectUpstream(up: PostgresUpstream, clientParams: Record<string, string>, maxFrame: number): Promise<UpstreamConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: up.host, port: up.port });
    socket.setNoDelay(true);
    const reader = new FrameReader(maxFrame);
    const startupFrames: Buffer[] = [];
    let processId = 0, secretKey = 0;
    let scram: ScramClient | undefined;
    let settled = false;
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      reject(e instanceof UpstreamError ? e : new UpstreamError(`upstream: ${e instanceof ProtocolError ? "protocol error" : (e as NodeJS.ErrnoException).code ?? "connection failed"}`));
    };
    const timer = setTimeout(() => fail(new UpstreamError("upstream: connection timed out")), CONNECT_TIMEOUT_MS);
    socket.once("error", fail);
    socket.once("close", () => fail(new UpstreamError("upstream closed the connection during startup")));
    socket.once("connect", () => socket.write(w.startup(upstreamStartupParams(up, clientParams))));
    const onFrame = (f: Frame): boolean => {
      switch (f.type) {
        case B.Authentication: {
          const a = parseAuthentication(f.payload);
          if (a.kind === "ok") return true;
          if (!up.password) throw new UpstreamError("upstream asks for a password and the connection has none configured", "28000");
          if (a.kind === "cleartext") socket.write(w.password(up.password));
          else if (a.kind === "md5") socket.write(w.password(md5Response(up.user, up.password, a.salt)));
          else if (a.kind === "sasl") {
            if (!a.mechanisms.includes("SCRAM-SHA-256")) throw new UpstreamError("upstream offers no supported SASL mechanism", "28000");
            scram = new ScramClient(up.password);
            socket.write(w.saslInitialResponse(scram.mechanism, scram.clientFirst()));
          } else if (a.kind === "sasl-continue") {
            if (!scram) throw new UpstreamError("unexpected SASL message from upstream");
            socket.write(w.saslResponse(scram.clientFinal(a.data)));
          } else if (a.kind === "sasl-final") {
            if (!scram) throw new UpstreamError("unexpected SASL message from upstream");
            scram.verifyFinal(a.data);
          } else throw new UpstreamError(`upstream asks for an unsupported authentication method (${a.code})`, "28000");
          return true;
        }
        case B.ParameterStatus:
        case B.NoticeResponse:
          startupFrames.push(w.frame(f.type, f.payload));
          return true;
        case B.BackendKeyData:
          ({ processId, secretKey } = parseBackendKeyData(f.payload));
          return true;
        case B.NegotiateProtocolVersion:
          return true;
        case B.ErrorResponse: {
          const e = parseNotice(f.payload);
          // The upstream's own words may name the role; never pass them through unscrubbed.
          throw new UpstreamError(`upstream refused the connection: ${e.C === "28P01" ? "authentication failed" : e.M ?? "error"}`, e.C === "28P01" ? "28000" : e.C ?? "08006");
        }
        case B.ReadyForQuery:
          return false;
        default:
          throw new UpstreamError("unexpected message from upstream during startup");
      }
    };
    const onData = (chunk: Buffer) => {
      try {
        reader.push(chunk);
        for (let f = reader.next(); f; f = reader.next()) {
          if (!onFrame(f)) {
            settled = true;
            clearTimeout(timer);
            socket.off("data", onData);
            socket.removeAllListeners("error");
            socket.removeAllListeners("close");
            socket.pause();
            resolve({ socket, reader, startupFrames, processId, secretKey, txStatus: String.fromCharCode(f.payload[0] ?? 73) });
            return;
          }
        }
      } catch (e) {
        fail(e as Error);
      }
    };
    socket.on("data", onData);
  });
}

/** Sends a CancelRequest for the given upstream backend on a fresh connection. */
export function cancelUpstream(host: string, port: number, processId: number, secretKey: number): void {
  const s = connect({ host, port });
  s.on("error", () => s.destroy());
  s.on("connect", () => s.end(w.cancelRequest(processId, secretKey)));
  s.setTimeout(5000, () => s.destroy());
}
