// Frames waiting to be written to one socket. Frames relayed unchanged are views into the chunk
// they arrived in; consecutive views of one chunk are kept as one byte range, so a round trip is
// written as few views as possible, without copying and without an allocation per frame.
import type { Socket } from "node:net";

export class OutQueue {
  private parts: Buffer[] = [];
  /** The range being extended: `run` starts it, `runEnd` is the byte offset where it stops. */
  private run?: Buffer;
  private runEnd = 0;
  /** The run's ArrayBuffer, read once: `.buffer` is a slow property of a Buffer, the offset a cheap one. */
  private runBuffer?: ArrayBufferLike;

  push(b: Buffer): void {
    if (this.run && this.runEnd === b.byteOffset && this.runBuffer === b.buffer) {
      this.runEnd += b.length;
      return;
    }
    this.endRun();
    this.run = b;
    this.runBuffer = b.buffer;
    this.runEnd = b.byteOffset + b.length;
  }

  get empty(): boolean {
    return !this.run && this.parts.length === 0;
  }

  /** Writes everything queued in one go (corked when there are several views); false when the socket is full. */
  writeTo(socket: Socket): boolean {
    this.endRun();
    const parts = this.parts;
    if (!parts.length) return true;
    this.parts = [];
    if (parts.length === 1) return socket.write(parts[0]!);
    let ok = true;
    socket.cork();
    for (const p of parts) ok = socket.write(p) && ok;
    socket.uncork();
    return ok;
  }

  clear(): void {
    this.parts = [];
    this.run = undefined;
    this.runBuffer = undefined;
  }

  private endRun(): void {
    const r = this.run;
    if (!r) return;
    this.parts.push(this.runEnd === r.byteOffset + r.length ? r : Buffer.from(this.runBuffer!, r.byteOffset, this.runEnd - r.byteOffset));
    this.run = undefined;
    this.runBuffer = undefined;
  }
}
