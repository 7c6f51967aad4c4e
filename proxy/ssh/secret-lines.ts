// Masks the vaulted private key line by line in a target's output: output is released in lines,
// so a key printed on the target (a file the gateway host shares with it, say) is caught per line,
// and also when printed without line breaks (each line is still a substring then).
import type { ByteScreen, ScreenedMasker, TextMasker } from "./ports.js";

export const KEY_PLACEHOLDER = "[private key]";
const MIN_LINE = 16;

/** The key lines worth looking for, longest first so a line containing a shorter one is replaced whole. */
function needles(lines: readonly string[]): string[] {
  return [...new Set(lines)].filter((l) => l.length >= MIN_LINE).sort((a, b) => b.length - a.length);
}

/** The vaulted key's masker and its byte-level screen, built from the same lines. */
export function keyLineFilter(lines: readonly string[]): ScreenedMasker {
  return { mask: keyLineMasker(lines), screen: keyLineScreen(lines) };
}

export function keyLineMasker(lines: readonly string[]): TextMasker {
  const found = needles(lines);
  if (!found.length) return (t) => t;
  return (text) => {
    if (text.length < MIN_LINE) return text;
    let out = text;
    // indexOf with a long needle skips ahead; far cheaper than a regex over every position.
    for (const n of found) if (out.includes(n)) out = out.split(n).join(KEY_PLACEHOLDER);
    return out;
  };
}

/**
 * The byte-level screen for keyLineMasker: false only when no key line can occur in `bytes`, so
 * ordinary output is sent without being decoded to text. Every key line is a run of at least
 * `shortest` bytes drawn from the lines' own characters (base64 for PEM and OpenSSH keys); such a
 * run is looked for with a stride of `shortest` bytes. Where one exists (hashes, base64 data) the
 * answer is true and the text masker does the exact search. Key lines are ASCII, and ASCII bytes
 * are the same characters in UTF-8 and Latin-1 text, so a line in the text is a run in the bytes.
 */
export function keyLineScreen(lines: readonly string[]): ByteScreen {
  const found = needles(lines);
  if (!found.length) return () => false;
  // Non-ASCII in a key line would break the byte/char correspondence: screen nothing out.
  if (found.some((l) => /[^\x20-\x7e]/.test(l))) return () => true;
  const inLine = new Uint8Array(256);
  for (const l of found) for (let i = 0; i < l.length; i++) inLine[l.charCodeAt(i)] = 1;
  const shortest = Math.min(...found.map((l) => l.length));
  return (bytes) => {
    const n = bytes.length;
    let i = 0; // every run of line characters that could hold a key line starts at or after i
    while (i + shortest <= n) {
      const probe = i + shortest - 1;
      if (!inLine[bytes[probe]!]) {
        i = probe + 1;
        continue;
      }
      let start = probe;
      while (start > i && inLine[bytes[start - 1]!]) start--;
      // A run long enough for a key line.
      if (start === i) return true;
      // Too short up to the probe; a run beginning at `start` may still reach far enough.
      i = start;
    }
    return false;
  };
}
