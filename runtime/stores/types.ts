// One storage interface for the gateway's state: the audit log, the approvals table and the
// session recordings. Two implementations: embedded SQLite (one gateway) and PostgreSQL (several
// gateway instances sharing one log and one approvals table).
import type { ChainTail, StoredEntry } from "../audit/chain.js";
import type { QueuedRecord } from "../audit/chain-builder.js";
import type { CheckpointSigner, PublicKeyInfo } from "../audit/keys.js";
import type { ApprovalStatus, ConnectionRef, PrincipalRef } from "../audit/records.js";

export class StoreError extends Error {}

/**
 * How far a committed audit batch must get before append() returns (embedded SQLite store):
 *  - "os":   written to the operating system (WAL, synchronous=NORMAL). Survives a crash or kill
 *            of the gateway process; an OS crash or power loss may lose the last commits.
 *  - "full": on stable storage (WAL, synchronous=FULL, an fsync per commit). Survives power loss.
 * The PostgreSQL store follows the server's own synchronous_commit.
 */
export type StoreDurability = "full" | "os";

export const DEFAULT_DURABILITY: StoreDurability = "os";

/** How appendRecords chains records: who signs checkpoints, how often, and what time they carry. */
export interface ChainSettings {
  signer: CheckpointSigner;
  sinceCheckpoint: number;
  checkpointEvery: number;
  instance?: string;
  /** The time written into checkpoints of this batch. */
  now: string;
}

export interface AppendedRecords {
  /** positions[i]: where records[i] landed (a "sign here" request: its checkpoint). */
  positions: ChainTail[];
}

export interface AuditStore {
  /**
   * Optional: chains and commits encoded records itself (the embedded store does this on a
   * writer thread, so hashing and the commit leave the gateway's thread). The log falls back to
   * appendBatch where a store does not offer it.
   */
  appendRecords?(records: QueuedRecord[], chain: ChainSettings): Promise<AppendedRecords>;
  /**
   * Appends entries atomically and durably. `build` is called inside the store's exclusive
   * transaction with the current tail of the chain (shared by every writer, process or
   * instance), and returns the entries to insert; the promise resolves once they are committed.
   */
  appendBatch(build: (tail: ChainTail) => StoredEntry[]): Promise<StoredEntry[]>;
  tail(): Promise<ChainTail>;
  /** Entries with fromSeq <= seq <= toSeq, in order, in pages of `pageSize`. */
  entries(fromSeq: number, toSeq: number, pageSize?: number): AsyncIterable<StoredEntry[]>;
  entry(seq: number): Promise<StoredEntry | null>;
  /** The smallest and largest seq whose timestamp lies in [from, to] (ISO-8601, either optional). */
  seqRange(from?: string, to?: string): Promise<{ first: number; last: number } | null>;
  sessionEntries(sessionId: string): Promise<StoredEntry[]>;
  registerKey(key: PublicKeyInfo): Promise<void>;
  keys(): Promise<PublicKeyInfo[]>;
}

export interface ApprovalVote {
  principal: PrincipalRef;
  vote: "approve" | "deny";
  at: string;
  comment?: string;
}

export interface Approval {
  id: string;
  /** Identifies the request: principal chain + connection + normalised request (see approvalKey). */
  key: string;
  status: ApprovalStatus;
  requester: PrincipalRef;
  connection: ConnectionRef;
  sessionId: string | null;
  requestText: string;
  rule: string;
  approverGroups: string[];
  minApprovals: number;
  scope: "once" | "window";
  windowSeconds: number | null;
  mode: "hold" | "retry";
  createdAt: string;
  /** A pending approval expires at this time. */
  expiresAt: string;
  decidedAt: string | null;
  /** For scope "window": identical requests may run until then. */
  windowEndsAt: string | null;
  usedAt: string | null;
  uses: number;
  votes: ApprovalVote[];
  /** Bumped on every update; updates compare-and-set on it. */
  version: number;
}

export interface ApprovalStore {
  insert(a: Approval): Promise<void>;
  get(id: string): Promise<Approval | null>;
  /** Approvals with this key, newest first. */
  byKey(key: string): Promise<Approval[]>;
  list(filter?: { status?: ApprovalStatus[]; limit?: number }): Promise<Approval[]>;
  /** Writes `a` (with version = expectedVersion + 1) only if the stored version is expectedVersion. */
  update(a: Approval, expectedVersion: number): Promise<boolean>;
}

export type RecordingEventKind = "request" | "decision" | "result" | "response" | "output" | "input" | "resize" | "note";

export interface RecordingEvent {
  sessionId: string;
  /** Position within the session, from 1. */
  n: number;
  at: string;
  kind: RecordingEventKind;
  data: Record<string, unknown>;
}

export interface RecordingStore {
  append(events: RecordingEvent[]): Promise<void>;
  events(sessionId: string): Promise<RecordingEvent[]>;
  lastN(sessionId: string): Promise<number>;
  sessions(limit?: number): Promise<{ sessionId: string; events: number; firstAt: string; lastAt: string }[]>;
}

export interface StateStore {
  readonly kind: "sqlite" | "postgres";
  readonly audit: AuditStore;
  readonly approvals: ApprovalStore;
  readonly recordings: RecordingStore;
  close(): Promise<void>;
}
