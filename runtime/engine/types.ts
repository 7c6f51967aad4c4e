// The protocol-neutral request pipeline the PostgreSQL and SSH gateways share. A proxy turns bytes
// into requests and calls these; it never decides, audits or masks by itself.

import type { Connection, Decision, Principal, ShellFacts, SshFacts, K8sFacts } from "../../compiler/context/types.js";
import type { DatabaseTextPart } from "../masking/database-text.js";
import type { CopyFormat, SqlAnalysis } from "../sql/types.js";
import type { ProtocolNameChange, ProtocolNameKind } from "../sql/protocol-names.js";

export type { ProtocolNameChange, ProtocolNameKind };

/** Why a session could not start (bad token, unknown connection): safe to show the client. */
export class SessionRefused extends Error {
  constructor(message: string, readonly code: "auth" | "connection" | "unavailable") {
    super(message);
  }
}

export interface SessionStart {
  /** The bearer token (PostgreSQL password, SSH password / keyboard-interactive answer). */
  token: string;
  connection: string;
  sourceIp: string;
  /** What the client said it was (PostgreSQL user, SSH user), recorded on refusal. */
  claimedUser?: string;
  justification?: string;
}

/** A request as the proxy saw it. SQL requests carry the analysis from `session.analyzeSql`. */
export type RequestInput =
  | { kind: "sql"; text: string; analysis: SqlAnalysis; params?: (string | null)[] }
  | { kind: "shell"; text: string; shell?: ShellFacts; ssh?: SshFacts }
  | { kind: "k8s"; text: string; k8s: K8sFacts };

/** Output column as the wire describes it (PostgreSQL RowDescription; other protocols pass what they know). */
export interface OutputColumn {
  name: string;
  /** 0 when the column is not a plain table column. */
  tableOid: number;
  columnAttr: number;
  typeOid: number;
  /** 0 text, 1 binary. */
  format: number;
}

/** Masks the values of one result set; created per result set by `Allowed.rowMasker`. */
export interface RowMasker {
  /** Replaces values in place; returns how many cells changed. */
  maskRow(values: (Buffer | null)[]): number;
}

/** Keeps the first rows of one result set for the session recording (runtime/engine/recording.ts). */
export interface ResultRecorder {
  /** True while rows are still kept: a proxy decodes a row for the recording only then. */
  readonly wantsRows: boolean;
  /** Counts one row; `values` (as sent to the client, after masking) is kept while `wantsRows`. */
  row(values?: (Buffer | null)[]): void;
  /** Writes the result set's event; later calls do nothing. */
  end(): void;
}

export interface Outcome {
  rows: number;
  bytes: number;
  maskedCells: number;
  error?: { code?: string; message: string };
}

export interface RequestHooks {
  /** Tells the client something while the request waits (PostgreSQL NOTICE, SSH stderr line). */
  notice(message: string): void;
  /** Aborted when the client cancels or disconnects: a held request stops waiting. */
  signal?: AbortSignal;
}

export interface Allowed {
  verdict: "allow";
  requestId: string;
  decision: Decision;
  approvalId?: string;
  /** A masker for result set `statement` (0-based within the request), or null when nothing needs masking. */
  rowMasker(statement: number, columns: OutputColumn[] | null): RowMasker | null;
  /** Scrubs masked values and detector hits from free text (notices, errors, COPY lines). */
  scrubText(text: string): string;
  /** An error or notice text the database sent during this request (`detail`: its detail, context or internal query). */
  scrubDatabaseText(text: string, part: DatabaseTextPart): string;
  /** How statement `statement`'s COPY … TO STDOUT writes its rows; undefined when not known (its lines then cannot be split). */
  copyFormat(statement: number): CopyFormat | undefined;
  /** The request may make the server read rows from the client (COPY … FROM STDIN). */
  readsCopyData: boolean;
  /**
   * The request may change a session setting (anything but a read: SET, set_config, an UPDATE of
   * pg_settings, a trigger, a function whose body is not known), such as those the SQL analysis
   * depends on (client_encoding, standard_conforming_strings).
   */
  mayChangeSettings: boolean;
  /** The recorder of result set `statement`'s first rows, or null when the session is not recorded here. */
  resultRecorder?(statement: number, columns: OutputColumn[]): ResultRecorder | null;
  /** Appends the outcome record; call exactly once. */
  complete(outcome: Outcome): Promise<void>;
}

export interface Refused {
  verdict: "refuse";
  requestId: string;
  decision: Decision;
  /** The message for the client (names the approval id and approvers for retry-mode reviews). */
  message: string;
  /** SQLSTATE-style code: 42501 insufficient_privilege (deny), 57014 (hold timed out / cancelled), … */
  code: string;
  detail?: string;
  hint?: string;
  approvalId?: string;
}

export type Authorization = Allowed | Refused;

export interface EngineSession {
  readonly id: string;
  readonly principal: Principal;
  readonly connection: Connection;
  /** SQL analysis with the connection's catalog and this session's PREPARE/cursor state (cached). */
  analyzeSql(text: string): SqlAnalysis;
  /**
   * PostgreSQL extended protocol: a Parse (`definition`: the statement's analysis), a Bind
   * (`{ statement }`: the portal stands for that prepared statement) or a Close (undefined) of a
   * prepared statement or portal. These share their names with SQL's PREPARE and DECLARE CURSOR.
   * Returns undefined for a Bind of a statement the session does not know (nothing is changed).
   */
  defineName(kind: ProtocolNameKind, name: string, definition: SqlAnalysis | { statement: string } | undefined): ProtocolNameChange | undefined;
  /** The server's answer to a defineName: completed, failed, or skipped after an earlier error. */
  settleName(change: ProtocolNameChange, outcome: "ran" | "failed" | "skipped"): void;
  /**
   * What a prepared statement or portal stands for now: the analysis to judge its Execute by. With
   * the statement's `text`, one that runs a prepared statement or reads a cursor (EXECUTE, FETCH)
   * is analysed again, with the names as they stand now.
   */
  nameDefinition(kind: ProtocolNameKind, name: string, text?: string): SqlAnalysis | undefined;
  /** The portal a settled Bind defined is gone (its transaction ended), unless defined again since. */
  forgetPortal(change: ProtocolNameChange): void;
  /** Decision only, no audit, no approval: lets a proxy refuse early (PostgreSQL Parse). */
  precheck(input: RequestInput): Decision;
  /** analyze → decide → write-ahead audit → deny / review (retry, hold) / allow. Never throws. */
  authorize(input: RequestInput, hooks: RequestHooks): Promise<Authorization>;
  /** Scrubs secrets and detector hits from text outside any request (session-level notices). */
  scrubText(text: string): string;
  end(reason?: string): Promise<void>;
}

/** What a proxy needs from the engine as a whole. */
export interface Engine {
  /** Verifies the token, resolves the connection, records session.start (or auth.failure). */
  openSession(start: SessionStart): Promise<EngineSession>;
  /** The connection's upstream (address + credentials from the vault). Never log it. */
  upstream(connection: string): import("../vault/upstream.js").PostgresUpstream;
  /** Scrubs vault secrets from any text (errors on their way to a client or a log). */
  scrub(text: string): string;
}
