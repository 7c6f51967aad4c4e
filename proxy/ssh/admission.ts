// Turns the runtime's admission of a channel request into SSH behaviour: run it, refuse it with a
// stderr line and exit status 126, or hold it while approvers decide.
import type { ServerChannel } from "ssh2";
import { EXIT_REFUSED, STDERR_PREFIX } from "./exit-codes.js";
import type { Admission, SshAccess, SshRequest } from "./ports.js";
import type { Decision } from "../../compiler/context/types.js";

export interface Admitted {
  requestId: string;
  decision: Decision;
}

/** Writes a gateway line on the agent's stderr, ends the channel with `status`, records the refusal. */
export async function refuse(
  access: SshAccess,
  channel: ServerChannel,
  requestId: string | undefined,
  message: string,
  status = EXIT_REFUSED,
): Promise<void> {
  await writeLine(channel, message);
  closeWithStatus(channel, status);
  if (requestId) await access.finish(requestId, { exitCode: status, bytesOut: 0, bytesErr: 0, maskedValues: 0, refused: true, error: message }).catch(() => undefined);
}

export function writeLine(channel: ServerChannel, message: string): Promise<void> {
  return new Promise((resolve) => {
    if (!channel.writable) return resolve();
    channel.stderr.write(`${STDERR_PREFIX}${message}\n`, () => resolve());
  });
}

export function closeWithStatus(channel: ServerChannel, status: number): void {
  try {
    channel.exit(status);
  } finally {
    channel.end();
  }
}

function rulesOf(d: Decision): string {
  return d.rules.length ? ` (${d.rules.join(", ")})` : "";
}

/** Asks the runtime; returns what to run, or undefined after refusing on the channel. */
export async function admitOnChannel(access: SshAccess, channel: ServerChannel, request: SshRequest): Promise<Admitted | undefined> {
  let admission: Admission;
  try {
    admission = await access.admit(request);
  } catch {
    // Nothing runs that could not be decided and recorded first.
    await refuse(access, channel, undefined, "refused: the request could not be decided or recorded");
    return undefined;
  }
  const { requestId, decision } = admission;
  if (admission.effect === "allow") return { requestId, decision };
  if (admission.effect === "deny") {
    await refuse(access, channel, requestId, `refused by policy: ${admission.reason || decision.reason}${rulesOf(decision)}`);
    return undefined;
  }
  const who = admission.approvers.join(", ") || "an approver";
  if (admission.mode === "retry") {
    await refuse(
      access, channel, requestId,
      `approval required: request ${admission.approvalId} awaits ${who}; run the same command again once it is approved${rulesOf(decision)}`,
    );
    return undefined;
  }
  await writeLine(channel, `waiting for approval ${admission.approvalId} from ${who} …`);
  let outcome: string;
  try {
    outcome = await admission.settle();
  } catch {
    outcome = "expired";
  }
  if (outcome !== "approved") {
    await refuse(access, channel, requestId, `approval ${admission.approvalId} was ${outcome}; not run`);
    return undefined;
  }
  await writeLine(channel, `approval ${admission.approvalId} granted; running`);
  return { requestId, decision };
}
