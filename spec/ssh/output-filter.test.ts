// Properties of the masking stream that carries SSH output: bytes nothing matched are passed
// exactly (binary too), and chunking never changes what is masked.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MaskingStream } from "../../proxy/ssh/output-filter.js";
import { keyLineMasker } from "../../proxy/ssh/secret-lines.js";

function run(stream: MaskingStream, chunks: Buffer[]): Buffer {
  const out: Buffer[] = [];
  for (const c of chunks) {
    const r = stream.push(c);
    if (r) out.push(r);
  }
  const e = stream.end();
  if (e) out.push(e);
  return Buffer.concat(out);
}

/** Splits `data` at the given (sorted, deduplicated) cut points. */
function split(data: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let at = 0;
  for (const p of points) {
    parts.push(data.subarray(at, p));
    at = p;
  }
  parts.push(data.subarray(at));
  return parts;
}

const CARD = /\b\d{4}(?: ?\d{4}){3}\b/g;
const maskCards = (t: string) => t.replace(CARD, "[card]");

const word = fc.constantFrom("alpha", "beta", "4111 1111 1111 1111", "4111111111111111", "x", "12", "-", ",", ";", "\n", " ", "é", "\t", "1234 5678 9012 3456");

describe("MaskingStream", () => {
  it("passes any bytes unchanged when nothing matches, however they are chunked", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), fc.array(fc.nat(), { maxLength: 12 }), fc.integer({ min: 16, max: 512 }), (bytes, cuts, maxHold) => {
        const data = Buffer.from(bytes);
        const out = run(new MaskingStream((t) => t, { maxHold }), split(data, cuts));
        expect(out.equals(data)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("masks exactly what masking the whole text would, however it is chunked", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 200 }), fc.array(fc.nat(), { maxLength: 20 }), (words, cuts) => {
        const text = words.join("");
        const data = Buffer.from(text, "utf8");
        const out = run(new MaskingStream(maskCards), split(data, cuts));
        expect(out.toString("utf8")).toBe(maskCards(text));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps binary bytes around a masked value", () => {
    const data = Buffer.concat([Buffer.from([0xff, 0x00, 0xfe]), Buffer.from(" 4111 1111 1111 1111 "), Buffer.from([0x80, 0x0a])]);
    const out = run(new MaskingStream(maskCards), [data]);
    expect(out).toEqual(Buffer.concat([Buffer.from([0xff, 0x00, 0xfe]), Buffer.from(" [card] "), Buffer.from([0x80, 0x0a])]));
  });
});

describe("keyLineMasker", () => {
  const lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "QyNTUxOQAAACBd3Gm0Y9pX4nq0dPj0hMw1sW0aY9mJm2W7N3tqX6yv9wAAAJiJrw0Yia8N"];
  const mask = keyLineMasker(lines);
  it("replaces key lines wherever they appear, also joined without line breaks", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), fc.boolean(), (before, after, joined) => {
        const body = joined ? lines.join("") : lines.join("\n");
        const out = mask(`${before}\n${body}\n${after}`);
        for (const l of lines) expect(out).not.toContain(l);
      }),
      { numRuns: 200 },
    );
  });
  it("returns the very same text when no key line is present", () => {
    const t = "ordinary output, base64 aGVsbG8gd29ybGQgdGhpcyBpcyBub3QgYSBrZXk= too";
    expect(mask(t)).toBe(t);
  });
});
