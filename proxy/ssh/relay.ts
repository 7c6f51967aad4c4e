// Moves one output stream (upstream stdout or stderr) to the agent's channel, through the masking
// stream when the decision asks for it, with SSH window backpressure, and reports when every byte
// has really been handed to the transport (so the exit status never overtakes the output).
import type { Readable, Writable } from "node:stream";
import { MaskingStream } from "./output-filter.js";
import type { ScreenedMasker, TextMasker } from "./ports.js";

export interface RelayOptions {
  /** Applied to every piece of output. */
  masker?: TextMasker;
  /** Applied first, to the pieces its screen does not rule out (see MaskingStreamOptions). */
  screened?: ScreenedMasker;
  /** Receives what was sent (masked), e.g. the session recorder. */
  tap?: (bytes: Buffer) => void;
  /** Release held bytes up to a separator after this much quiet (ms); prompts and partial lines. */
  idleFlushMs?: number;
}

export interface RelayResult {
  bytes: number;
  masked: number;
}

export function relayOutput(from: Readable, to: Writable, options: RelayOptions = {}): Promise<RelayResult> {
  const filter = options.masker || options.screened ? new MaskingStream(options.masker, { screened: options.screened }) : undefined;
  const idleMs = options.idleFlushMs ?? 100;
  let bytes = 0;
  let lastWrite: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const send = (buf: Buffer | undefined) => {
    if (!buf || buf.length === 0) return;
    bytes += buf.length;
    options.tap?.(buf);
    let ok = true;
    lastWrite = new Promise<void>((resolve) => {
      ok = to.write(buf, () => resolve());
    });
    if (!ok) {
      from.pause();
      to.once("drain", () => from.resume());
    }
  };

  return new Promise<RelayResult>((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      if (filter) send(filter.end());
      // A closed agent channel never calls back; don't wait for it.
      const closed = new Promise<void>((r) => to.once("close", () => r()));
      void Promise.race([lastWrite, closed]).then(() => resolve({ bytes, masked: filter?.masked ?? 0 }));
    };
    from.on("data", (chunk: Buffer) => {
      if (!filter) return send(chunk);
      send(filter.push(chunk));
      if (timer) clearTimeout(timer);
      if (filter.held > 0) timer = setTimeout(() => send(filter.flushToSeparator()), idleMs);
    });
    from.once("end", finish);
    from.once("close", finish);
    from.once("error", finish);
  });
}
