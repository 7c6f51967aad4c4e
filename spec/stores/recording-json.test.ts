// A recording event's data is stored as its JSON text; decision events encode their (shared)
// decision once and splice it. The stored text must be what JSON.stringify gives, whatever the data.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventDataJson } from "../../runtime/stores/recording-json.js";
import type { RecordingEvent, RecordingEventKind } from "../../runtime/stores/types.js";

const kinds: RecordingEventKind[] = ["request", "decision", "result", "response", "output", "input", "resize", "note"];
const dataArb = fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("decision", "requestId", "approvalId")), fc.oneof(fc.jsonValue(), fc.constant(undefined)), { maxKeys: 5 });
const decisionArb = fc.record({
  effect: fc.constantFrom("allow", "deny", "review"),
  rules: fc.array(fc.string(), { maxLength: 3 }),
  reason: fc.string(),
  masks: fc.array(fc.record({ column: fc.string(), method: fc.string(), rule: fc.string() }), { maxLength: 4 }),
  extra: fc.option(fc.jsonValue(), { nil: undefined }),
});

const event = (kind: RecordingEventKind, data: Record<string, unknown>): RecordingEvent => ({ sessionId: "s", n: 1, at: "2026-01-01T00:00:00.000Z", kind, data });

describe("recording event data as stored", () => {
  it("is JSON.stringify of the data, for any event", () => {
    fc.assert(fc.property(fc.constantFrom(...kinds), dataArb, (kind, data) => {
      expect(eventDataJson(event(kind, data))).toBe(JSON.stringify(data));
    }), { numRuns: 500 });
  });

  it("is JSON.stringify of the data for decision events sharing decision objects, in any key order", () => {
    fc.assert(fc.property(fc.array(decisionArb, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(fc.nat(), fc.string(), fc.option(fc.string(), { nil: undefined }), fc.boolean())), (decisions, uses) => {
      for (const [i, requestId, approvalId, decisionFirst] of uses) {
        const decision = decisions[i % decisions.length]!;
        const data = decisionFirst ? { decision, requestId, approvalId } : { requestId, decision, ...(approvalId ? { approvalId } : {}) };
        expect(eventDataJson(event("decision", data))).toBe(JSON.stringify(data));
      }
    }), { numRuns: 300 });
  });
});
