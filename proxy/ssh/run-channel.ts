// Runs an allowed exec or shell on the target and relays it: stdin to the target, stdout/stderr
// back through the masking stream, window changes and signals both ways, and finally the target's
// own exit status or signal, sent only after every output byte has been handed to the transport.
import type { ClientChannel, ServerChannel } from "ssh2";
import type { Allowed, Outcome } from "../../runtime/engine/types.js";
import { closeWithStatus, writeLine } from "./admission.js";
import { EXIT_UPSTREAM_FAILED } from "./exit-codes.js";
import type { SessionRecorder } from "./ports.js";
import { relayOutput } from "./relay.js";
import type { ConnectionState, PtyInfo } from "./session-state.js";

export interface ChannelControls {
  /** Set while the target channel is open, so session-level signal/window-change reach it. */
  target?: ClientChannel;
  /** Signals the agent sent before the target channel was open (e.g. while held for approval). */
  pendingSignals: string[];
}

export interface TargetExit {
  code?: number;
  signal?: string;
  core?: boolean;
  desc?: string;
}

function exitOutcome(exit: TargetExit | undefined, bytes: number, masked: number): Outcome {
  const outcome: Outcome = { rows: 0, bytes, maskedCells: masked };
  if (!exit) outcome.error = { code: "ssh-no-exit-status", message: "the target sent no exit status" };
  else if (exit.signal) outcome.error = { code: `signal:${exit.signal}`, message: `killed by signal ${exit.signal}` };
  else if (exit.code !== 0) outcome.error = { code: `exit:${exit.code}`, message: `exit status ${exit.code}` };
  return outcome;
}

export async function runOnTarget(
  state: ConnectionState,
  channel: ServerChannel,
  allowed: Allowed,
  what: { request: "exec"; command: string } | { request: "shell" },
  pty: PtyInfo | undefined,
  controls: ChannelControls,
): Promise<void> {
  let upstream: ClientChannel;
  let exit: TargetExit | undefined;
  let upstreamClosed!: Promise<void>;
  try {
    const client = await state.client();
    upstream = await new Promise<ClientChannel>((resolve, reject) => {
      const ptyOpt = pty ? { term: pty.term, cols: pty.cols, rows: pty.rows, width: pty.width, height: pty.height } : undefined;
      // The listeners go on inside the callback: ssh2 may deliver a quick command's exit status and
      // close in the same read as the channel's confirmation, before any awaiting code runs again.
      const cb = (err: Error | undefined, ch: ClientChannel) => {
        if (err) return reject(err);
        ch.on("exit", (code: number | null, signal?: string, core?: boolean, desc?: string) => {
          exit = code === null || code === undefined ? { signal: signal?.replace(/^SIG/, ""), core, desc } : { code };
        });
        upstreamClosed = new Promise<void>((done) => ch.once("close", () => done()));
        resolve(ch);
      };
      if (what.request === "shell") client.shell(ptyOpt ?? false, cb);
      else client.exec(what.command, ptyOpt ? { pty: ptyOpt } : {}, cb);
    });
  } catch (e) {
    const msg = state.runtime.scrub(`cannot run on the target: ${(e as Error).message}`);
    await writeLine(channel, msg);
    closeWithStatus(channel, EXIT_UPSTREAM_FAILED);
    await allowed.complete({ rows: 0, bytes: 0, maskedCells: 0, error: { code: "ssh-upstream", message: msg } }).catch(() => undefined);
    return;
  }
  controls.target = upstream;
  for (const sig of controls.pendingSignals.splice(0)) {
    try {
      upstream.signal(sig);
    } catch {
      // ssh2 refuses names outside RFC 4254.
    }
  }

  let recorder: SessionRecorder | undefined;
  try {
    recorder = await state.runtime.recorder?.(state.session, {
      request: what.request,
      command: what.request === "exec" ? what.command : undefined,
      requestId: allowed.requestId,
      pty: pty && { cols: pty.cols, rows: pty.rows, term: pty.term },
    });
  } catch {
    recorder = undefined;
  }
  // The vaulted-key masker always applies, and first: were a detector to rewrite part of a key line,
  // the rest of the line would no longer match. Its byte screen lets output without key-line runs
  // skip it (and, when the decision masks nothing, skip decoding). The engine's text scrubber
  // (content detectors per the decision, known secrets, tokens) runs when the decision masks anything.
  const masker = allowed.decision.masks.length ? (text: string) => allowed.scrubText(text) : undefined;
  const screened = state.secret;
  const tap = recorder ? (b: Buffer) => recorder!.output(b) : undefined;

  // stdin: the agent's EOF becomes the target's EOF; a vanished agent closes the target channel.
  if (recorder && what.request === "shell") channel.on("data", (d: Buffer) => recorder!.input(d.toString("utf8")));
  channel.pipe(upstream);
  channel.once("close", () => upstream.close());

  const [out, err] = await Promise.all([
    relayOutput(upstream, channel, { masker, screened, tap, idleFlushMs: state.idleFlushMs }),
    relayOutput(upstream.stderr, channel.stderr, { masker, screened, tap, idleFlushMs: state.idleFlushMs }),
  ]);
  // The exit request precedes the channel close; wait for close so a late one is still seen.
  await Promise.race([upstreamClosed, new Promise<void>((resolve) => setTimeout(resolve, 2000).unref())]);
  controls.target = undefined;

  if (channel.writable) {
    try {
      if (exit?.signal) channel.exit(exit.signal, exit.core ?? false, exit.desc ?? "");
      else channel.exit(exit?.code ?? EXIT_UPSTREAM_FAILED);
    } catch {
      // A signal name outside RFC 4254 cannot be sent; report it the way shells do.
      channel.exit(128 + 15);
    }
    channel.end();
  }
  await recorder?.close({ exitCode: exit?.code, signal: exit?.signal, bytes: out.bytes + err.bytes, masked: out.masked + err.masked }).catch(() => undefined);
  await allowed.complete(exitOutcome(exit, out.bytes + err.bytes, out.masked + err.masked)).catch(() => undefined);
}
