// Exit statuses the gateway itself gives an exec (documented in docs/ssh-gateway.md). Any other
// status, and every signal, is the target's own, passed through unchanged.

/** Refused: the policy denies it, an approval was denied/expired or is still pending (retry mode),
 *  or the request could not be analysed or recorded (fail closed). Same meaning as "cannot execute". */
export const EXIT_REFUSED = 126;

/** The gateway could not run it on the target (unreachable, key refused, host key mismatch).
 *  255 is what the OpenSSH client itself returns when a connection fails. */
export const EXIT_UPSTREAM_FAILED = 255;

/** Every gateway message on stderr starts with this, so agents and people can tell it from the target's. */
export const STDERR_PREFIX = "gateway: ";
