// PostgreSQL v3 wire messages the gateway needs to understand. Everything else is relayed as an
// opaque frame (type byte + payload), so unknown or future messages still pass through unchanged.

export const PROTOCOL_3_0 = 196608;
export const SSL_REQUEST_CODE = 80877103;
export const GSSENC_REQUEST_CODE = 80877104;
export const CANCEL_REQUEST_CODE = 80877102;

/** One frame: a type byte (0 for startup-phase frames, which have none) and its payload. */
export interface Frame {
  type: number;
  payload: Buffer;
  /** The complete frame as received (header + payload), for relaying it unchanged. */
  raw: Buffer;
}

// ---- frontend (client → server) ----

export type StartupPacket =
  | { kind: "startup"; protocol: number; params: Record<string, string> }
  | { kind: "ssl" }
  | { kind: "gssenc" }
  | { kind: "cancel"; processId: number; secretKey: number };

export interface ParseMessage { name: string; text: string; paramTypes: number[] }
export interface BindMessage {
  portal: string;
  statement: string;
  paramFormats: number[];
  params: (Buffer | null)[];
  resultFormats: number[];
}
export interface DescribeMessage { target: "S" | "P"; name: string }
export interface ExecuteMessage { portal: string; maxRows: number }
export interface CloseMessage { target: "S" | "P"; name: string }

/** Frontend message type bytes. */
export const F = {
  Query: 0x51, // Q
  Parse: 0x50, // P
  Bind: 0x42, // B
  Describe: 0x44, // D
  Execute: 0x45, // E
  Sync: 0x53, // S
  Flush: 0x48, // H
  Close: 0x43, // C
  CopyData: 0x64, // d
  CopyDone: 0x63, // c
  CopyFail: 0x66, // f
  FunctionCall: 0x46, // F
  Terminate: 0x58, // X
  Password: 0x70, // p (also SASLInitialResponse / SASLResponse / GSSResponse)
} as const;

// ---- backend (server → client) ----

export interface FieldDescription {
  name: string;
  tableOid: number;
  columnAttr: number;
  typeOid: number;
  typeSize: number;
  typeModifier: number;
  format: number;
}

/** Error and notice fields by their one-letter codes (S, V, C, M, D, H, P, …). */
export type NoticeFields = Record<string, string>;

export type Authentication =
  | { kind: "ok" }
  | { kind: "cleartext" }
  | { kind: "md5"; salt: Buffer }
  | { kind: "sasl"; mechanisms: string[] }
  | { kind: "sasl-continue"; data: Buffer }
  | { kind: "sasl-final"; data: Buffer }
  | { kind: "other"; code: number };

/** Backend message type bytes. */
export const B = {
  Authentication: 0x52, // R
  ParameterStatus: 0x53, // S
  BackendKeyData: 0x4b, // K
  ReadyForQuery: 0x5a, // Z
  RowDescription: 0x54, // T
  DataRow: 0x44, // D
  CommandComplete: 0x43, // C
  EmptyQueryResponse: 0x49, // I
  ErrorResponse: 0x45, // E
  NoticeResponse: 0x4e, // N
  NotificationResponse: 0x41, // A
  ParseComplete: 0x31, // 1
  BindComplete: 0x32, // 2
  CloseComplete: 0x33, // 3
  NoData: 0x6e, // n
  PortalSuspended: 0x73, // s
  ParameterDescription: 0x74, // t
  CopyInResponse: 0x47, // G
  CopyOutResponse: 0x48, // H
  CopyBothResponse: 0x57, // W
  CopyData: 0x64, // d
  CopyDone: 0x63, // c
  FunctionCallResponse: 0x56, // V
  NegotiateProtocolVersion: 0x76, // v
} as const;

export interface CopyResponse { format: number; columnFormats: number[] }
export interface Notification { processId: number; channel: string; payload: string }
