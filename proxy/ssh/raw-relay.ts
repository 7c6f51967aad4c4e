// Byte-for-byte relay for channels the policy allowed where nothing needs masking: sftp and other
// subsystems, and local port forwarding (direct-tcpip).
import type { Client as SshClient, ClientChannel, ServerChannel } from "ssh2";
import type { Allowed } from "../../runtime/engine/types.js";
import { closeWithStatus, writeLine } from "./admission.js";
import { EXIT_UPSTREAM_FAILED } from "./exit-codes.js";
import type { ConnectionState } from "./session-state.js";

type Open = (client: SshClient, cb: (err: Error | undefined, ch: ClientChannel) => void) => void;

export async function relayRaw(
  state: ConnectionState,
  allowed: Allowed,
  open: Open,
  agentSide: { channel: ServerChannel } | { accept: () => ServerChannel; reject: () => void },
): Promise<void> {
  let upstream: ClientChannel;
  // Exit status and close can come in the same read as the channel's confirmation, before the
  // awaiting code runs again: catch them inside the callback and deliver them once the agent side is ready.
  let exitArgs: [number | null, string | undefined] | undefined;
  let onExit: ((code: number | null, signal?: string) => void) | undefined;
  let upstreamClosed!: Promise<void>;
  try {
    const client = await state.client();
    upstream = await new Promise<ClientChannel>((resolve, rej) =>
      open(client, (err, ch) => {
        if (err) return rej(err);
        ch.on("exit", (code: number | null, signal?: string) => (onExit ? onExit(code, signal) : (exitArgs = [code, signal])));
        upstreamClosed = new Promise<void>((done) => ch.once("close", () => done()));
        resolve(ch);
      }));
  } catch (e) {
    const msg = state.runtime.scrub(`cannot open on the target: ${(e as Error).message}`);
    if ("channel" in agentSide) {
      await writeLine(agentSide.channel, msg);
      closeWithStatus(agentSide.channel, EXIT_UPSTREAM_FAILED);
    } else agentSide.reject();
    await allowed.complete({ rows: 0, bytes: 0, maskedCells: 0, error: { code: "ssh-upstream", message: msg } }).catch(() => undefined);
    return;
  }
  const agent = "channel" in agentSide ? agentSide.channel : agentSide.accept();
  let bytes = 0;
  upstream.on("data", (d: Buffer) => { bytes += d.length; });
  onExit = (code, signal) => {
    try {
      if (code === null || code === undefined) agent.exit(String(signal ?? "TERM").replace(/^SIG/, ""), false, "");
      else agent.exit(code);
    } catch {
      // Only session channels carry an exit status.
    }
  };
  if (exitArgs) onExit(...exitArgs);
  agent.pipe(upstream);
  upstream.pipe(agent);
  upstream.stderr?.on("data", (d: Buffer) => agent.stderr.write(d));
  await new Promise<void>((resolve) => {
    void upstreamClosed.then(() => { agent.end(); resolve(); });
    agent.once("close", () => { upstream.close(); resolve(); });
  });
  await allowed.complete({ rows: 0, bytes, maskedCells: 0 }).catch(() => undefined);
}
