// `policy fmt` is idempotent and never changes a decision: the formatted text parses back to
// text the formatter leaves alone, and compiles to a policy that decides every request the same.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { format } from "../../dsl/format.js";
import { parse } from "../../dsl/parser.js";
import { compileFiles } from "../../compiler/index.js";
import { contextArb, policyArb, renderPolicy, zoneArb } from "../compiler/_gen.js";
import { compileOrFail } from "../compiler/_compile.js";
import { fixtures, type Fixture } from "./_fixtures.js";

const FIXTURES = fixtures();

function fmt(text: string, path = "f.hoop"): string {
  const r = parse(text, path);
  expect(r.diagnostics.filter((d) => d.severity === "error"), text).toEqual([]);
  return format(r.file);
}

function expectIdempotent(text: string, path?: string): string {
  const once = fmt(text, path);
  expect(fmt(once, path), `formatting twice changes:\n${once}`).toBe(once);
  return once;
}

/** Compiles a set of files; undefined when they do not compile (an example still being written). */
function compileSet(files: Fixture[]) {
  const parsed = files.map((f) => parse(f.text, f.path));
  return compileFiles(parsed.map((p) => p.file), new Map(files.map((f) => [f.path, f.text])), parsed.flatMap((p) => p.diagnostics)).policy;
}

describe("format", () => {
  it("is idempotent on the sample and every example", () => {
    for (const f of FIXTURES) expectIdempotent(f.text, f.path);
  });

  it("keeps the sample's comments", () => {
    expect(fmt(FIXTURES[0]!.text)).toContain("# comment");
  });

  it("is idempotent on random well-typed policies", () => {
    fc.assert(fc.property(policyArb(1, 6), zoneArb, (gen, zone) => void expectIdempotent(renderPolicy(gen, zone))), { numRuns: 200 });
  });

  it("is idempotent on mutations of the examples that still parse", () => {
    const edits = fc.array(fc.record({ at: fc.nat(), piece: fc.constantFrom("\n", "  ", "# note\n", "\n\n", " // c\n", "(", ")") }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), edits, (f, es) => {
        let text = f.text;
        for (const e of es) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.piece + text.slice(at);
        }
        const r = parse(text, f.path);
        fc.pre(r.diagnostics.length === 0);
        expectIdempotent(text, f.path);
      }),
      { numRuns: 300 },
    );
  });

  it("never changes a decision of a random well-typed policy", () => {
    fc.assert(
      fc.property(policyArb(1, 8), zoneArb, fc.array(contextArb, { minLength: 10, maxLength: 10 }), (gen, zone, ctxs) => {
        const text = renderPolicy(gen, zone);
        const original = compileOrFail(text);
        const formatted = compileOrFail(fmt(text));
        for (const ctx of ctxs) expect(formatted.decide(ctx)).toEqual(original.decide(ctx));
      }),
      { numRuns: 150 },
    );
  });

  it("never changes a decision of the sample or the example policy sets", () => {
    const sets = new Map<string, Fixture[]>();
    for (const f of FIXTURES) {
      const key = f.path === "sample.hoop" ? "sample" : f.path.split("/").slice(0, 2).join("/");
      sets.set(key, [...(sets.get(key) ?? []), f]);
    }
    let compared = 0;
    for (const [name, files] of sets) {
      const original = compileSet(files);
      if (!original) continue; // an example set that does not compile yet has no decisions to keep
      const formatted = compileSet(files.map((f) => ({ path: f.path, text: fmt(f.text, f.path) })));
      expect(formatted, `${name} no longer compiles after formatting`).toBeDefined();
      fc.assert(fc.property(contextArb, (ctx) => void expect(formatted!.decide(ctx), name).toEqual(original.decide(ctx))), { numRuns: 300 });
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(1);
  });
});
