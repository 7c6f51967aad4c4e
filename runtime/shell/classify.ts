// The generic, data-driven reading of a knowledge-base rule: sub-commands, flag rules, operands,
// and commands wrapped inside the arguments.
import { addAll, UNKNOWN, type CategorySet } from "./categories.js";
import type { CommandRule, FlagRule, WrapperSpec } from "./knowledge/rules.js";
import { flagPresent, NULL_DEVICE, scanArgs, type ScannedArgs } from "./options.js";
import type { Invocation, Scope } from "./scope.js";
import type { Word } from "./words.js";

export function evaluateRule(rule: CommandRule, words: Word[], appendedInput: boolean, inv: Invocation, scope: Scope, inheritedValueOptions: readonly string[] = []): CategorySet {
  const valueOptions = rule.valueOptions ? [...inheritedValueOptions, ...rule.valueOptions] : inheritedValueOptions;
  if (rule.wrapper) return unwrap(rule, rule.wrapper, words, inv, scope, valueOptions);
  const args = scanArgs(words, valueOptions);
  const unknown = args.unknownOption || appendedInput;
  const out: CategorySet = new Set();
  if (rule.subcommands) {
    const at = (rule.subcommandAt ?? 1) - 1;
    const parentUnknown = subcommandUnknown(rule, words, args, at, valueOptions) ?? unknown;
    addAll(out, subcommand(rule, words, args, at, appendedInput, inv, scope, valueOptions));
    // An option we do not know right before the sub-command may take it as its value
    // (helm -n prod uninstall, npm --prefix DIR install): then the next operand is the sub-command.
    const ambiguous = at === 0 && args.operandIndex[0] !== undefined ? valueTakerBefore(words, args.operandIndex[0], valueOptions, rule.booleanOptions ?? []) : undefined;
    if (ambiguous) {
      const alt = scanArgs(words, [...valueOptions, ambiguous]);
      addAll(out, subcommand(rule, words, alt, at, appendedInput, inv, scope, valueOptions));
    }
    for (const f of rule.flags ?? []) if (f.mode !== "set" && (parentUnknown || matches(f, args))) addAll(out, f.categories);
    addAll(out, scripts(rule, args, inv, scope));
    return out;
  }
  addAll(out, plain(rule, args, unknown));
  addAll(out, scripts(rule, args, inv, scope));
  return out;
}

/**
 * Whether a word that could be any option stands where the program's own options are read, once
 * the sub-command is known: its options' values (git commit -m "$(…)") are not options. Undefined
 * when the sub-command is not one the rule knows.
 */
function subcommandUnknown(rule: CommandRule, words: Word[], args: ScannedArgs, at: number, valueOptions: readonly string[]): boolean | undefined {
  const word = args.operands[at];
  if (!word?.literal || !Object.hasOwn(rule.subcommands!, word.value)) return undefined;
  const child = rule.subcommands![word.value]!;
  const index = args.operandIndex[at]!;
  return scanArgs(words.slice(0, index), valueOptions).unknownOption
    || scanArgs(words.slice(index + 1), [...valueOptions, ...(child.valueOptions ?? [])]).unknownOption;
}

/** What the shell commands given as option values (git rebase --exec CMD) do. */
function scripts(rule: CommandRule, args: ScannedArgs, inv: Invocation, scope: Scope): CategorySet {
  const out: CategorySet = new Set();
  if (!rule.scriptOptions) return out;
  for (const o of args.options) {
    if (!rule.scriptOptions.includes(o.name)) continue;
    out.add("opaque");
    if (o.value) addAll(out, scope.script(o.value.value, o.value.literal, inv));
  }
  return out;
}

function plain(rule: CommandRule, args: ScannedArgs, unknown: boolean): CategorySet {
  const base = args.operands.length === 0 ? (rule.noOperands ?? rule.categories) : (rule.withOperands ?? rule.categories);
  const out = applyFlags(base, rule.flags ?? [], args, unknown);
  if (rule.outputOperand !== undefined && (args.operands.length >= rule.outputOperand || unknown)) out.add("mutating");
  return out;
}

function subcommand(rule: CommandRule, words: Word[], args: ScannedArgs, at: number, appendedInput: boolean, inv: Invocation, scope: Scope, valueOptions: readonly string[]): CategorySet {
  const word = args.operands[at];
  if (word === undefined) return new Set(at === 0 ? (rule.noOperands ?? rule.categories) : rule.categories);
  if (!word.literal) return new Set(UNKNOWN);
  const child = Object.hasOwn(rule.subcommands!, word.value) ? rule.subcommands![word.value] : undefined;
  if (!child) {
    if (rule.otherSubcommand !== undefined) return new Set(rule.otherSubcommand);
    // Without otherSubcommand, an operand that names no sub-command is an operand like any other (git config NAME).
    return plain(rule, args, args.unknownOption || appendedInput);
  }
  return evaluateRule(child, words.slice(args.operandIndex[at]! + 1), appendedInput, inv, scope, valueOptions);
}

/** The option written just before words[index] when it is not known to take no value (nor known to take one). */
function valueTaker(word: Word | undefined, valueOptions: readonly string[], booleanOptions: readonly string[]): string | undefined {
  if (!word || !word.literal) return undefined;
  const v = word.value;
  if (!v.startsWith("-") || v === "-" || v === "--" || /^-\d+$/.test(v)) return undefined;
  let name: string;
  if (v.startsWith("--")) {
    if (v.includes("=")) return undefined;
    name = v;
  } else {
    // In a cluster only the last letter can take the next word, and not after a letter that took the rest.
    for (let j = 1; j < v.length - 1; j++) if (valueOptions.includes("-" + v[j])) return undefined;
    name = "-" + v[v.length - 1];
  }
  return valueOptions.includes(name) || booleanOptions.includes(name) ? undefined : name;
}

function valueTakerBefore(words: Word[], index: number, valueOptions: readonly string[], booleanOptions: readonly string[]): string | undefined {
  return index > 0 ? valueTaker(words[index - 1], valueOptions, booleanOptions) : undefined;
}

/** Default categories, replaced by matching "set" rules, plus matching "add" rules; unknown words match all. */
export function applyFlags(base: readonly import("../../compiler/context/types.js").ShellCategory[], flags: readonly FlagRule[], args: ScannedArgs, unknown: boolean): CategorySet {
  const out: CategorySet = new Set();
  let replaced = false;
  for (const f of flags) {
    if (f.mode === "set" && matches(f, args)) {
      replaced = true;
      addAll(out, f.categories);
    }
  }
  if (!replaced || unknown) addAll(out, base);
  for (const f of flags) if (f.mode !== "set" && (unknown || matches(f, args))) addAll(out, f.categories);
  return out;
}

function matches(f: FlagRule, args: ScannedArgs): boolean {
  if (f.minOperands !== undefined && args.operands.length < f.minOperands) return false;
  return f.flags.some((p) => flagPresent(p, args, f.values, f.mode !== "set"));
}

/** A wrapper's own categories plus those of the command it runs. */
function unwrap(rule: CommandRule, spec: WrapperSpec, words: Word[], inv: Invocation, scope: Scope, valueOptions: readonly string[]): CategorySet {
  const out: CategorySet = new Set(rule.categories);
  const specValueOptions = [...valueOptions, ...(spec.valueOptions ?? []), ...(spec.commandStringOptions ?? [])];
  let i = 0;
  let sawQuery = false;
  let commandStrings = 0;
  let skip = spec.skipOperands ?? 0;
  if (spec.afterDoubleDash) {
    const dd = words.findIndex((w) => w.literal && w.value === "--");
    const before = dd < 0 ? words : words.slice(0, dd);
    const args = scanArgs(before, specValueOptions);
    addAll(out, applyFlags([], rule.flags ?? [], args, args.unknownOption));
    if (dd < 0) {
      addAll(out, spec.bare ?? []);
      return out;
    }
    addAll(out, scope.command(words.slice(dd + 1), inv));
    return out;
  }
  // Options come first; the first operand (after any fixed ones) starts the command. Some wrappers
  // also take options after their fixed operands (flock FILE -c CMD, su USER -c CMD).
  const readOptions = () => {
    for (; i < words.length; i++) {
      const w = words[i]!;
      if (!w.literal) {
        if (w.mayBeOption) out.add("opaque");
        return;
      }
      const v = w.value;
      if (v === "--") {
        i++;
        return;
      }
      if (v === "-" && spec.dashIsOption) continue;
      if (!v.startsWith("-") || v === "-") return;
      const long = v.startsWith("--");
      const eq = v.indexOf("=");
      const names = long ? [eq > 0 ? v.slice(0, eq) : v] : [...v.slice(1)].map((c) => "-" + c);
      for (let j = 0; j < names.length; j++) {
        const name = names[j]!;
        if (spec.queryOptions?.includes(name)) sawQuery = true;
        if (spec.noSkipWith?.includes(name)) skip = 0;
        if (spec.attachedValueOptions?.includes(name)) {
          if (!long && j + 1 < names.length) break;
          continue;
        }
        const isString = spec.commandStringOptions?.includes(name) ?? false;
        if (!specValueOptions.includes(name)) continue;
        // The option's value: after "=", the rest of a short cluster, or the next word.
        let value: Word | undefined;
        if (long && eq > 0) value = { value: v.slice(eq + 1), literal: true, mayBeOption: false };
        else if (!long && j + 1 < names.length) value = { value: v.slice(j + 2), literal: true, mayBeOption: false };
        else value = words[++i];
        if (isString && value) {
          commandStrings++;
          addAll(out, scope.script(value.value, value.literal, inv));
        }
        break;
      }
    }
  };
  readOptions();
  const optionsEnd = i;
  if (spec.skipAssignments) while (i < words.length && words[i]!.literal && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!.value)) {
    if (DANGEROUS_ENV.test(words[i]!.value.split("=")[0]!) && !SYSTEM_PATH.test(words[i]!.value)) out.add("opaque");
    i++;
  }
  let optionWords = words.slice(0, optionsEnd);
  if (skip > 0) {
    i += skip;
    const from = i;
    readOptions();
    // Options after the fixed operands (su USER -s SHELL -c CMD) count too.
    optionWords = [...optionWords, ...words.slice(from, i)];
  }
  if (rule.flags) addAll(out, applyFlags([], rule.flags, scanArgs(optionWords, specValueOptions), false));
  let rest = words.slice(i);
  if (sawQuery) {
    // `command -v NAME`, `sudo -l CMD`: names a command without running it; `ionice -c3 -p PID`
    // changes the process it names.
    if (spec.queryChanges && queryChanges(spec.queryChanges, words)) out.add("mutating");
    return out;
  }
  if (spec.outputAfterCommandString && commandStrings > 0) {
    // Without a file it writes ./typescript.
    if (rest.length === 0) out.add("mutating");
    for (const w of rest) if (!(w.literal && NULL_DEVICE.test(w.value))) out.add("mutating");
    return out;
  }
  if (rest.length === 0 && spec.defaultCommand) rest = spec.defaultCommand.map((value) => ({ value, literal: true, mayBeOption: false }));
  if (rest.length === 0) {
    if (commandStrings === 0) addAll(out, spec.bare ?? []);
    return out;
  }
  if (spec.joinsWords) {
    const literal = rest.every((w) => w.literal);
    addAll(out, scope.script(rest.map((w) => w.value).join(" "), literal, inv));
    return out;
  }
  addAll(out, scope.command(rest, inv, { appendedInput: inv.appendedInput || (spec.appendsInput ?? false) }));
  return out;
}

/** Whether a wrapper's query form (`-p PID`) is given what it sets on that process. */
function queryChanges(rule: NonNullable<WrapperSpec["queryChanges"]>, words: Word[]): boolean {
  let operands = 0;
  for (const w of words) {
    if (!w.literal) return true;
    const v = w.value;
    if (!v.startsWith("-") || v === "-" || /^-\d+$/.test(v)) {
      operands++;
      continue;
    }
    for (const name of optionNames(v)) {
      if (!rule.options?.includes(name.name)) continue;
      if (!rule.attached || name.attached) return true;
    }
  }
  return rule.minOperands !== undefined && operands >= rule.minOperands;
}

/** The options a word spells: a long option (with whether "=VALUE" follows) or each letter of a cluster (with whether more text follows). */
function optionNames(v: string): { name: string; attached: boolean }[] {
  if (v.startsWith("--")) {
    const eq = v.indexOf("=");
    return [{ name: eq > 0 ? v.slice(0, eq) : v, attached: eq > 0 }];
  }
  return [...v.slice(1)].map((c, j) => ({ name: "-" + c, attached: j + 2 < v.length }));
}

/** PATH set to system directories only (env -i PATH=/usr/bin:/bin CMD): the programs run are the system's own. */
export const SYSTEM_PATH = /^PATH=\/(usr\/(local\/)?)?s?bin\/?(:\/(usr\/(local\/)?)?s?bin\/?)*$/;

/** Variables that decide what bash keeps in its history: emptying them hides the commands that follow. */
export const HISTORY_ENV = /^(HISTFILE|HISTSIZE|HISTFILESIZE|HISTCONTROL|HISTIGNORE)$/;

/**
 * Environment variables that change which program runs or what it runs on its own:
 * the loader, the shell's start-up files, pagers and editors programs spawn, interpreters' options,
 * configuration locations that can name programs (git's, docker's credential helpers, AWS's
 * credential_process, npm's script shell).
 */

export const DANGEROUS_ENV =
  /^(PATH|LD_[A-Z_]+|DYLD_[A-Z_]+|BASH_ENV|ENV|PROMPT_COMMAND|PS[0-4]|IFS|SHELLOPTS|BASHOPTS|BASH_FUNC_.*|CDPATH|GLOBIGNORE|PAGER|MANPAGER|SYSTEMD_PAGER|GIT_[A-Z_]+|EDITOR|VISUAL|SUDO_EDITOR|SSH_ASKPASS|SUDO_ASKPASS|PYTHON[A-Z_]*|PERL5?[A-Z_]*|NODE_OPTIONS|NODE_PATH|RUBYOPT|RUBYLIB|LESSOPEN|LESSCLOSE|LESSKEY|TAR_OPTIONS|GREP_OPTIONS|XARGS_[A-Z]*|KUBECONFIG|KUBECTL_EXTERNAL_DIFF|PGSERVICEFILE|PSQLRC|BROWSER|TERMINAL|SHELL|HOME|TMPDIR|JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|MAVEN_OPTS|OPENSSL_CONF|CURL_HOME|WGETRC|http_proxy|https_proxy|HTTP_PROXY|HTTPS_PROXY|ALL_PROXY|LESS|MANOPT|PSQL_PAGER|PSQL_EDITOR|BAT_PAGER|DELTA_PAGER|KUBE_EDITOR|SYSTEMD_EDITOR|SYSTEMD_LESS|DOCKER_CONFIG|AWS_CONFIG_FILE|XDG_CONFIG_HOME|ZDOTDIR|GCONV_PATH|RUSTC_WRAPPER|npm_config_[A-Za-z_]+|NPM_CONFIG_[A-Z_]+)$/;
