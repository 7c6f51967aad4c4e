// Random and mutated frames from fast-check, before and after authentication, never crash the
// gateway and never disturb a healthy session running beside them.
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as w from "../../proxy/postgres/serializer.js";
import { haveDatabase, startTestGateway, TEST_POLICY, type TestGateway } from "./_gateway.js";
import { RawClient } from "./_raw-client.js";

const valid = [
  w.query("SELECT 1"),
  w.parse({ name: "s", text: "SELECT $1::int", paramTypes: [23] }),
  w.bind({ portal: "", statement: "s", paramFormats: [0], params: [Buffer.from("5")], resultFormats: [] }),
  w.describe("P", ""),
  w.execute("", 0),
  w.sync(),
  w.query("SELECT ssn FROM customers LIMIT 1"),
];

/** A frame broken in one of the ways a fuzzer finds: bad length, bad type, truncated, spliced. */
const mutated = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((a) => Buffer.from(a)),
  fc.tuple(fc.integer({ min: 0, max: valid.length - 1 }), fc.nat(), fc.integer({ min: 0, max: 255 })).map(([i, pos, byte]) => {
    const b = Buffer.from(valid[i]!);
    b[pos % b.length] = byte;
    return b;
  }),
  fc.tuple(fc.integer({ min: 0, max: valid.length - 1 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })).map(([i, len]) => {
    const b = Buffer.from(valid[i]!);
    b.writeInt32BE(len, 1);
    return b;
  }),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.uint8Array({ maxLength: 40 })).map(([t, p]) => w.frame(t, Buffer.from(p))),
);

describe.skipIf(!haveDatabase)("fuzzed frames", () => {
  let gw: TestGateway;
  let healthy: pg.Client;
  let token: string;

  beforeAll(async () => {
    gw = await startTestGateway(TEST_POLICY);
    token = await gw.token();
    healthy = new pg.Client({ host: "127.0.0.1", port: gw.port, database: "payments", user: "agent-7", password: token });
    await healthy.connect();
  });
  afterAll(async () => {
    await healthy?.end().catch(() => undefined);
    await gw?.stop();
  });

  it("after authentication: sessions with garbage end alone", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutated, { minLength: 1, maxLength: 6 }), async (frames) => {
        const c = await RawClient.login(gw.port, token);
        for (const f of frames) c.write(f);
        // Whatever happens to this session, the healthy one keeps answering correctly.
        const r = await healthy.query("SELECT 40 + 2 AS n");
        expect(r.rows[0].n).toBe(42);
        c.close();
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("before authentication: random startup bytes are refused", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 120 }), async (bytes) => {
        const c = await RawClient.open(gw.port);
        c.write(Buffer.from(bytes));
        await new Promise((r) => setTimeout(r, 5));
        c.close();
        expect((await healthy.query("SELECT 1 AS one")).rows[0].one).toBe(1);
      }),
      { numRuns: 60 },
    );
    // The listener still accepts and serves new sessions.
    const fresh = new pg.Client({ host: "127.0.0.1", port: gw.port, database: "payments", user: "agent-7", password: token });
    await fresh.connect();
    expect((await fresh.query("SELECT 7 AS seven")).rows[0].seven).toBe(7);
    await fresh.end();
  }, 120_000);
});
