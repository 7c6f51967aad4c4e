// What the SSH listener needs from the runtime, as small interfaces. The listener speaks SSH and
// nothing more: identity, decisions, audit, approvals, masking and recording live behind these.
import type { Decision, Principal, ShellFacts, SshFacts } from "../../compiler/context/types.js";

/** A target host reached with a key the agent never sees. */
export interface SshTarget {
  host: string;
  port: number;
  username: string;
  /** PEM (PKCS#1 RSA) or OpenSSH-format private key, resolved from the vault. */
  privateKey: Buffer;
  passphrase?: string;
  /** "SHA256:…" fingerprint the target must present; when absent the first key seen is pinned. */
  hostKeyFingerprint?: string;
}

export interface SshConnectionInfo {
  name: string;
  tags: Record<string, string>;
}

/** An authenticated agent connection, as the runtime sees it. */
export interface SshSessionInfo {
  id: string;
  principal: Principal;
  connection: SshConnectionInfo;
  sourceIp: string;
  startedAt: string;
}

/** One channel request of a session: an exec, a shell, a subsystem, a forwarding. */
export interface SshRequest {
  session: SshSessionInfo;
  ssh: SshFacts;
  /** The exec command line as sent by the client. */
  command?: string;
  shell?: ShellFacts;
  /** For port forwarding: where the client wants to go. */
  forward?: { host: string; port: number };
}

export type ApprovalOutcome = "approved" | "denied" | "expired";

/**
 * The runtime's answer for one request, after the decision and its write-ahead audit record.
 * `allow` may come from a review whose approval was already granted (retry mode).
 */
export type Admission =
  | { effect: "allow"; requestId: string; decision: Decision }
  | { effect: "deny"; requestId: string; decision: Decision; reason: string }
  | {
      effect: "review";
      requestId: string;
      decision: Decision;
      approvalId: string;
      approvers: string[];
      mode: "hold" | "retry";
      /** Resolves when approvers decide or the request expires (hold mode waits on this). */
      settle(): Promise<ApprovalOutcome>;
    };

export interface RequestOutcome {
  exitCode?: number;
  signal?: string;
  bytesOut: number;
  bytesErr: number;
  maskedValues: number;
  /** Set when the gateway refused or could not run the request. */
  error?: string;
  refused?: boolean;
}

export interface SshAccess {
  /** Token → principal; throws (any error) when the token is not accepted for this connection. */
  authenticate(input: { token: string; connection: string; sourceIp: string }): Promise<Principal>;
  /** Records the authenticated session (for evidence); may be a no-op. */
  sessionStarted(session: SshSessionInfo): Promise<void>;
  sessionEnded(session: SshSessionInfo): Promise<void>;
  /** Decide and write the audit record before anything runs; throws when it cannot be recorded. */
  admit(request: SshRequest): Promise<Admission>;
  /** The outcome record of an admitted or refused request. */
  finish(requestId: string, outcome: RequestOutcome): Promise<void>;
  /** The target behind a connection name, credentials resolved; undefined for an unknown name. */
  target(connection: string): SshTarget | undefined;
  connection(connection: string): SshConnectionInfo | undefined;
  /** Shell analysis of an exec command line. */
  analyzeShell(command: string): ShellFacts;
  /** A masker for a decision's masks, or undefined when nothing needs masking. */
  outputMasker(decision: Decision): TextMasker | undefined;
  /** Where a session's (masked) terminal output is recorded. */
  recorder(session: SshSessionInfo, request: SshRequest, requestId: string): SessionRecorder | undefined;
}

/** Masks sensitive values in a piece of text; `count` is how many values were masked. */
export type TextMasker = (text: string) => { text: string; count: number };

/** asciicast-style recording of one channel: output (already masked) and input. */
export interface SessionRecorder {
  output(data: string): void;
  input(data: string): void;
  resize(cols: number, rows: number): void;
  close(outcome: { exitCode?: number; signal?: string }): Promise<void>;
}
