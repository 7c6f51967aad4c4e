// Canonical JSON against a plain reference: keys sorted by UTF-16 code units at every level,
// strings and numbers as JSON.stringify writes them, absent fields left out.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, CanonicalJsonError } from "../../runtime/audit/canonical.js";

function reference(v: unknown): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (v instanceof Date) return JSON.stringify(v.toISOString());
  if (Array.isArray(v)) return `[${v.map(reference).join(",")}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${reference(o[k])}`).join(",")}}`;
}

const key = fc.oneof(fc.string({ unit: "binary", maxLength: 6 }), fc.constantFrom("0", "10", "2", "a", "B", "é", "\ud83d", "__proto__x"));
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: "small" },
    fc.string({ unit: "binary" }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null),
    fc.date({ noInvalidDate: true }), fc.array(tie("v"), { maxLength: 4 }),
    fc.dictionary(key, fc.option(tie("v"), { nil: undefined }), { maxKeys: 6 }),
    fc.dictionary(key, fc.integer(), { minKeys: 30, maxKeys: 60 })),
})).v;

describe("canonical JSON", () => {
  it("equals the reference encoding", () => {
    fc.assert(fc.property(value, (v) => {
      expect(canonicalJson(v)).toBe(reference(v));
      expect(JSON.parse(canonicalJson(v))).toEqual(JSON.parse(reference(v)));
    }), { numRuns: 1500 });
  });

  it("root overrides encode as the spread record would", () => {
    fc.assert(fc.property(fc.dictionary(key, value, { maxKeys: 8 }), fc.dictionary(key, fc.option(value, { nil: undefined }), { maxKeys: 3 }), (rec, over) => {
      expect(canonicalJson(rec, undefined, over)).toBe(reference({ ...rec, ...over }));
    }), { numRuns: 500 });
  });

  it("refuses values without a JSON form, naming where", () => {
    expect(() => canonicalJson({ a: { b: [1, Number.NaN] } })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ a: { b: [1, Number.NaN] } })).toThrow("$.a.b[1]");
    expect(() => canonicalJson({ f: () => 1 })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson([undefined])).toThrow(CanonicalJsonError);
  });
});
