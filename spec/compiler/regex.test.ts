// The linear-time regex subset of `matches` must mean what JavaScript's RegExp means on every
// pattern it accepts, and must finish on inputs that make backtracking engines run for ever.
import { createContext, runInContext } from "node:vm";
import { describe, expect, it } from "vitest";
import fc from "fast-check";

// The oracle is V8's backtracking RegExp, which random nested quantifiers can send into
// exponential time: it runs under a time limit, and a case it cannot finish is skipped.
const oracleContext = createContext({});
function jsTest(pattern: string, text: string): boolean {
  try {
    return runInContext(`new RegExp(${JSON.stringify(pattern)}).test(${JSON.stringify(text)})`, oracleContext, { timeout: 250 }) as boolean;
  } catch (e) {
    if (/timed out/.test(String(e))) fc.pre(false);
    throw e;
  }
}
import { compileRegex, RegexSyntaxError } from "../../compiler/regex.js";

const ALPHABET = ["a", "b", "c", "1", "_", " ", "-", ".", "\t", "A"];

/** Patterns from the supported subset: literals, ., classes, \d \w \s, groups, |, quantifiers. */
const pattern: fc.Arbitrary<string> = fc.letrec<{ alt: string; cat: string; piece: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { depthSize: "small", maxDepth: 3 },
    fc.constantFrom("a", "b", "c", "1", "-", " ", "A"),
    fc.constantFrom(".", "\\.", "\\d", "\\w", "\\s", "\\D", "\\W", "\\S", "\\-"),
    fc.constantFrom("[abc]", "[^ab]", "[a-c]", "[^a-c1]", "[\\d_]", "[a-]", "[-a]", "[.]", "[\\w.]", "[^\\s]"),
    tie("alt").map((x) => `(${x})`),
    tie("alt").map((x) => `(?:${x})`),
  ),
  piece: fc.tuple(tie("atom"), fc.constantFrom("", "", "", "*", "+", "?", "{2}", "{1,3}", "{0,}", "*?", "+?", "??", "{2,}")).map(([a, q]) => a + q),
  cat: fc.array(tie("piece"), { minLength: 0, maxLength: 3 }).map((ps) => ps.join("")),
  alt: fc.array(tie("cat"), { minLength: 1, maxLength: 3 }).map((cs) => cs.join("|")),
})).alt;

/** Anchors only where they bind the same in both engines: around a pattern with no top-level '|'. */
const anchored = fc.tuple(fc.boolean(), pattern, fc.boolean()).map(([s, p, e]) => {
  const body = p.includes("|") ? `(${p})` : p;
  return `${s ? "^" : ""}${body}${e ? "$" : ""}`;
});

/** Compiles, or skips the case when the pattern is legitimately refused as too large. */
function ours(p: string) {
  try {
    return compileRegex(p);
  } catch (e) {
    if (e instanceof RegexSyntaxError && /too large/.test(e.message)) {
      fc.pre(false);
    }
    throw e;
  }
}

const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((cs) => cs.join(""));

// A consuming state must end the closure: following its exit as well would walk past every
// character test, and a pattern such as "^agent-" would then hold for every principal.
describe("regex subset agrees with RegExp", () => {
  it("a literal does not match other text", () => {
    expect(compileRegex("a").test("b")).toBe(false);
    expect(compileRegex("^agent-").test("alice")).toBe(false);
    expect(compileRegex("^abc$").test("ab")).toBe(false);
  });

  it("on random patterns of the subset and random text", () => {
    fc.assert(
      fc.property(anchored, fc.array(text, { minLength: 1, maxLength: 8 }), (p, texts) => {
        const re = ours(p);
        for (const t of texts) expect(re.test(t), `${JSON.stringify(p)} on ${JSON.stringify(t)}`).toBe(jsTest(p, t));
      }),
      { numRuns: 1500 },
    );
  });

  it("on substrings of the text the pattern was built from", () => {
    // Random text rarely matches long patterns; text sampled from what the pattern can produce does.
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", "ab", "c1", " "), { maxLength: 6 }), fc.constantFrom("*", "+", "?", "{1,2}"), fc.boolean(), (words, q, anchor) => {
        const p = `${anchor ? "^" : ""}(${words.join("|") || "a"})${q}c?$`;
        const ours = compileRegex(p);
        for (let i = 0; i <= 3; i++) {
          const t = words.slice(0, i).join("") + (i % 2 ? "c" : "");
          expect(ours.test(t), `${p} on ${t}`).toBe(jsTest(p, t));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("rejects what needs backtracking or is malformed", () => {
    for (const p of ["(a)\\1", "(?=a)", "(?!a)", "(?<n>a)", "*a", "a{3,1}", "a{1001}", "[b-a]", "(a", "[a", "a\\", "\\p{L}"]) {
      expect(() => compileRegex(p), p).toThrow(RegexSyntaxError);
    }
  });

  it("finishes on patterns that are exponential for backtracking engines", () => {
    const aaa = "a".repeat(30_000);
    expect(compileRegex("(a+)+$").test(aaa + "!")).toBe(false);
    expect(compileRegex("^(a+)+$").test(aaa + "!")).toBe(false);
    expect(compileRegex("^(a|a)*$").test(aaa + "!")).toBe(false);
    expect(compileRegex("^(a*)*b$").test(aaa)).toBe(false);
    expect(compileRegex("^(.*a){12}$").test(aaa + "!")).toBe(false);
    expect(compileRegex("^(a|aa)+$").test(aaa)).toBe(true);
    expect(compileRegex("(\\w+\\s?)+$").test("word ".repeat(6_000) + "!")).toBe(false);
  });
});

/** The pattern gives RegExp's answer on each text. */
function agrees(p: string, texts: string[]): void {
  const re = compileRegex(p);
  for (const t of texts) expect(re.test(t), `${JSON.stringify(p)} on ${JSON.stringify(t)}`).toBe(new RegExp(p).test(t));
}

describe("cases that once diverged from RegExp", () => {
  // Anchors bind to their own alternative: '^a|b' is '(^a)|b', 'a|b$' is 'a|(b$)'.
  it("'^a|b' anchors only its first alternative", () => agrees("^a|b", ["xb", "xa", "a", "x"]));
  it("'a|b$' anchors only its last alternative", () => agrees("a|b$", ["ax", "bx", "b", "x"]));
  // A negated class matches a newline, as in RegExp (and RE2, PCRE):
  // '^[^;]*$' then fails on a multi-line text without any ';'.
  it("a negated class matches a newline", () => agrees("^[^;]*$", ["a\nb", "a;b", "ab"]));
});
