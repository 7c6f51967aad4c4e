// Turns a byte stream into frames and frames into the messages of messages.ts. No sockets here:
// the reader is fed buffers, so every rule is testable on plain bytes.

import type {
  Authentication, BindMessage, CloseMessage, CopyResponse, DescribeMessage, ExecuteMessage,
  FieldDescription, Frame, NoticeFields, Notification, ParseMessage, StartupPacket,
} from "./messages.js";
import { CANCEL_REQUEST_CODE, GSSENC_REQUEST_CODE, SSL_REQUEST_CODE } from "./messages.js";

/** A frame that breaks the protocol: the connection that sent it is closed, nothing else. */
export class ProtocolError extends Error {
  constructor(message: string, readonly code = "08P01") {
    super(message);
  }
}

export const MAX_STARTUP_LENGTH = 10_000;

/**
 * Accumulates bytes and cuts them into frames. In startup mode frames have no type byte.
 * Frames longer than `maxFrame` are refused before their payload is buffered.
 */
export class FrameReader {
  private buf: Buffer = Buffer.alloc(0);
  startup: boolean;

  constructor(readonly maxFrame: number, opts: { startup?: boolean } = {}) {
    this.startup = opts.startup ?? false;
  }

  push(chunk: Buffer): void {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
  }

  /** The next complete frame, or undefined when more bytes are needed. Throws ProtocolError. */
  next(): Frame | undefined {
    const buf = this.buf;
    if (this.startup) {
      if (buf.length < 4) return undefined;
      const len = buf.readInt32BE(0);
      if (len < 8 || len > MAX_STARTUP_LENGTH) throw new ProtocolError(`invalid startup packet length ${len}`);
      if (buf.length < len) return undefined;
      this.buf = buf.subarray(len);
      return { type: 0, payload: buf.subarray(4, len), raw: buf.subarray(0, len) };
    }
    if (buf.length < 5) return undefined;
    const len = buf.readInt32BE(1);
    if (len < 4) throw new ProtocolError(`invalid message length ${len}`);
    if (len > this.maxFrame) throw new ProtocolError(`message of ${len} bytes exceeds the limit of ${this.maxFrame}`, "54000");
    if (buf.length < len + 1) return undefined;
    this.buf = buf.subarray(len + 1);
    return { type: buf[0]!, payload: buf.subarray(5, len + 1), raw: buf.subarray(0, len + 1) };
  }

  /** Bytes received but not yet cut into frames. */
  get pending(): number {
    return this.buf.length;
  }
}

/** Reads fields of one payload in order; every read is bounds-checked. */
export class PayloadReader {
  private off = 0;
  constructor(private readonly b: Buffer) {}

  int32(): number {
    this.need(4);
    const v = this.b.readInt32BE(this.off);
    this.off += 4;
    return v;
  }
  int16(): number {
    this.need(2);
    const v = this.b.readInt16BE(this.off);
    this.off += 2;
    return v;
  }
  byte(): number {
    this.need(1);
    return this.b[this.off++]!;
  }
  cstring(): string {
    const end = this.b.indexOf(0, this.off);
    if (end < 0) throw new ProtocolError("unterminated string in message");
    const s = this.b.toString("utf8", this.off, end);
    this.off = end + 1;
    return s;
  }
  bytes(n: number): Buffer {
    if (n < 0) throw new ProtocolError("negative length in message");
    this.need(n);
    const v = this.b.subarray(this.off, this.off + n);
    this.off += n;
    return v;
  }
  rest(): Buffer {
    const v = this.b.subarray(this.off);
    this.off = this.b.length;
    return v;
  }
  get remaining(): number {
    return this.b.length - this.off;
  }
  /** Throws unless the whole payload was read: trailing bytes mean a malformed message. */
  end(): void {
    if (this.off !== this.b.length) throw new ProtocolError("unexpected trailing bytes in message");
  }
  private need(n: number): void {
    if (this.off + n > this.b.length) throw new ProtocolError("message shorter than its fields");
  }
}

/** A count read from the wire must be non-negative and plausible for the bytes left. */
function count(r: PayloadReader, perItem: number): number {
  const n = r.int16();
  if (n < 0 || n * perItem > r.remaining) throw new ProtocolError("invalid count in message");
  return n;
}

// ---- frontend ----

export function parseStartup(payload: Buffer): StartupPacket {
  const r = new PayloadReader(payload);
  const code = r.int32();
  if (code === SSL_REQUEST_CODE) return r.end(), { kind: "ssl" };
  if (code === GSSENC_REQUEST_CODE) return r.end(), { kind: "gssenc" };
  if (code === CANCEL_REQUEST_CODE) {
    const processId = r.int32();
    const secretKey = r.int32();
    r.end();
    return { kind: "cancel", processId, secretKey };
  }
  if (code >> 16 !== 3) throw new ProtocolError(`unsupported frontend protocol ${code >> 16}.${code & 0xffff}`, "0A000");
  const params: Record<string, string> = Object.create(null);
  for (;;) {
    const key = r.cstring();
    if (key === "") break;
    params[key] = r.cstring();
  }
  r.end();
  return { kind: "startup", protocol: code, params };
}

export function parseQuery(payload: Buffer): string {
  const r = new PayloadReader(payload);
  const text = r.cstring();
  r.end();
  return text;
}

export function parseParse(payload: Buffer): ParseMessage {
  const r = new PayloadReader(payload);
  const name = r.cstring();
  const text = r.cstring();
  const n = count(r, 4);
  const paramTypes: number[] = [];
  for (let i = 0; i < n; i++) paramTypes.push(r.int32() >>> 0);
  r.end();
  return { name, text, paramTypes };
}

export function parseBind(payload: Buffer): BindMessage {
  const r = new PayloadReader(payload);
  const portal = r.cstring();
  const statement = r.cstring();
  const nf = count(r, 2);
  const paramFormats: number[] = [];
  for (let i = 0; i < nf; i++) paramFormats.push(r.int16());
  const np = count(r, 4);
  const params: (Buffer | null)[] = [];
  for (let i = 0; i < np; i++) {
    const len = r.int32();
    params.push(len === -1 ? null : r.bytes(len));
  }
  const nr = count(r, 2);
  const resultFormats: number[] = [];
  for (let i = 0; i < nr; i++) resultFormats.push(r.int16());
  r.end();
  return { portal, statement, paramFormats, params, resultFormats };
}

function target(b: number): "S" | "P" {
  if (b === 0x53) return "S";
  if (b === 0x50) return "P";
  throw new ProtocolError("invalid Describe/Close target");
}

export function parseDescribe(payload: Buffer): DescribeMessage {
  const r = new PayloadReader(payload);
  const t = target(r.byte());
  const name = r.cstring();
  r.end();
  return { target: t, name };
}

export function parseClose(payload: Buffer): CloseMessage {
  return parseDescribe(payload);
}

export function parseExecute(payload: Buffer): ExecuteMessage {
  const r = new PayloadReader(payload);
  const portal = r.cstring();
  const maxRows = r.int32();
  r.end();
  return { portal, maxRows };
}

/** A PasswordMessage: the NUL-terminated password. */
export function parsePassword(payload: Buffer): string {
  return parseQuery(payload);
}

// ---- backend ----

export function parseAuthentication(payload: Buffer): Authentication {
  const r = new PayloadReader(payload);
  const code = r.int32();
  switch (code) {
    case 0: return { kind: "ok" };
    case 3: return { kind: "cleartext" };
    case 5: return { kind: "md5", salt: Buffer.from(r.bytes(4)) };
    case 10: {
      const mechanisms: string[] = [];
      for (;;) {
        const m = r.cstring();
        if (m === "") break;
        mechanisms.push(m);
      }
      return { kind: "sasl", mechanisms };
    }
    case 11: return { kind: "sasl-continue", data: Buffer.from(r.rest()) };
    case 12: return { kind: "sasl-final", data: Buffer.from(r.rest()) };
    default: return { kind: "other", code };
  }
}

export function parseRowDescription(payload: Buffer): FieldDescription[] {
  const r = new PayloadReader(payload);
  const n = count(r, 19);
  const fields: FieldDescription[] = [];
  for (let i = 0; i < n; i++) {
    fields.push({
      name: r.cstring(),
      tableOid: r.int32() >>> 0,
      columnAttr: r.int16(),
      typeOid: r.int32() >>> 0,
      typeSize: r.int16(),
      typeModifier: r.int32(),
      format: r.int16(),
    });
  }
  r.end();
  return fields;
}

/** DataRow values; null for SQL NULL. The buffers are views into the payload. */
export function parseDataRow(payload: Buffer): (Buffer | null)[] {
  const r = new PayloadReader(payload);
  const n = count(r, 4);
  const values: (Buffer | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const len = r.int32();
    values[i] = len === -1 ? null : r.bytes(len);
  }
  r.end();
  return values;
}

export function parseNotice(payload: Buffer): NoticeFields {
  const r = new PayloadReader(payload);
  const fields: NoticeFields = {};
  for (;;) {
    const code = r.byte();
    if (code === 0) break;
    fields[String.fromCharCode(code)] = r.cstring();
  }
  r.end();
  return fields;
}

export function parseCommandComplete(payload: Buffer): string {
  return parseQuery(payload);
}

export function parseReadyForQuery(payload: Buffer): string {
  const r = new PayloadReader(payload);
  const s = String.fromCharCode(r.byte());
  r.end();
  return s;
}

export function parseBackendKeyData(payload: Buffer): { processId: number; secretKey: number } {
  const r = new PayloadReader(payload);
  const processId = r.int32();
  const secretKey = r.int32();
  r.end();
  return { processId, secretKey };
}

export function parseParameterStatus(payload: Buffer): { name: string; value: string } {
  const r = new PayloadReader(payload);
  const name = r.cstring();
  const value = r.cstring();
  r.end();
  return { name, value };
}

export function parseCopyResponse(payload: Buffer): CopyResponse {
  const r = new PayloadReader(payload);
  const format = r.byte();
  const n = count(r, 2);
  const columnFormats: number[] = [];
  for (let i = 0; i < n; i++) columnFormats.push(r.int16());
  r.end();
  return { format, columnFormats };
}

export function parseNotification(payload: Buffer): Notification {
  const r = new PayloadReader(payload);
  const processId = r.int32();
  const channel = r.cstring();
  const p = r.cstring();
  r.end();
  return { processId, channel, payload: p };
}
