// GNU sed: -i edits files in place; in the script, `e` and `s///e` run commands, `w`/`W` and
// `s///w` write files. A script we cannot read to the end is opaque.
import { READ_ONLY, type CategorySet } from "../categories.js";
import { mentionsPrivilegeFile, PRIVILEGE_FILE } from "../options.js";
import type { Handler } from "../scope.js";
import type { Word } from "../words.js";

export interface SedEffects {
  executes: boolean;
  writes: boolean;
  /** The scanner met something it does not know: treat the script as opaque. */
  unreadable: boolean;
}

export const sedHandler: Handler = (inv) => {
  const out: CategorySet = new Set();
  const scripts: Word[] = [];
  const operands: Word[] = [];
  const words = inv.words;
  let optionsEnded = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (optionsEnded || (w.literal && (!w.value.startsWith("-") || w.value === "-"))) {
      operands.push(w);
      continue;
    }
    if (!w.literal) {
      if (w.mayBeOption) out.add("opaque");
      operands.push(w);
      continue;
    }
    const v = w.value;
    if (v === "--") {
      optionsEnded = true;
      continue;
    }
    if (v.startsWith("--")) {
      const [name, value] = v.includes("=") ? [v.slice(0, v.indexOf("=")), v.slice(v.indexOf("=") + 1)] : [v, undefined];
      if ("--in-place".startsWith(name) && name.length >= 4) out.add("mutating");
      else if ("--expression".startsWith(name) && name.length >= 4) {
        const s = value !== undefined ? { value, literal: true, mayBeOption: false } : words[++i];
        if (s) scripts.push(s);
      } else if ("--file".startsWith(name) && name.length >= 4) out.add("opaque");
      else if ("--line-length".startsWith(name) && name.length >= 4 && value === undefined) i++;
      continue;
    }
    for (let j = 1; j < v.length; j++) {
      const c = v[j]!;
      if (c === "i") {
        out.add("mutating"); // the rest of the cluster is the backup suffix
        break;
      }
      if (c === "e" || c === "f" || c === "l") {
        const rest = v.slice(j + 1);
        const value = rest !== "" ? { value: rest, literal: true, mayBeOption: false } : words[++i];
        if (c === "e" && value) scripts.push(value);
        if (c === "f") out.add("opaque");
        break;
      }
    }
  }
  if (scripts.length === 0 && operands.length > 0) scripts.push(operands.shift()!);
  // Editing sudoers, passwd, shadow and the like in place changes who may do what.
  if (out.has("mutating") && operands.some((o) => o.literal && PRIVILEGE_FILE.test(o.value))) out.add("privileged");
  for (const s of scripts) {
    if (!s.literal) {
      out.add("opaque");
      continue;
    }
    const fx = sedScriptEffects(s.value);
    if (fx.executes || fx.unreadable) out.add("opaque");
    if (fx.writes) out.add("mutating");
    if (fx.writes && mentionsPrivilegeFile(s.value)) out.add("privileged");
  }
  if (inv.appendedInput) out.add("opaque");
  return out.size === 0 ? new Set(READ_ONLY) : out;
};

const SIMPLE = new Set(["=", "d", "D", "g", "G", "h", "H", "n", "N", "p", "P", "x", "z", "F"]);
const HARMLESS_OUTPUT = /^\/dev\/(stdout|stderr|null)$/;

/** Reads a sed script command by command. */
export function sedScriptEffects(script: string): SedEffects {
  const fx: SedEffects = { executes: false, writes: false, unreadable: false };
  const s = script;
  let i = 0;
  const restOfLine = () => {
    const end = s.indexOf("\n", i);
    const text = s.slice(i, end < 0 ? s.length : end);
    i = end < 0 ? s.length : end + 1;
    return text;
  };
  const delimited = (delim: string): boolean => {
    // Reads up to an unescaped delimiter; false when the script ends first.
    while (i < s.length) {
      const ch = s[i++]!;
      if (ch === "\\") i++;
      else if (ch === delim) return true;
      else if (ch === "\n" && delim !== "\n") return false;
    }
    return false;
  };
  const address = (): boolean => {
    if (/[0-9]/.test(s[i] ?? "")) {
      while (/[0-9~]/.test(s[i] ?? "")) i++;
    } else if (s[i] === "$") {
      i++;
    } else if (s[i] === "/" || s[i] === "\\") {
      const delim = s[i] === "\\" ? s[i + 1] : "/";
      i += s[i] === "\\" ? 2 : 1;
      if (delim === undefined || !delimited(delim)) return false;
      while (s[i] === "I" || s[i] === "M") i++;
    } else if (s[i] === "+" || s[i] === "~") {
      i++;
      while (/[0-9]/.test(s[i] ?? "")) i++;
    }
    return true;
  };
  while (i < s.length) {
    const ch = s[i]!;
    if (/[\s;}]/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "#") {
      restOfLine();
      continue;
    }
    if (!address()) return { ...fx, unreadable: true };
    if (s[i] === ",") {
      i++;
      if (!address()) return { ...fx, unreadable: true };
    }
    while (s[i] === " " || s[i] === "\t") i++;
    while (s[i] === "!" || s[i] === " ") i++;
    const cmd = s[i++];
    if (cmd === undefined) break;
    if (cmd === "{" || SIMPLE.has(cmd)) continue;
    if (cmd === "}" || cmd === ";" || cmd === "\n") continue;
    if ("qQlL".includes(cmd)) {
      while (/[ 0-9]/.test(s[i] ?? "")) i++;
      continue;
    }
    if (":btTv".includes(cmd)) {
      while (i < s.length && s[i] !== ";" && s[i] !== "\n") i++;
      continue;
    }
    if ("aic".includes(cmd)) {
      // Text to the end of the line; a trailing backslash continues it.
      for (let line = restOfLine(); line.endsWith("\\") && i < s.length; line = restOfLine());
      continue;
    }
    if (cmd === "r" || cmd === "R") {
      restOfLine();
      continue;
    }
    if (cmd === "w" || cmd === "W") {
      if (!HARMLESS_OUTPUT.test(restOfLine().trim())) fx.writes = true;
      continue;
    }
    if (cmd === "e") {
      fx.executes = true;
      restOfLine();
      continue;
    }
    if (cmd === "s" || cmd === "y") {
      const delim = s[i++];
      if (delim === undefined || delim === "\\" || delim === "\n") return { ...fx, unreadable: true };
      if (!delimited(delim) || !delimited(delim)) return { ...fx, unreadable: true };
      if (cmd === "y") continue;
      while (i < s.length && /[gpiImMe0-9w]/.test(s[i]!)) {
        const flag = s[i++]!;
        if (flag === "e") fx.executes = true;
        if (flag === "w") {
          if (!HARMLESS_OUTPUT.test(restOfLine().trim())) fx.writes = true;
          break;
        }
      }
      continue;
    }
    return { ...fx, unreadable: true };
  }
  return fx;
}
