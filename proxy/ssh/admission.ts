// Turns the engine's authorization of a channel request into SSH behaviour: run it, or refuse it
// with one stderr line and exit status 126. Holds (review in hold mode) happen inside the engine,
// which tells the agent "waiting for approval …" through the notice hook.
import type { ServerChannel } from "ssh2";
import type { Allowed, RequestInput } from "../../runtime/engine/types.js";
import { EXIT_REFUSED, STDERR_PREFIX } from "./exit-codes.js";
import type { ConnectionState } from "./session-state.js";

export function writeLine(channel: ServerChannel, message: string): Promise<void> {
  return new Promise((resolve) => {
    if (!channel.writable) return resolve();
    channel.stderr.write(`${STDERR_PREFIX}${message.replace(/\s*\n\s*/g, " ")}\n`, () => resolve());
  });
}

export function closeWithStatus(channel: ServerChannel, status: number): void {
  try {
    if (channel.writable) channel.exit(status);
  } finally {
    channel.end();
  }
}

export async function refuse(channel: ServerChannel, message: string, status = EXIT_REFUSED): Promise<void> {
  await writeLine(channel, message);
  closeWithStatus(channel, status);
}

/** Asks the engine; returns the allowed request, or undefined after refusing on the channel. */
export async function authorizeOnChannel(state: ConnectionState, channel: ServerChannel, input: RequestInput): Promise<Allowed | undefined> {
  const gone = new AbortController();
  const onClose = () => gone.abort();
  channel.once("close", onClose);
  try {
    const auth = await state.session.authorize(input, {
      notice: (m) => void writeLine(channel, state.runtime.scrub(m)),
      signal: gone.signal,
    });
    if (auth.verdict === "allow") return auth;
    const extra = auth.hint ? ` (${auth.hint})` : "";
    await refuse(channel, state.runtime.scrub(`${auth.message}${extra}`));
    return undefined;
  } catch {
    // The engine never throws by contract; if it does, nothing runs (fail closed).
    await refuse(channel, "refused: the request could not be decided or recorded");
    return undefined;
  } finally {
    channel.removeListener("close", onClose);
  }
}
