// Masks the vaulted private key line by line in a target's output: output is released in lines,
// so a key printed on the target (a file the gateway host shares with it, say) is caught per line,
// and also when printed without line breaks (each line is still a substring then).
import type { TextMasker } from "./ports.js";

export const KEY_PLACEHOLDER = "[private key]";

export function keyLineMasker(lines: readonly string[]): TextMasker {
  // Longest first, so a line that contains a shorter one is replaced whole.
  const needles = [...new Set(lines)].filter((l) => l.length >= 16).sort((a, b) => b.length - a.length);
  if (!needles.length) return (t) => t;
  return (text) => {
    if (text.length < 16) return text;
    let out = text;
    // indexOf with a long needle skips ahead; far cheaper than a regex over every position.
    for (const n of needles) if (out.includes(n)) out = out.split(n).join(KEY_PLACEHOLDER);
    return out;
  };
}
