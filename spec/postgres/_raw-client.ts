// A minimal PostgreSQL client over the gateway's own codec, for what real clients cannot do on
// purpose: send CancelRequest by hand, and send malformed frames.
import { connect, type Socket } from "node:net";
import { B, type Frame } from "../../proxy/postgres/messages.js";
import { FrameReader, parseBackendKeyData, parseNotice } from "../../proxy/postgres/parser.js";
import * as w from "../../proxy/postgres/serializer.js";

export class RawClient {
  private reader = new FrameReader(1 << 26);
  private frames: Frame[] = [];
  private waiters: (() => void)[] = [];
  closed = false;
  key?: { processId: number; secretKey: number };

  private constructor(readonly socket: Socket) {
    socket.on("data", (c: Buffer) => {
      try {
        this.reader.push(c);
        for (let f = this.reader.next(); f; f = this.reader.next()) this.frames.push({ ...f, payload: Buffer.from(f.payload) });
      } catch {
        socket.destroy();
      }
      this.wake();
    });
    socket.on("close", () => ((this.closed = true), this.wake()));
    socket.on("error", () => undefined);
  }

  private wake() {
    for (const w of this.waiters.splice(0)) w();
  }

  static open(port: number): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const s = connect({ host: "127.0.0.1", port }, () => resolve(new RawClient(s)));
      s.once("error", reject);
    });
  }

  /** Connects and authenticates; resolves at the first ReadyForQuery, or with the error fields. */
  static async login(port: number, token: string, database = "payments"): Promise<RawClient> {
    const c = await RawClient.open(port);
    c.socket.write(w.startup({ user: "agent-7", database }));
    await c.until((f) => f.type === B.Authentication);
    c.socket.write(w.password(token));
    const end = await c.until((f) => f.type === B.ReadyForQuery || f.type === B.ErrorResponse);
    if (end.type === B.ErrorResponse) throw new Error(parseNotice(end.payload).M);
    const k = c.seen.find((f) => f.type === B.BackendKeyData);
    if (k) c.key = parseBackendKeyData(k.payload);
    return c;
  }

  seen: Frame[] = [];

  /** Resolves with the first frame matching `pred` (frames before it are kept in `seen`). */
  async until(pred: (f: Frame) => boolean, timeoutMs = 10_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.frames.length) {
        const f = this.frames.shift()!;
        this.seen.push(f);
        if (pred(f)) return f;
      }
      if (this.closed) throw new Error("connection closed");
      if (Date.now() > deadline) throw new Error("timed out");
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }

  write(b: Buffer): void {
    this.socket.write(b);
  }

  close(): void {
    this.socket.destroy();
  }
}
