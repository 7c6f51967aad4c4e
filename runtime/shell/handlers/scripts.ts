// Programs that run a script given to them: shells (parsed recursively), other interpreters
// (opaque), eval/alias/trap (their strings are scripts), and builtins that evaluate variable names.
import { addAll, READ_ONLY, type CategorySet } from "../categories.js";
import { DANGEROUS_ENV, HISTORY_ENV } from "../classify.js";
import type { Handler } from "../scope.js";
import type { Word } from "../words.js";

const SHELL_VALUE_OPTIONS = new Set(["-o", "+o", "-O", "+O", "--rcfile", "--init-file"]);
const V_IS_VERSION = new Set(["perl", "ruby", "node", "nodejs", "php", "lua", "luajit", "bun"]);
const INFO_ONLY = new Set(["--version", "-V", "--help", "-h", "-version", "-help"]);

/** sh/bash/zsh …: `-c STRING` and here-documents are parsed; a script file or a stream is opaque. */
export const shellHandler: Handler = (inv, scope) => {
  const words = inv.words;
  let command = false;
  let readsStdin = false;
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (!w.literal) {
      if (w.mayBeOption) return new Set(["mutating", "opaque"]);
      break;
    }
    const v = w.value;
    if (v === "--" || v === "-") {
      i++;
      break;
    }
    if (!/^[-+]/.test(v) || v.length < 2) break;
    if (INFO_ONLY.has(v) && words.length === 1) return new Set(READ_ONLY);
    if (SHELL_VALUE_OPTIONS.has(v)) {
      i++;
      continue;
    }
    if (v.startsWith("--")) continue;
    if (v.includes("c")) command = true;
    if (v.includes("s")) readsStdin = true;
    if (/[oO]$/.test(v)) i++;
  }
  const operand = words[i];
  if (command) {
    if (!operand) return new Set(["opaque"]);
    // The script reads the shell's standard input (bash -c 'sh' <<< CMDS runs CMDS).
    return scope.script(operand.value, operand.literal, inv, true);
  }
  if (operand && !readsStdin) return new Set(["mutating", "opaque"]); // a script file we cannot see
  if (inv.stdin.kind === "text") return scope.script(inv.stdin.text, inv.stdin.literal, inv);
  return new Set(["opaque"]); // commands arrive on a stream (curl … | sh)
};

/** python/perl/node/…: the program text is another language; only --version and --help are read-only. */
export const interpreterHandler: Handler = (inv, scope) => {
  if (inv.words.length === 1 && inv.words[0]!.literal && INFO_ONLY.has(inv.words[0]!.value)) return new Set(READ_ONLY);
  // -v prints the version for these (for python it is verbose mode).
  if (inv.words.length === 1 && inv.words[0]!.literal && inv.words[0]!.value === "-v" && V_IS_VERSION.has(inv.name)) return new Set(READ_ONLY);
  const [flag, module] = inv.words;
  if (inv.name.startsWith("python") && flag?.literal && flag.value === "-m" && module?.literal) {
    const rest = inv.words.slice(2);
    // python -m http.server serves the directory to the network.
    if (module.value === "http.server") return new Set([...inv.rule.categories, "network"]);
    // python -m pip is pip.
    if (module.value === "pip") return scope.command([{ value: "pip", literal: true, mayBeOption: false }, ...rest], inv);
    // python -m json.tool [IN] pretty-prints; a second operand is a file it writes.
    if (module.value === "json.tool" && !inv.appendedInput && rest.every((w) => w.literal)) {
      return new Set(rest.filter((w) => !w.value.startsWith("-")).length <= 1 && !rest.some((w) => w.value === "--indent") ? READ_ONLY : ["mutating"]);
    }
  }
  return new Set(inv.rule.categories);
};

/** Setting or unsetting a variable: one that changes what later commands run is opaque; one that keeps the shell's history, mutating (it hides what follows). */
export function variableEffect(name: string): CategorySet {
  if (DANGEROUS_ENV.test(name)) return new Set(["opaque"]);
  if (HISTORY_ENV.test(name)) return new Set(["mutating"]);
  return new Set();
}

/** shopt turning off histappend, or (with -o) history; a name or option only known when it runs may be either. */
function stopsHistory(words: Word[]): boolean {
  let unset = false;
  let setOptions = false;
  const names: Word[] = [];
  for (const w of words) {
    if (!w.literal) return true;
    if (/^-[a-zA-Z]+$/.test(w.value)) {
      if (w.value.includes("u")) unset = true;
      if (w.value.includes("o")) setOptions = true;
    } else names.push(w);
  }
  return unset && names.some((w) => w.value === "histappend" || (setOptions && w.value === "history"));
}

const READS_INTO_NAMES = new Set(["read", "mapfile", "readarray", "getopts"]);
const DECLARES = new Set(["declare", "typeset", "local"]);

/**
 * -v NAME and -R NAME (test, [, [[ ]]) evaluate NAME: an array subscript in it runs substitutions,
 * and a name known only when it runs could hold one.
 */
export function testEvaluatesCode(operator: string, name: Word): boolean {
  return /^-[vR]$/.test(operator) && (!name.literal || /\$\(|`/.test(name.value));
}

export const testHandler: Handler = (inv) => {
  const w = inv.words;
  for (let i = 0; i + 1 < w.length; i++) if (w[i]!.literal && testEvaluatesCode(w[i]!.value, w[i + 1]!)) return new Set(["opaque"]);
  return new Set(READ_ONLY);
};

/** eval joins its words into a script; alias values and trap actions are scripts too. */
export const evalHandler: Handler = (inv, scope) => {
  const out: CategorySet = new Set(inv.rule.categories);
  const words = inv.words.filter((w) => !(w.literal && /^-[a-zA-Z]+$/.test(w.value) && inv.name !== "eval"));
  if (inv.name === "eval") {
    // eval -- ARGS: "--" ends eval's (absent) options.
    if (words[0]?.literal && words[0].value === "--") words.shift();
    if (words.length > 0) addAll(out, scope.script(words.map((w) => w.value).join(" "), words.every((w) => w.literal), inv));
    return out;
  }
  if (inv.name === "alias") {
    for (const w of words) {
      const eq = w.value.indexOf("=");
      if (!w.literal) out.add("opaque");
      else if (eq > 0) addAll(out, scope.script(w.value.slice(eq + 1), true, inv));
    }
    return out;
  }
  // trap ACTION SIGNAL…: the action runs later, in this shell; "-" resets the signals and "" ignores them.
  if (words[0]?.literal && words[0].value === "--") words.shift();
  const action = words[0];
  if (action?.literal && (action.value === "-" || action.value.trim() === "")) return out;
  if (action && words.length > 1) addAll(out, scope.script(action.value, action.literal, inv));
  else if (action && !action.literal) out.add("opaque");
  return out;
};

/**
 * declare, printf -v, read, let, unset …: a name such as 'a[$(cmd)]' is evaluated as an array
 * subscript, which runs the substitution; NAME=value may set a variable that changes what runs.
 */
export const namesHandler: Handler = (inv) => {
  const out: CategorySet = new Set(READ_ONLY);
  for (const w of inv.words) {
    if (w.literal && /\$\(|`|\$\{[^}]*[@]P/.test(w.value) && inv.name !== "printf") out.add("opaque");
    if (w.literal && inv.name !== "printf" && w.value.includes("=")) addAll(out, variableEffect(w.value.replace(/\+?=.*$/s, "")));
  }
  if (inv.name === "unset") {
    // unset PATH makes bash look commands up in the working directory; a name only known when it runs could be PATH.
    for (const w of inv.words) {
      if (!w.literal) out.add("opaque");
      else if (!w.value.startsWith("-")) addAll(out, variableEffect(w.value));
    }
  }
  if (inv.name === "printf") {
    // printf -v NAME: NAME is evaluated; the format and arguments are only printed.
    const v = inv.words.findIndex((w) => w.literal && w.value === "-v");
    const name = v >= 0 ? inv.words[v + 1] : undefined;
    if (name && (!name.literal || /\$\(|`/.test(name.value) || DANGEROUS_ENV.test(name.value))) out.add("opaque");
  } else if (READS_INTO_NAMES.has(inv.name)) {
    // read PATH, mapfile PATH: the variable is set without NAME= in sight.
    if (inv.words.some((w) => w.literal && DANGEROUS_ENV.test(w.value))) out.add("opaque");
    // mapfile -C CALLBACK evaluates the callback as a command.
    if (inv.name !== "read" && inv.name !== "getopts" && inv.words.some((w) => !w.literal || /^-[a-zA-Z]*C/.test(w.value))) out.add("opaque");
  }
  // set +o history stops recording the commands that follow.
  if (inv.name === "set" && inv.words.some((w, i) => w.value === "+o" && inv.words[i + 1]?.value === "history")) out.add("mutating");
  // shopt -u histappend overwrites the history file instead of adding to it; shopt -u -o history is set +o history.
  if (inv.name === "shopt" && stopsHistory(inv.words)) out.add("mutating");
  // declare -n r=PATH: assigning r assigns the variable it names.
  if (DECLARES.has(inv.name) && inv.words.some((w) => !w.literal || /^-[a-zA-Z]*n/.test(w.value))) out.add("opaque");
  return out;
};
