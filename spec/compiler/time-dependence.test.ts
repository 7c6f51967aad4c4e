// `readsTime` tells the runtime when a policy's decision may be reused for the same session and
// request facts: a policy that does not read the time must decide every request the same at any
// time, and the generator must produce both kinds or the property proves little.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { contextArb, policyArb, renderPolicy, zoneArb } from "./_gen.js";
import { compileOrFail } from "./_compile.js";

const timeArb = fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString());

describe("time dependence of a compiled policy", () => {
  it("decides a policy that does not read the time the same at every time", () => {
    let timeless = 0, timed = 0;
    fc.assert(
      fc.property(policyArb(1, 8), zoneArb, fc.array(fc.tuple(contextArb, fc.array(timeArb, { minLength: 3, maxLength: 3 })), { minLength: 5, maxLength: 5 }), (gen, zone, cases) => {
        const policy = compileOrFail(renderPolicy(gen, zone));
        if (policy.code.readsTime) {
          timed++;
          return;
        }
        timeless++;
        for (const [ctx, times] of cases) {
          const first = policy.decide(ctx);
          for (const time of times) expect(policy.decide({ ...ctx, time })).toEqual(first);
        }
      }),
      { numRuns: 300 },
    );
    expect(timeless).toBeGreaterThan(20);
    expect(timed).toBeGreaterThan(20);
  });

  it("marks time members, since() and session times compared with the clock", () => {
    const reads = (cond: string) => compileOrFail(`namespace t\nrule r "r" {\n  deny when ${cond}\n}\n`).code.readsTime;
    expect(reads("time.hour < 8")).toBe(true);
    expect(reads("since(session.startedAt) > 1h")).toBe(true);
    expect(reads("principal.kind == agent")).toBe(false);
    expect(reads("any s in sql.statements: s.kind == write")).toBe(false);
  });
});
