// Builds wire messages as buffers. The inverse of parser.ts; round-trips are property-tested.

import type { BindMessage, FieldDescription, NoticeFields, ParseMessage } from "./messages.js";
import { B, CANCEL_REQUEST_CODE, F, PROTOCOL_3_0, SSL_REQUEST_CODE } from "./messages.js";

/** Appends fields, then frames them with a type byte (or none, for startup packets). */
export class MessageWriter {
  private parts: Buffer[] = [];
  private size = 0;

  int32(v: number): this {
    const b = Buffer.allocUnsafe(4);
    b.writeInt32BE(v | 0, 0);
    return this.add(b);
  }
  int16(v: number): this {
    const b = Buffer.allocUnsafe(2);
    b.writeInt16BE(v, 0);
    return this.add(b);
  }
  byte(v: number): this {
    return this.add(Buffer.from([v]));
  }
  cstring(s: string): this {
    if (s.includes("\0")) throw new Error("a protocol string cannot contain NUL");
    return this.add(Buffer.from(s + "\0", "utf8"));
  }
  bytes(b: Buffer): this {
    return this.add(b);
  }
  private add(b: Buffer): this {
    this.parts.push(b);
    this.size += b.length;
    return this;
  }

  /** The framed message: type byte, int32 length (including itself), payload. */
  frame(type: number): Buffer {
    const out = Buffer.allocUnsafe(5 + this.size);
    out[0] = type;
    out.writeInt32BE(4 + this.size, 1);
    let off = 5;
    for (const p of this.parts) {
      p.copy(out, off);
      off += p.length;
    }
    return out;
  }

  /** A startup-phase packet: int32 length, payload (no type byte). */
  startupFrame(): Buffer {
    const out = Buffer.allocUnsafe(4 + this.size);
    out.writeInt32BE(4 + this.size, 0);
    let off = 4;
    for (const p of this.parts) {
      p.copy(out, off);
      off += p.length;
    }
    return out;
  }
}

/** Frames an already-built payload. */
export function frame(type: number, payload: Buffer): Buffer {
  const out = Buffer.allocUnsafe(5 + payload.length);
  out[0] = type;
  out.writeInt32BE(4 + payload.length, 1);
  payload.copy(out, 5);
  return out;
}

const empty = (type: number) => frame(type, Buffer.alloc(0));

// ---- frontend ----

export function startup(params: Record<string, string>): Buffer {
  const w = new MessageWriter().int32(PROTOCOL_3_0);
  for (const [k, v] of Object.entries(params)) w.cstring(k).cstring(v);
  return w.byte(0).startupFrame();
}
export const sslRequest = (): Buffer => new MessageWriter().int32(SSL_REQUEST_CODE).startupFrame();
export const cancelRequest = (processId: number, secretKey: number): Buffer =>
  new MessageWriter().int32(CANCEL_REQUEST_CODE).int32(processId).int32(secretKey).startupFrame();
export const password = (text: string): Buffer => new MessageWriter().cstring(text).frame(F.Password);
export function saslInitialResponse(mechanism: string, data: Buffer): Buffer {
  return new MessageWriter().cstring(mechanism).int32(data.length).bytes(data).frame(F.Password);
}
export const saslResponse = (data: Buffer): Buffer => frame(F.Password, data);
export const query = (text: string): Buffer => new MessageWriter().cstring(text).frame(F.Query);
export function parse(m: ParseMessage): Buffer {
  const w = new MessageWriter().cstring(m.name).cstring(m.text).int16(m.paramTypes.length);
  for (const t of m.paramTypes) w.int32(t);
  return w.frame(F.Parse);
}
export function bind(m: BindMessage): Buffer {
  const w = new MessageWriter().cstring(m.portal).cstring(m.statement).int16(m.paramFormats.length);
  for (const f of m.paramFormats) w.int16(f);
  w.int16(m.params.length);
  for (const p of m.params) {
    if (p === null) w.int32(-1);
    else w.int32(p.length).bytes(p);
  }
  w.int16(m.resultFormats.length);
  for (const f of m.resultFormats) w.int16(f);
  return w.frame(F.Bind);
}
export const describe = (target: "S" | "P", name: string): Buffer =>
  new MessageWriter().byte(target.charCodeAt(0)).cstring(name).frame(F.Describe);
export const close = (target: "S" | "P", name: string): Buffer =>
  new MessageWriter().byte(target.charCodeAt(0)).cstring(name).frame(F.Close);
export const execute = (portal: string, maxRows = 0): Buffer =>
  new MessageWriter().cstring(portal).int32(maxRows).frame(F.Execute);
export const sync = (): Buffer => empty(F.Sync);
export const flush = (): Buffer => empty(F.Flush);
export const terminate = (): Buffer => empty(F.Terminate);

// ---- backend ----

export const authenticationOk = (): Buffer => new MessageWriter().int32(0).frame(B.Authentication);
export const authenticationCleartextPassword = (): Buffer => new MessageWriter().int32(3).frame(B.Authentication);
export const authenticationMd5 = (salt: Buffer): Buffer => new MessageWriter().int32(5).bytes(salt).frame(B.Authentication);
export function authenticationSasl(mechanisms: string[]): Buffer {
  const w = new MessageWriter().int32(10);
  for (const m of mechanisms) w.cstring(m);
  return w.byte(0).frame(B.Authentication);
}
export const authenticationSaslContinue = (data: Buffer): Buffer => new MessageWriter().int32(11).bytes(data).frame(B.Authentication);
export const authenticationSaslFinal = (data: Buffer): Buffer => new MessageWriter().int32(12).bytes(data).frame(B.Authentication);
export const parameterStatus = (name: string, value: string): Buffer =>
  new MessageWriter().cstring(name).cstring(value).frame(B.ParameterStatus);
export const backendKeyData = (processId: number, secretKey: number): Buffer =>
  new MessageWriter().int32(processId).int32(secretKey).frame(B.BackendKeyData);
export const readyForQuery = (status: string): Buffer => new MessageWriter().byte(status.charCodeAt(0)).frame(B.ReadyForQuery);

export function rowDescription(fields: FieldDescription[]): Buffer {
  const w = new MessageWriter().int16(fields.length);
  for (const f of fields) {
    w.cstring(f.name).int32(f.tableOid).int16(f.columnAttr).int32(f.typeOid).int16(f.typeSize).int32(f.typeModifier).int16(f.format);
  }
  return w.frame(B.RowDescription);
}

export function dataRow(values: (Buffer | null)[]): Buffer {
  let size = 2;
  for (const v of values) size += 4 + (v === null ? 0 : v.length);
  const out = Buffer.allocUnsafe(5 + size);
  out[0] = B.DataRow;
  out.writeInt32BE(4 + size, 1);
  out.writeInt16BE(values.length, 5);
  let off = 7;
  for (const v of values) {
    if (v === null) {
      out.writeInt32BE(-1, off);
      off += 4;
    } else {
      out.writeInt32BE(v.length, off);
      v.copy(out, off + 4);
      off += 4 + v.length;
    }
  }
  return out;
}

export const commandComplete = (tag: string): Buffer => new MessageWriter().cstring(tag).frame(B.CommandComplete);
export const emptyQueryResponse = (): Buffer => empty(B.EmptyQueryResponse);
export const parseComplete = (): Buffer => empty(B.ParseComplete);
export const bindComplete = (): Buffer => empty(B.BindComplete);
export const closeComplete = (): Buffer => empty(B.CloseComplete);
export const noData = (): Buffer => empty(B.NoData);

function fieldsMessage(type: number, fields: NoticeFields): Buffer {
  const w = new MessageWriter();
  for (const [code, value] of Object.entries(fields)) w.byte(code.charCodeAt(0)).cstring(value.replaceAll("\0", ""));
  return w.byte(0).frame(type);
}
export const errorResponse = (fields: NoticeFields): Buffer => fieldsMessage(B.ErrorResponse, fields);
export const noticeResponse = (fields: NoticeFields): Buffer => fieldsMessage(B.NoticeResponse, fields);

/** An ErrorResponse with the usual fields: severity, SQLSTATE, message, optional detail and hint. */
export function error(code: string, message: string, extra: { detail?: string; hint?: string; severity?: string } = {}): Buffer {
  const sev = extra.severity ?? "ERROR";
  const fields: NoticeFields = { S: sev, V: sev, C: code, M: message };
  if (extra.detail) fields.D = extra.detail;
  if (extra.hint) fields.H = extra.hint;
  return errorResponse(fields);
}

export function notice(message: string, detail?: string): Buffer {
  const fields: NoticeFields = { S: "NOTICE", V: "NOTICE", C: "00000", M: message };
  if (detail) fields.D = detail;
  return noticeResponse(fields);
}

export function copyOutResponse(format: number, columnFormats: number[]): Buffer {
  const w = new MessageWriter().byte(format).int16(columnFormats.length);
  for (const f of columnFormats) w.int16(f);
  return w.frame(B.CopyOutResponse);
}
export const copyData = (data: Buffer): Buffer => frame(B.CopyData, data);
export const copyDone = (): Buffer => empty(B.CopyDone);
export function notification(processId: number, channel: string, payload: string): Buffer {
  return new MessageWriter().int32(processId).cstring(channel).cstring(payload).frame(B.NotificationResponse);
}
