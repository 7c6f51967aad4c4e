// find: -exec/-execdir/-ok/-okdir run a command per file; -delete removes; -fprint* and -fls write.
import { addAll, READ_ONLY, type CategorySet } from "../categories.js";
import type { Handler } from "../scope.js";

const EXEC = new Set(["-exec", "-execdir", "-ok", "-okdir"]);
const WRITES = new Set(["-fprint", "-fprint0", "-fprintf", "-fls"]);

export const findHandler: Handler = (inv, scope) => {
  const out: CategorySet = new Set(READ_ONLY);
  const words = inv.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.literal) {
      // A predicate we cannot read could be -delete or -exec.
      if (w.mayBeOption) out.add("opaque");
      continue;
    }
    if (w.value === "-delete") out.add("destructive");
    else if (WRITES.has(w.value)) out.add("mutating");
    else if (EXEC.has(w.value)) {
      let end = i + 1;
      while (end < words.length && !(words[end]!.literal && (words[end]!.value === ";" || words[end]!.value === "+"))) end++;
      const command = words.slice(i + 1, end);
      if (command.length === 0) out.add("opaque");
      else addAll(out, scope.command(command, inv, { appendedInput: false, stdin: { kind: "stream" } }));
      i = end;
    }
  }
  if (inv.appendedInput) out.add("opaque");
  return out;
};
