// Runs an admitted exec or shell on the target and relays it: stdin to the target, stdout/stderr
// back through the masking stream, window changes and signals both ways, and finally the target's
// own exit status or signal, sent only after every output byte.
import type { ClientChannel, ServerChannel } from "ssh2";
import { closeWithStatus, writeLine, type Admitted } from "./admission.js";
import { EXIT_UPSTREAM_FAILED } from "./exit-codes.js";
import type { SessionRecorder, SshRequest } from "./ports.js";
import { relayOutput } from "./relay.js";
import type { ConnectionState, PtyInfo } from "./session-state.js";

export interface ChannelControls {
  /** Set while the target channel is open, so session-level signal/window-change reach it. */
  target?: ClientChannel;
}

export async function runOnTarget(
  state: ConnectionState,
  channel: ServerChannel,
  request: SshRequest,
  admitted: Admitted,
  pty: PtyInfo | undefined,
  controls: ChannelControls,
): Promise<void> {
  const { access } = state;
  const { requestId, decision } = admitted;
  let upstream: ClientChannel;
  try {
    const client = await state.client();
    upstream = await new Promise<ClientChannel>((resolve, reject) => {
      const ptyOpt = pty ? { pty: { term: pty.term, cols: pty.cols, rows: pty.rows, width: pty.width, height: pty.height } } : {};
      const cb = (err: Error | undefined, ch: ClientChannel) => (err ? reject(err) : resolve(ch));
      if (request.ssh.request === "shell") client.shell(pty ? ptyOpt.pty! : false, cb);
      else client.exec(request.command ?? "", ptyOpt, cb);
    });
  } catch (e) {
    const msg = `cannot run on the target: ${(e as Error).message}`;
    await writeLine(channel, msg);
    closeWithStatus(channel, EXIT_UPSTREAM_FAILED);
    await access.finish(requestId, { exitCode: EXIT_UPSTREAM_FAILED, bytesOut: 0, bytesErr: 0, maskedValues: 0, error: msg }).catch(() => undefined);
    return;
  }
  controls.target = upstream;

  let recorder: SessionRecorder | undefined;
  try {
    recorder = access.recorder(state.session, request, requestId);
  } catch {
    recorder = undefined;
  }
  if (recorder && pty) recorder.resize(pty.cols, pty.rows);
  const masker = access.outputMasker(decision);
  const idleFlushMs = state.idleFlushMs;
  const tap = recorder ? (b: Buffer) => recorder!.output(b.toString("utf8")) : undefined;

  let exit: { code?: number; signal?: string; core?: boolean; desc?: string } | undefined;
  upstream.on("exit", (code: number | null, signal?: string, core?: boolean, desc?: string) => {
    exit = code === null || code === undefined ? { signal: signal?.replace(/^SIG/, ""), core, desc } : { code };
  });

  // stdin: the agent's EOF becomes the target's EOF; a vanished agent closes the target channel.
  if (recorder && request.ssh.request === "shell") channel.on("data", (d: Buffer) => recorder!.input(d.toString("utf8")));
  channel.pipe(upstream);
  channel.once("close", () => upstream.close());

  const [out, err] = await Promise.all([
    relayOutput(upstream, channel, { masker, tap, idleFlushMs }),
    relayOutput(upstream.stderr, channel.stderr, { masker, tap, idleFlushMs }),
  ]);
  // `exit` arrives before the channel's close; wait for close so late exit requests are seen.
  await new Promise<void>((resolve) => {
    if ((upstream as unknown as { destroyed?: boolean }).destroyed) return resolve();
    upstream.once("close", () => resolve());
    setTimeout(resolve, 2000).unref();
  });
  controls.target = undefined;

  if (channel.writable) {
    try {
      if (exit?.signal) channel.exit(exit.signal, exit.core ?? false, exit.desc ?? "");
      else channel.exit(exit?.code ?? EXIT_UPSTREAM_FAILED);
    } catch {
      // A signal name the SSH library cannot send: report it the way shells do.
      channel.exit(128 + 15);
    }
    channel.end();
  }
  await recorder?.close({ exitCode: exit?.code, signal: exit?.signal }).catch(() => undefined);
  await access
    .finish(requestId, { exitCode: exit?.code, signal: exit?.signal, bytesOut: out.bytes, bytesErr: err.bytes, maskedValues: out.masked + err.masked })
    .catch(() => undefined);
}
