// Splits a command's words into options and operands the way getopt-style programs read them,
// and matches the knowledge base's flag patterns against them.
import { LONG_OPTION_WITH_VALUE, PIPE_PATH, type Word } from "./words.js";

export interface ParsedOption {
  /** "-x" for a short option (each letter of a cluster), "--long" for a long one. */
  name: string;
  value?: Word;
}

export interface ScannedArgs {
  options: ParsedOption[];
  operands: Word[];
  /** Index in `words` of each operand. */
  operandIndex: number[];
  /** A word before "--" whose value is unknown and could be any option. */
  unknownOption: boolean;
  /** A literal "--" ended the options. */
  doubleDash: boolean;
}

export function scanArgs(words: readonly Word[], valueOptions: readonly string[] = [], stopAtFirstOperand = false): ScannedArgs {
  const out: ScannedArgs = { options: [], operands: [], operandIndex: [], unknownOption: false, doubleDash: false };
  let optionsEnded = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (optionsEnded || (!w.literal && !w.mayBeOption)) {
      pushOperand(out, w, i);
      if (stopAtFirstOperand) optionsEnded = true;
      continue;
    }
    // --since="$(date …)": the option is known, only its value is not.
    const option = !w.literal && w.unsplit && w.prefix ? LONG_OPTION_WITH_VALUE.exec(w.prefix) : null;
    if (option) {
      out.options.push({ name: option[0].slice(0, -1), value: { value: w.value, literal: false, mayBeOption: false, prefix: w.prefix!.slice(option[0].length) } });
      continue;
    }
    if (!w.literal) {
      out.unknownOption = true;
      pushOperand(out, w, i);
      if (stopAtFirstOperand) optionsEnded = true;
      continue;
    }
    const v = w.value;
    if (v === "--") {
      out.doubleDash = true;
      optionsEnded = true;
      continue;
    }
    if (v.startsWith("--")) {
      const eq = v.indexOf("=");
      const name = eq > 0 ? v.slice(0, eq) : v;
      if (eq > 0) out.options.push({ name, value: { value: v.slice(eq + 1), literal: true, mayBeOption: false } });
      else if (valueOptions.includes(name) && i + 1 < words.length) out.options.push({ name, value: words[++i]! });
      else out.options.push({ name });
      continue;
    }
    if (v.startsWith("-") && v.length > 1) {
      if (/^-\d+$/.test(v)) {
        out.options.push({ name: v });
        continue;
      }
      // Some programs spell long options with one dash (terraform -destroy, ifconfig -promisc); one
      // that takes a value takes the next word (openssl x509 -in FILE, ip -netns NAME).
      if (v.length > 2 && valueOptions.includes(v)) {
        if (i + 1 < words.length) out.options.push({ name: v, value: words[++i]! });
        else out.options.push({ name: v });
        continue;
      }
      if (v.length > 2) out.options.push({ name: v.includes("=") ? v.slice(0, v.indexOf("=")) : v });
      for (let j = 1; j < v.length; j++) {
        const name = "-" + v[j];
        if (valueOptions.includes(name)) {
          const rest = v.slice(j + 1);
          if (rest !== "") out.options.push({ name, value: { value: rest, literal: true, mayBeOption: false } });
          else if (i + 1 < words.length) out.options.push({ name, value: words[++i]! });
          else out.options.push({ name });
          break;
        }
        out.options.push({ name });
      }
      continue;
    }
    pushOperand(out, w, i);
    if (stopAtFirstOperand) optionsEnded = true;
  }
  return out;
}

function pushOperand(out: ScannedArgs, w: Word, i: number): void {
  out.operands.push(w);
  out.operandIndex.push(i);
}

/** Terminal and null devices: writing to them changes nothing. */
export const NULL_DEVICE = /^\/dev\/(null|zero|full|stdout|stderr|tty|fd\/[12]|pts\/\d+)$/;

/** Disks and the kernel's trigger file: writing them destroys data or the running system. */
const DEVICE = /^\/dev\/(sd|hd|vd|xvd|nvme|mmcblk|md|dm-|mapper\/|loop|disk\/|mem$|kmem$|port$)|^\/proc\/sysrq-trigger$/;

/**
 * Files that decide who may do what, or what runs with root's rights: writing them grants or takes
 * away rights (sudoers, the user and group databases, PAM and polkit rules, root's authorized
 * keys) or installs commands that run as root or in every login (the loader's preload list and
 * library paths, cron tables, systemd units, init scripts, udev rules, system-wide profiles), and
 * the directories that hold such files.
 */
export const PRIVILEGE_FILE =
  /^\/etc\/(sudoers|passwd|shadow|group|gshadow|subuid|subgid|ld\.so\.preload|ld\.so\.conf|doas\.conf|crontab|anacrontab|rc\.local|environment|profile|bash\.bashrc|(sudoers\.d|security|pam\.d|polkit-1|cron\.(d|hourly|daily|weekly|monthly)|systemd\/system|init\.d|profile\.d|udev\/rules\.d|ld\.so\.conf\.d)(\/.*)?)$|^\/root\/\.ssh(\/|\/authorized_keys2?)?$|^\/var\/spool\/cron(\/.*)?$|^\/(usr\/)?lib\/systemd\/system(\/.*)?$/;

const compiled = new Map<string, RegExp>();

/** The regular expression of a "~REGEX" pattern, compiled once. */
function patternRegExp(pattern: string, flags: string): RegExp {
  const key = flags + pattern;
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(pattern.slice(1), flags);
    compiled.set(key, re);
  }
  return re;
}

/** Whether a script text (sed's w, awk's print >) names a privilege file among its words. */
export function mentionsPrivilegeFile(text: string): boolean {
  return text.split(/[\s;"'{}()|>]+/).some((t) => PRIVILEGE_FILE.test(t));
}

/** Files and directories of PRIVILEGE_FILE, to judge a path known only by its start. */
const PRIVILEGE_PATHS = ["/etc/sudoers", "/etc/sudoers.d/", "/etc/passwd", "/etc/shadow", "/etc/group", "/etc/gshadow", "/etc/subuid",
  "/etc/subgid", "/etc/ld.so.preload", "/etc/ld.so.conf", "/etc/doas.conf", "/etc/security/", "/etc/pam.d/", "/etc/polkit-1/", "/root/.ssh/",
  "/etc/crontab", "/etc/cron.", "/etc/anacrontab", "/etc/rc.local", "/etc/environment", "/etc/profile", "/etc/bash.bashrc",
  "/etc/systemd/system/", "/etc/init.d/", "/etc/udev/rules.d/", "/var/spool/cron/", "/lib/systemd/system/", "/usr/lib/systemd/system/"];

/** Whether a word known only to start with `prefix` may turn out to be `value`, or (for a directory or a prefix pattern) to start with it. */
function mayStartWith(prefix: string, value: string, open: boolean): boolean {
  return value.startsWith(prefix) || (open && prefix.startsWith(value));
}

/** Whether an operand not known before it runs, starting with `prefix`, may match an operand pattern. */
function unknownOperandMatches(pattern: string, prefix: string): boolean {
  // A process substitution's pipe is no disk, no privilege file and no operand word.
  if (prefix === PIPE_PATH) return false;
  if (pattern === "@device") return mayStartWith(prefix, "/dev/", true) || mayStartWith(prefix, "/proc/sysrq-trigger", false);
  if (pattern === "@privilege-file") return PRIVILEGE_PATHS.some((p) => mayStartWith(prefix, p, p.endsWith("/")));
  if (pattern.startsWith("@")) return false;
  // A pattern that already matches the known start (of= against ^of=(?!/dev/null$)).
  if (pattern.startsWith("~")) return patternRegExp(pattern, "i").test(prefix);
  const open = pattern.endsWith("=") || pattern.endsWith("-") || pattern === "+" || pattern === ":";
  return mayStartWith(prefix, pattern, open);
}

/**
 * Whether a knowledge-base flag pattern is present; `values` restricts to options with that value.
 * With `orUnknown` (rules that add categories), an operand known only by its start (of="$DEV",
 * "+$BRANCH") matches an operand pattern it may turn out to match.
 */
export function flagPresent(pattern: string, args: ScannedArgs, values?: readonly string[], orUnknown = false): boolean {
  if (orUnknown && !pattern.startsWith("-") && pattern !== "*=" && args.operands.some((o) => !o.literal && unknownOperandMatches(pattern, o.prefix ?? ""))) return true;
  if (pattern === "--") return args.doubleDash;
  if (pattern === "*=") return args.operands.some((o) => !o.literal || o.value.includes("="));
  if (pattern === "@device") return args.operands.some((o) => o.literal && DEVICE.test(o.value));
  if (pattern === "@privilege-file") return args.operands.some((o) => o.literal && PRIVILEGE_FILE.test(o.value));
  // Every operand a null or terminal device (tee /dev/null): nothing is written.
  if (pattern === "@null-only") return args.operands.length > 0 && args.operands.every((o) => (o.literal && NULL_DEVICE.test(o.value)) || (!o.literal && o.prefix === PIPE_PATH));
  // "~REGEX": a literal operand matching it (case-insensitive).
  if (pattern.startsWith("~")) {
    const re = patternRegExp(pattern, "i");
    return args.operands.some((o) => o.literal && re.test(o.value));
  }
  // "--prefix-*": any long option starting with the prefix.
  if (pattern.startsWith("--") && pattern.endsWith("*")) return args.options.some((o) => o.name.startsWith(pattern.slice(0, -1)));
  if (!pattern.startsWith("-")) {
    const prefix = pattern.endsWith("=") || pattern.endsWith("-") || pattern === "+" || pattern === ":";
    return args.operands.some((o) => o.literal && (prefix ? o.value.startsWith(pattern) : o.value === pattern));
  }
  // A "~REGEX" value matches a value it tests true on, or (adding categories) one known only by a start it tests true on.
  const valueOk = (o: ParsedOption) => !values || (o.value !== undefined && values.some((v) => v.startsWith("~")
    ? (o.value!.literal || orUnknown) && patternRegExp(v, "").test(o.value!.literal ? o.value!.value : (o.value!.prefix ?? ""))
    : o.value!.literal && v === o.value!.value));
  if (pattern.startsWith("--")) {
    // GNU getopt accepts any unambiguous prefix of a long option; any prefix is treated as a match.
    return args.options.some((o) => o.name.startsWith("--") && o.name.length >= 4 && pattern.startsWith(o.name) && valueOk(o));
  }
  return args.options.some((o) => o.name === pattern && valueOk(o));
}
