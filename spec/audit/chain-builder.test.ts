// The log sends a batch before the previous one committed, so it predicts where the checkpoint
// count stands after a batch; the prediction must be what building the chain then does.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildChain, sinceAfter, type QueuedRecord } from "../../runtime/audit/chain-builder.js";
import { GENESIS_HASH } from "../../runtime/audit/chain.js";

const item: fc.Arbitrary<QueuedRecord> = fc.oneof(
  { weight: 9, arbitrary: fc.nat(1000).map((i) => ({ kind: "request", rec: `{"i":${i}}`, at: "2026-01-01T00:00:00.000Z", sessionId: null })) },
  { weight: 1, arbitrary: fc.constant({ kind: "checkpoint", rec: "", at: "", sessionId: null }) },
);

describe("chain builder", () => {
  it("sinceAfter predicts buildChain's count, and checkpoints fall where the count says", () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), fc.nat(11), (batch, every, since0) => {
      const since = since0 % every;
      const built = buildChain({ seq: 0, hash: GENESIS_HASH }, batch, {
        sinceCheckpoint: since, checkpointEvery: every, keyId: "k", sign: () => "sig", now: () => "2026-01-01T00:00:00.000Z",
      });
      expect(built.written).toBe(sinceAfter(since, batch, every));
      expect(built.positions.length).toBe(batch.length);
      // Between two checkpoints there are never more than `every` other entries.
      let run = since;
      for (const e of built.entries) {
        if (e.kind === "checkpoint") run = 0;
        else expect(++run).toBeLessThanOrEqual(every);
      }
    }), { numRuns: 500 });
  });
});
