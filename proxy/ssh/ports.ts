// What the SSH listener needs from the runtime. Sessions, decisions, audit and approvals come from
// the shared engine (runtime/engine); the rest is SSH-specific and kept small so it can be wired to
// the runtime's modules (shell analysis, recording) or, in transport tests, to fixtures.
import type { ShellFacts } from "../../compiler/context/types.js";
import type { EngineSession, SessionStart } from "../../runtime/engine/types.js";

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

/** What one channel asked for, as the recorder sees it. */
export interface ChannelRequestInfo {
  request: "exec" | "shell";
  command?: string;
  requestId: string;
  pty?: { cols: number; rows: number; term: string };
}

/** asciicast-style recording of one channel: output (already masked), input, resizes. */
export interface SessionRecorder {
  /** Output bytes as sent to the agent (a chunk may end inside a UTF-8 sequence). */
  output(data: Buffer): void;
  input(data: string): void;
  resize(cols: number, rows: number): void;
  close(outcome: { exitCode?: number; signal?: string; bytes: number; masked: number }): Promise<void>;
}

export interface SshRuntime {
  /** Verifies the token, resolves the connection and records the session start (engine). */
  openSession(start: SessionStart): Promise<EngineSession>;
  /** The target behind a connection name with its key from the vault; throws for an unknown name. */
  target(connection: string): SshTarget;
  /** Shell analysis of an exec command line; may throw (the listener then treats it as opaque). */
  analyzeShell(command: string): ShellFacts;
  /** Removes vault secrets from text on its way to a client or a log. */
  scrub(text: string): string;
  /** Where a channel's masked terminal stream is recorded, if recording is configured. */
  recorder?(session: EngineSession, info: ChannelRequestInfo): Promise<SessionRecorder | undefined>;

}

/** Masks sensitive values in a piece of text; returns the same string when nothing changed. */
export type TextMasker = (text: string) => string;

/**
 * Answers, for the masker it belongs to, whether it could change the text of `bytes`: false only
 * when it certainly would not, so those bytes can be sent without being decoded at all.
 */
export type ByteScreen = (bytes: Buffer) => boolean;

/** A masker with its byte screen: pieces the screen rules out need not be decoded for it. */
export interface ScreenedMasker {
  screen: ByteScreen;
  mask: TextMasker;
}
