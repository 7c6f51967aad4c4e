// The combining law as properties: deny beats review beats allow, so adding a deny rule or
// removing an allow rule can never make a request more permissive, and neither the order rules
// are written in nor the order of files can change any decision.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Decision } from "../../compiler/context/types.js";
import { contextArb, HEADER, policyArb, renderPolicy, renderRule, ruleArb, type GenPolicy } from "./_gen.js";
import { compileFilesOrFail, compileOrFail, RANK } from "./_compile.js";

const contexts = fc.array(contextArb, { minLength: 8, maxLength: 8 });
const maskKeys = (d: Decision) => d.masks.map((m) => JSON.stringify(m)).sort();

describe("combining laws", () => {
  it("adding a deny rule never makes a request more permissive", () => {
    fc.assert(
      fc.property(policyArb(0, 8), ruleArb("deny"), contexts, (gen, deny, ctxs) => {
        const before = compileOrFail(renderPolicy(gen));
        const after = compileOrFail(renderPolicy({ rules: [...gen.rules, { ...deny, name: "added_deny" }] }));
        for (const ctx of ctxs) {
          const a = before.decide(ctx), b = after.decide(ctx);
          expect(RANK[b.effect]).toBeGreaterThanOrEqual(RANK[a.effect]);
          expect(maskKeys(b)).toEqual(maskKeys(a));
          if (b.effect === a.effect && b.effect !== "deny") expect(b).toEqual(a);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("removing an allow rule never makes a request more permissive", () => {
    const withAllow = policyArb(1, 8).filter((g) => g.rules.some((r) => r.effect === "allow"));
    fc.assert(
      fc.property(withAllow, fc.nat(), contexts, (gen, n, ctxs) => {
        const allows = gen.rules.filter((r) => r.effect === "allow");
        const removed = allows[n % allows.length]!;
        const before = compileOrFail(renderPolicy(gen));
        const after = compileOrFail(renderPolicy({ rules: gen.rules.filter((r) => r !== removed) }));
        for (const ctx of ctxs) {
          const a = before.decide(ctx), b = after.decide(ctx);
          expect(RANK[b.effect]).toBeGreaterThanOrEqual(RANK[a.effect]);
          expect(maskKeys(b)).toEqual(maskKeys(a));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("neither rule order nor file order changes any decision", () => {
    const layout = (gen: GenPolicy) =>
      fc.record({
        order: fc.shuffledSubarray(gen.rules, { minLength: gen.rules.length, maxLength: gen.rules.length }),
        fileOf: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: gen.rules.length, maxLength: gen.rules.length }),
        fileOrder: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
      });
    fc.assert(
      fc.property(policyArb(1, 8).chain((gen) => fc.tuple(fc.constant(gen), layout(gen))), contexts, ([gen, l], ctxs) => {
        const single = compileOrFail(renderPolicy(gen));
        // File 3 holds the shared declarations; files 0..2 each hold some of the rules, in shuffled order.
        const texts: string[] = ["namespace gen\n", "namespace gen\n", "namespace gen\n", HEADER];
        l.order.forEach((r, i) => (texts[l.fileOf[i]!] += "\n" + renderRule(r) + "\n"));
        const split = compileFilesOrFail(l.fileOrder.map((f) => [`f${f}.hoop`, texts[f]!]));
        for (const ctx of ctxs) expect(split.decide(ctx)).toEqual(single.decide(ctx));
      }),
      { numRuns: 150 },
    );
  });
});
