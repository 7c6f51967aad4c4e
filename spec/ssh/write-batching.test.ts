// The per-tick write batching on the gateway's sockets: over a real loopback TCP connection, every
// byte arrives in order however the writes are spread over ticks, nothing stays corked once the
// tick that wrote it is over, and the writes of one tick are held and handed over together.
import { once } from "node:events";
import { createServer, connect, type Socket } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchWritesPerTick } from "../../proxy/ssh/write-batching.js";

let server: ReturnType<typeof createServer>;
let port = 0;
const received = new Map<number, Buffer[]>();
let next = 0;

beforeAll(async () => {
  server = createServer((s) => {
    // The client announces its id in its first byte.
    let id: number | undefined;
    s.on("data", (d: Buffer) => {
      if (id === undefined) {
        id = d[0]!;
        received.set(id, []);
        d = d.subarray(1);
      }
      if (d.length) received.get(id)!.push(d);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function client(): Promise<{ sock: Socket; id: number }> {
  const id = next++ % 256;
  const sock = batchWritesPerTick(connect({ host: "127.0.0.1", port, noDelay: true }));
  await once(sock, "connect");
  sock.write(Buffer.from([id]));
  await new Promise((r) => setTimeout(r, 20));
  return { sock, id };
}

async function settle(id: number, bytes: number): Promise<Buffer> {
  for (let i = 0; i < 200; i++) {
    const got = Buffer.concat(received.get(id) ?? []);
    if (got.length >= bytes) return got;
    await new Promise((r) => setTimeout(r, 5));
  }
  return Buffer.concat(received.get(id) ?? []);
}

describe("batchWritesPerTick", () => {
  it("delivers every byte in order however writes are spread over ticks, and leaves nothing corked", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.uint8Array({ minLength: 1, maxLength: 300 }), { maxLength: 6 }), { maxLength: 6 }), async (ticks) => {
        const { sock, id } = await client();
        for (const writes of ticks) {
          for (const w of writes) sock.write(w);
          await new Promise((r) => setImmediate(r));
          expect(sock.writableCorked).toBe(0);
        }
        const sent = Buffer.concat(ticks.flat());
        const got = await settle(id, sent.length);
        sock.destroy();
        expect(got.equals(sent)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it("holds one tick's small writes and hands them over together when the tick ends", async () => {
    const { sock, id } = await client();
    // 200 four-byte writes, as ssh2 writes packet lengths: unbatched, with TCP_NODELAY, each
    // would go to the kernel at once as its own segment.
    for (let i = 0; i < 200; i++) sock.write(Buffer.from([1, 2, 3, i]));
    expect(sock.writableCorked).toBe(1);
    expect(sock.writableLength).toBe(800);
    await new Promise((r) => setImmediate(r));
    expect(sock.writableCorked).toBe(0);
    const got = await settle(id, 800);
    sock.destroy();
    expect(got.length).toBe(800);
  });
});
