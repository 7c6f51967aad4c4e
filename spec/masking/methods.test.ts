// last4 and partial keep and count characters, not UTF-16 code units: an astral character (emoji,
// historic scripts) is kept or masked whole, so the masked value survives UTF-8 on the wire
// unchanged, and on text of one code unit per character the methods behave as they always did.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createValueMasker } from "../../runtime/masking/index.js";

const masker = createValueMasker({ hashKey: "methods-test-key-0123456789" });
const wellFormed = (s: string) => Buffer.from(s, "utf8").toString("utf8") === s;

describe("character-keeping mask methods", () => {
  it("never split a surrogate pair", () => {
    const text = fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: fc.constantFrom("a", "1", "-", "@", "\u{10000}", "\u{1F600}", "é") }));
    fc.assert(fc.property(text, (v) => {
      for (const method of ["last4", "partial"] as const) {
        const out = masker.mask(v, method)!;
        expect(wellFormed(out), `${method} of ${JSON.stringify(v)}`).toBe(true);
      }
    }), { numRuns: 2000 });
  });

  it("keep whole characters", () => {
    expect(masker.mask("0A12\u{10000}\u{10000}\u{10000}A5", "last4")).toBe("*****\u{10000}\u{10000}A5");
    expect(masker.mask("\u{1F600}bcdefg\u{1F600}", "partial")).toBe("\u{1F600}******\u{1F600}");
    expect(masker.mask("\u{1F600}nn@bank.example", "partial")).toBe("\u{1F600}***@bank.example");
  });

  it("mask text of one code unit per character as before", () => {
    expect(masker.mask("4111 1111 1111 1234", "last4")).toBe("**** **** **** 1234");
    expect(masker.mask("ann@bank.example", "partial")).toBe("a***@bank.example");
    expect(masker.mask("abcdefgh", "partial")).toBe("a******h");
    expect(masker.mask("abc", "partial")).toBe("****");
    expect(masker.mask("12345678", "last4")).toBe("********");
  });
});
