// What the audit log records. Every record names who (the principal chain: the agent and the
// human it acts for), where (connection), in which session, and when. The gateway builds these;
// the log adds the sequence number, the previous record's hash and its own hash.
import type { Decision, Effect, Principal, PrincipalKind, Protocol } from "../../compiler/context/types.js";

/** A principal as recorded: identity and the delegation chain, never credentials. */
export interface PrincipalRef {
  id: string;
  kind: PrincipalKind;
  groups: string[];
  attributes?: Record<string, unknown>;
  onBehalfOf?: PrincipalRef;
}

export interface ConnectionRef {
  name: string;
  protocol: Protocol;
}

interface Base {
  /** When the event happened (ISO-8601); the log fills it in when absent. */
  at?: string;
  /** Who: null only for events of the gateway itself (policy loads at start-up). */
  principal: PrincipalRef | null;
  connection: ConnectionRef | null;
  sessionId: string | null;
  /** Which gateway instance wrote the record (several may share one log). */
  instance?: string;
}

export interface SessionStartRecord extends Base {
  type: "session.start";
  sourceIp: string;
  justification?: string;
  /** How the principal authenticated: "oidc", "gateway-token", "ssh-key", … */
  authMethod?: string;
}

export interface SessionEndRecord extends Base {
  type: "session.end";
  reason?: string;
  durationMs?: number;
}

/** A failed authentication: recorded so the examiner sees refusals as well as sessions. */
export interface AuthFailureRecord extends Base {
  type: "auth.failure";
  sourceIp: string;
  /** The identity the client claimed, if any. */
  claimedId?: string;
  reason: string;
}

/** A summary of what the analysers found; the full facts stay in the session recording. */
export interface AnalysisSummary {
  kinds?: string[];
  commands?: string[];
  tables?: string[];
  columns?: string[];
  categories?: string[];
  readOnly?: boolean;
  opaque?: boolean;
  parseError?: string;
  [k: string]: unknown;
}

export interface RequestRecord extends Base {
  type: "request";
  requestId: string;
  protocol: Protocol;
  /** The statement, command or API call as the client sent it (secrets scrubbed). */
  text: string;
  analysis: AnalysisSummary;
  decision: Decision;
  /** Set when the request waits on or used an approval. */
  approvalId?: string;
}

export interface ResponseRecord extends Base {
  type: "response";
  requestId: string;
  rows: number;
  bytes: number;
  maskedCells: number;
  error?: { code?: string; message: string };
  durationMs?: number;
}

export type ApprovalStatus = "pending" | "approved" | "denied" | "expired" | "used";

export interface ApprovalRecord extends Base {
  type: "approval";
  approvalId: string;
  from: ApprovalStatus | null;
  to: ApprovalStatus;
  /** The principal who voted or acted; null for expiry. */
  actor: PrincipalRef | null;
  /** A vote that did not (yet) change the status is recorded as from === to. */
  vote?: "approve" | "deny";
  comment?: string;
  rule?: string;
  requestText?: string;
  approvals?: number;
  minApprovals?: number;
}

export interface TokenIssuedRecord extends Base {
  type: "token.issued";
  /** The token's id (jti), never the token. */
  jti: string;
  subject: PrincipalRef;
  expiresAt: string;
  issuer?: string;
}

export interface PolicyLoadRecord extends Base {
  type: "policy.load";
  reload: boolean;
  ok: boolean;
  sourceHash?: string;
  files?: string[];
  rules?: number;
  error?: string;
}

export type AuditRecordInput =
  | SessionStartRecord
  | SessionEndRecord
  | AuthFailureRecord
  | RequestRecord
  | ResponseRecord
  | ApprovalRecord
  | TokenIssuedRecord
  | PolicyLoadRecord;

export type AuditRecordType = AuditRecordInput["type"];

/** A signed checkpoint: the log's own entry, over the hash of the entry before it. */
export interface CheckpointRecord {
  type: "checkpoint";
  at: string;
  keyId: string;
  /** Base64 Ed25519 signature over checkpointMessage(seq - 1, prev). */
  signature: string;
  instance?: string;
}

export type StoredRecord = (AuditRecordInput & { at: string }) | CheckpointRecord;

export const RECORD_TYPES: readonly (AuditRecordType | "checkpoint")[] = [
  "session.start", "session.end", "auth.failure", "request", "response", "approval",
  "token.issued", "policy.load", "checkpoint",
];

/** The recorded form of a principal: identity, groups, attributes and the chain it acts for. */
export function principalRef(p: Principal): PrincipalRef {
  const ref: PrincipalRef = { id: p.id, kind: p.kind, groups: [...p.groups] };
  if (p.attributes && Object.keys(p.attributes).length) ref.attributes = p.attributes;
  if (p.onBehalfOf) ref.onBehalfOf = principalRef(p.onBehalfOf);
  return ref;
}

/** The ids along a delegation chain, the acting principal first. */
export function principalChainIds(p: PrincipalRef | Principal | null | undefined): string[] {
  const ids: string[] = [];
  for (let q = p; q; q = q.onBehalfOf) ids.push(q.id);
  return ids;
}

export type { Decision, Effect };
