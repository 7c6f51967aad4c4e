// Byte-for-byte relay for channels the policy allowed and nothing needs masking: sftp and other
// subsystems, and local port forwarding (direct-tcpip).
import type { Client as SshClient, ClientChannel, ServerChannel } from "ssh2";
import { closeWithStatus, writeLine } from "./admission.js";
import { EXIT_UPSTREAM_FAILED } from "./exit-codes.js";
import type { ConnectionState } from "./session-state.js";

type Open = (client: SshClient, cb: (err: Error | undefined, ch: ClientChannel) => void) => void;

export async function relayRaw(
  state: ConnectionState,
  channel: ServerChannel | undefined,
  requestId: string,
  open: Open,
  accept?: () => ServerChannel,
  reject?: () => void,
): Promise<void> {
  let upstream: ClientChannel;
  try {
    const client = await state.client();
    upstream = await new Promise<ClientChannel>((resolve, rej) => open(client, (err, ch) => (err ? rej(err) : resolve(ch))));
  } catch (e) {
    const msg = `cannot open on the target: ${(e as Error).message}`;
    if (channel) {
      await writeLine(channel, msg);
      closeWithStatus(channel, EXIT_UPSTREAM_FAILED);
    } else reject?.();
    await state.access.finish(requestId, { bytesOut: 0, bytesErr: 0, maskedValues: 0, error: msg }).catch(() => undefined);
    return;
  }
  const agent = channel ?? accept!();
  let bytesOut = 0;
  upstream.on("data", (d: Buffer) => { bytesOut += d.length; });
  upstream.on("exit", (code: number | null, signal?: string) => {
    try {
      if (code === null || code === undefined) agent.exit(String(signal ?? "TERM").replace(/^SIG/, ""), false, "");
      else agent.exit(code);
    } catch {
      // Only session channels carry an exit status.
    }
  });
  agent.pipe(upstream);
  upstream.pipe(agent);
  upstream.stderr?.on("data", (d: Buffer) => agent.stderr.write(d));
  await new Promise<void>((resolve) => {
    let n = 0;
    const one = () => { if (++n === 1) resolve(); };
    upstream.once("close", () => { agent.end(); one(); });
    agent.once("close", () => { upstream.close(); one(); });
  });
  await state.access.finish(requestId, { bytesOut, bytesErr: 0, maskedValues: 0 }).catch(() => undefined);
}
