// Masks the vaulted private key line by line in a target's output: output is released in lines,
// so a key printed on the target (a file the gateway host shares with it, say) is caught per line
// and also when printed without line breaks.
import type { TextMasker } from "./ports.js";

const BASE64_RUN = /[A-Za-z0-9+/=]{16,}/g;

export function keyLineMasker(lines: readonly string[]): TextMasker {
  const exact = new Set(lines);
  const longest = lines.reduce((m, l) => Math.max(m, l.length), 0);
  if (!exact.size) return (t) => t;
  return (text) => {
    if (text.length < 16) return text;
    let hit = false;
    const out = text.replace(BASE64_RUN, (run) => {
      if (exact.has(run) || (run.length > longest && lines.some((l) => run.includes(l)))) {
        hit = true;
        return "[private key]";
      }
      return run;
    });
    return hit ? out : text;
  };
}
