// Per-connection state shared by the channel handlers: the engine session (who the agent is), the
// vaulted target, and the one upstream connection all of the agent's channels share (opened on the
// first request that is allowed, so refused requests never touch the target).
import type { Client as SshClient } from "ssh2";
import type { EngineSession } from "../../runtime/engine/types.js";
import { HostKeyPins, connectUpstream } from "./upstream.js";
import type { ScreenedMasker, SshRuntime, SshTarget } from "./ports.js";

export interface PtyInfo {
  term: string;
  cols: number;
  rows: number;
  width: number;
  height: number;
}

export class ConnectionState {
  private upstream?: Promise<SshClient>;
  private closed = false;

  constructor(
    readonly session: EngineSession,
    readonly runtime: SshRuntime,
    private readonly target: SshTarget,
    private readonly pins: HostKeyPins,
    /** Applied to every output stream whatever the policy: the vaulted key never leaves. */
    readonly secret: ScreenedMasker,
    readonly idleFlushMs: number,
  ) {}

  /** The shared upstream client; a failed attempt is forgotten so a later request can retry. */
  client(): Promise<SshClient> {
    if (this.closed) return Promise.reject(new Error("the agent connection is closed"));
    if (!this.upstream) {
      const p = connectUpstream(this.target, { pins: this.pins });
      this.upstream = p;
      p.then(
        (c) => c.once("close", () => { if (this.upstream === p) this.upstream = undefined; }),
        () => { if (this.upstream === p) this.upstream = undefined; },
      );
    }
    return this.upstream;
  }

  close(): void {
    this.closed = true;
    const p = this.upstream;
    this.upstream = undefined;
    void p?.then((c) => c.end(), () => undefined);
  }
}
