// Properties of the masking stream that carries SSH output: bytes nothing matched are passed
// exactly (binary too), and chunking never changes what is masked.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MaskingStream } from "../../proxy/ssh/output-filter.js";
import { keyLineFilter, keyLineMasker } from "../../proxy/ssh/secret-lines.js";

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

describe("keyLineFilter's byte screen", () => {
  // Two full lines of an OpenSSH key and a short last line, as real keys end.
  const lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "QyNTUxOQAAACBd3Gm0Y9pX4nq0dPj0hMw1sW0aY9mJm2W7N3tqX6yv9wAAAJiJrw0Yia8N", "AAAAC3NzaC1lZDI1NTE5"];
  const { mask, screen } = keyLineFilter(lines);
  const pieces = [...lines, ...lines.map((l) => l.slice(0, 20)), ...lines.map((l) => l.slice(-25)), "AAAA", "+/=", "0123456789abcdef", "x", " ", "\n", "-----BEGIN", "é", ";"];
  const output = fc
    .array(fc.oneof(fc.constantFrom(...pieces).map((p) => Buffer.from(p)), fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a))), { maxLength: 30 })
    .map((parts) => Buffer.concat(parts));

  it("answers true whenever the key masker would change the text, decoded either way", () => {
    fc.assert(
      fc.property(output, (bytes) => {
        if (screen(bytes)) return;
        for (const enc of ["utf8", "latin1"] as const) {
          const text = bytes.toString(enc);
          expect(mask(text)).toBe(text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("changes nothing a masking stream sends, however the output is chunked", () => {
    fc.assert(
      fc.property(output, fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        const screened = run(new MaskingStream(undefined, { screened: { mask, screen }, maxHold: 64 }), split(bytes, cuts));
        const unscreened = run(new MaskingStream(mask, { maxHold: 64 }), split(bytes, cuts));
        expect(screened).toEqual(unscreened);
      }),
      { numRuns: 300 },
    );
  });

  it("masks a key line whole before another masker could rewrite part of it", () => {
    // A masker that rewrites digits, as a detector could inside base64; run first it would break
    // the key line, and the rest of the line would no longer match.
    const maskDigits = (t: string) => t.replace(/[0-9]/g, "#");
    const out = run(new MaskingStream(maskDigits, { screened: { mask, screen } }), [Buffer.from(`id 42\n${lines[1]}\n`)]).toString();
    expect(out).toBe("id ##\n[private key]\n");
  });

  it("never releases part of a key line when output pauses or runs long without a line end", () => {
    const keyLine = "MIIEowIBAAKCAQEAx/9Hq+3kLw==";
    const stream = new MaskingStream(undefined, { screened: keyLineFilter([keyLine]), maxHold: 40 });
    // The agent sees `cat key` pause mid-line: the idle flush may release only up to a separator.
    expect(stream.push(Buffer.from("key: MIIEowIBAAKCAQEAx/9"))?.toString()).toBeUndefined();
    expect(stream.flushToSeparator()?.toString()).toBe("key:");
    // A run longer than maxHold with no line end is cut at its last separator, after the key line.
    const cut = stream.push(Buffer.from("Hq+3kLw==; and then more"));
    expect(cut?.toString()).toBe(" [private key];");
    expect(stream.end()?.toString()).toBe(" and then more");
  });

  it("lets ordinary text through without decoding and stops a key line", () => {
    expect(screen(Buffer.from("the quick brown fox jumps over the lazy dog; build 0123 ok\n".repeat(50)))).toBe(false);
    expect(screen(Buffer.from(`total 8\n${lines[2]}\n`))).toBe(true);
    // Pieces of key lines shorter than the shortest line cannot be one.
    expect(screen(Buffer.from(lines[0]!.match(/.{1,15}/g)!.join(" ")))).toBe(false);
  });
});
