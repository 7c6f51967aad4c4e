// Value mask methods. Each takes the text form of a value (as it travels in a DataRow) and returns
// the text to send instead, or null for SQL NULL.
import { createHmac, randomBytes } from "node:crypto";
import type { MaskMethod } from "../../compiler/context/types.js";

export class MaskingError extends Error {}

export const REDACTED = "[REDACTED]";

/** From least to most revealing-proof: when several masks apply, the later one wins. */
const STRENGTH: Record<MaskMethod, number> = { last4: 1, partial: 2, hash: 3, redact: 4, null: 5 };

export function strongest(methods: MaskMethod[]): MaskMethod | undefined {
  let best: MaskMethod | undefined;
  for (const m of methods) if (!best || STRENGTH[m] > STRENGTH[best]) best = m;
  return best;
}

/** Methods that reveal part of the value only make sense on the value itself, not on a function of it. */
export function revealsPart(m: MaskMethod): boolean {
  return m === "last4" || m === "partial";
}

export interface ValueMasker {
  mask(value: string | null, method: MaskMethod): string | null;
}

/**
 * `hashKey` keys the HMAC of the `hash` method: the same key gives the same token for the same value,
 * so joins on masked columns still line up. Without one, a random key lives as long as the process.
 */
export function createValueMasker(opts: { hashKey?: string | Uint8Array } = {}): ValueMasker {
  const key = opts.hashKey ?? randomBytes(32);
  if (typeof key === "string" && key.length < 16) throw new MaskingError("the hash key must be at least 16 characters");
  return {
    mask(value, method) {
      if (value === null) return null;
      switch (method) {
        case "null": return null;
        case "redact": return REDACTED;
        case "last4": return keepLast(value, 4);
        case "partial": return partial(value);
        case "hash": return "h:" + createHmac("sha256", key).update(value, "utf8").digest("base64url").slice(0, 22);
      }
      // An unknown method fails closed.
      return REDACTED;
    },
  };
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;

// Both methods count and keep characters (code points), never halves of a surrogate pair: a
// half left in the output would not survive UTF-8 on the wire.

/** Keeps the last `n` letters or digits, masks the others with `*`, keeps separators; short values are masked whole. */
function keepLast(value: string, n: number): string {
  const chars = Array.from(value);
  let count = 0;
  for (const ch of chars) if (isAlnum(ch.codePointAt(0)!)) count++;
  if (count <= n * 2) return "*".repeat(Math.max(4, chars.length));
  let seen = 0;
  let out = "";
  for (const ch of chars) {
    if (isAlnum(ch.codePointAt(0)!)) {
      seen++;
      out += seen > count - n ? ch : "*";
    } else {
      out += ch;
    }
  }
  return out;
}

/** Emails keep their first letter and domain; other values their first and last character. */
function partial(value: string): string {
  const chars = Array.from(value);
  const at = value.lastIndexOf("@");
  if (at > 0 && at < value.length - 1) return chars[0] + "***" + value.slice(at);
  if (chars.length < 6) return "*".repeat(Math.max(4, chars.length));
  return chars[0] + "*".repeat(chars.length - 2) + chars[chars.length - 1];
}
