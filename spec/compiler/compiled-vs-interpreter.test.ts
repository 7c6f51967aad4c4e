// Compiled decision functions agree with the reference interpreter on random well-typed policies
// and random requests valid against the context schema.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Ajv } from "ajv";
import { contextSchema } from "../../compiler/context/schema.js";
import { contextArb, policyArb, renderPolicy, zoneArb } from "./_gen.js";
import { compileOrFail } from "./_compile.js";

const validate = new Ajv({ strict: false }).compile(contextSchema);

describe("compiled policy = reference interpreter", () => {
  it("generated contexts are valid against the context JSON Schema", () => {
    fc.assert(fc.property(contextArb, (ctx) => {
      expect(validate(ctx), JSON.stringify(validate.errors)).toBe(true);
    }), { numRuns: 300 });
  });

  it("decides every request as the interpreter does", () => {
    let errorsSeen = 0, notApplicableSeen = 0;
    const effects = new Set<string>();
    fc.assert(
      fc.property(policyArb(1, 10), zoneArb, fc.array(contextArb, { minLength: 10, maxLength: 10 }), (gen, zone, contexts) => {
        const policy = compileOrFail(renderPolicy(gen, zone));
        for (const ctx of contexts) {
          const compiled = policy.decide(ctx);
          const reference = policy.interpreter.decide(ctx);
          expect(compiled).toEqual(reference);
          if (compiled.errors) errorsSeen++;
          effects.add(compiled.effect);
          for (const r of policy.checkedRules) if (policy.interpreter.evaluateRule(r, ctx).status === "not-applicable") notApplicableSeen++;
        }
      }),
      { numRuns: 250 },
    );
    // The generator must reach the interesting paths, or the property proves little.
    expect(errorsSeen).toBeGreaterThan(0);
    expect(notApplicableSeen).toBeGreaterThan(0);
    expect([...effects].sort()).toEqual(["allow", "deny", "review"]);
  });
});
