// Looks programs up in the knowledge base, with a policy's own entries layered on top.
import { DEFAULT_PROGRAMS } from "./programs.js";
import type { ProgramRule } from "./rules.js";

export type { CommandRule, FlagRule, HandlerName, ProgramRule, WrapperSpec } from "./rules.js";

/** Directories whose programs are the system's own; `./ls` or `/tmp/ls` could be anything. */
const SYSTEM_DIRS = /^\/(usr\/(local\/)?)?s?bin\/[^/]+$|^\/usr\/lib(exec)?\/[^/]+\/?[^/]*$/;

/** Programs with members named FAMILY.KIND (mkfs.ext4, mount.nfs). */
const DOT_FAMILIES = new Set(["mkfs", "mount", "umount", "fsck", "mkswap"]);

export class KnowledgeBase {
  private readonly byName: Map<string, ProgramRule>;

  constructor(rules: readonly ProgramRule[], base?: KnowledgeBase) {
    this.byName = new Map(base?.byName);
    for (const rule of rules) {
      this.byName.set(rule.name, rule);
      for (const alias of rule.aliases ?? []) this.byName.set(alias, rule);
    }
  }

  /** The rule for a program word, or undefined when it is unknown (then: mutating + opaque). */
  lookup(program: string): ProgramRule | undefined {
    let name = program;
    if (name.includes("/")) {
      name = normalPath(name);
      if (!SYSTEM_DIRS.test(name)) return undefined;
      name = name.slice(name.lastIndexOf("/") + 1);
    }
    const exact = this.byName.get(name);
    if (exact) return exact;
    // mkfs.ext4 → mkfs, python3.11 → python, pip3 → pip. Only families whose members are named
    // this way: ls.sh or cat.py is a script of its own.
    const dot = name.indexOf(".");
    if (dot > 0 && DOT_FAMILIES.has(name.slice(0, dot))) {
      const family = this.byName.get(name.slice(0, dot));
      if (family) return family;
    }
    const unversioned = name.replace(/-?\d[\d.-]*$/, "");
    return unversioned !== name && unversioned !== "" ? this.byName.get(unversioned) : undefined;
  }
}

/**
 * An absolute path as the kernel resolves it: `//bin/rm`, `/bin/./rm` and the root seen through
 * /proc (`/proc/self/root/bin/rm`) name /bin/rm. ".." is kept unless `parents`: it goes up from
 * where a symbolic link points, so `/tmp/link/../bin/ls` need not be /tmp/bin/ls, let alone /bin/ls.
 * Relative paths stay as written.
 */
export function normalPath(path: string, parents = false): string {
  if (!path.startsWith("/")) return path;
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parents) parts.pop();
    else parts.push(part);
    // /proc/PID/root is that process's root directory: for the programs on it, "/".
    if (parts.length === 3 && parts[0] === "proc" && parts[2] === "root" && /^(self|thread-self|\d+)$/.test(parts[1]!)) parts.length = 0;
  }
  return "/" + parts.join("/");
}

export const DEFAULT_KNOWLEDGE = new KnowledgeBase(DEFAULT_PROGRAMS);

const extended = new WeakMap<readonly ProgramRule[], KnowledgeBase>();

/** The default table extended by a policy's declarations (cached per declaration list). */
export function knowledgeFor(programs?: readonly ProgramRule[]): KnowledgeBase {
  if (!programs || programs.length === 0) return DEFAULT_KNOWLEDGE;
  let kb = extended.get(programs);
  if (!kb) {
    kb = new KnowledgeBase(programs, DEFAULT_KNOWLEDGE);
    extended.set(programs, kb);
  }
  return kb;
}
