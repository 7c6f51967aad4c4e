// tar (old-style option clusters, archive commands), chmod (set-id bits), kill (signal 0 only probes).
import { addAll, READ_ONLY, type CategorySet } from "../categories.js";
import { flagPresent, NULL_DEVICE, PRIVILEGE_FILE, scanArgs } from "../options.js";
import type { Handler } from "../scope.js";
import type { Word } from "../words.js";

const TAR_VALUE_OPTIONS = ["-f", "--file", "-C", "--directory", "-T", "--files-from", "-X", "--exclude-from", "-b", "-H",
  "--format", "-K", "-L", "-N", "-V", "-g", "--listed-incremental", "--owner", "--group", "--mode", "--transform", "--exclude"];
const TAR_RUNS = ["--to-command", "--checkpoint-action", "-I", "--use-compress-program", "--rsh-command", "--rmt-command",
  "-F", "--info-script", "--new-volume-script", "--index-file"];

export const tarHandler: Handler = (inv) => {
  let words: Word[] = inv.words;
  // `tar xzf a.tgz`: a first word without a dash is a cluster of short options.
  const first = words[0];
  if (first && first.literal && !first.value.startsWith("-")) words = [{ ...first, value: "-" + first.value }, ...words.slice(1)];
  const args = scanArgs(words, TAR_VALUE_OPTIONS);
  const has = (...flags: string[]) => flags.some((f) => flagPresent(f, args));
  const out: CategorySet = new Set();
  if (args.unknownOption || inv.appendedInput || has(...TAR_RUNS)) out.add("opaque");
  if (has("--delete", "--remove-files")) out.add("destructive");
  // -O extracts to standard output only.
  if (has("-x", "--extract", "--get") && !has("-O", "--to-stdout")) out.add("mutating");
  if (has("-c", "--create", "-r", "--append", "-u", "--update", "-A", "--catenate", "--concatenate")) {
    const file = args.options.find((o) => o.name === "-f" || o.name === "--file")?.value;
    if (!file || !file.literal || file.value !== "-") out.add("mutating");
  }
  const archive = args.options.find((o) => o.name === "-f" || o.name === "--file")?.value;
  // Writing an archive onto a disk or tape device overwrites what it held.
  if (out.has("mutating") && archive?.literal && archive.value.startsWith("/dev/") && !NULL_DEVICE.test(archive.value)) out.add("destructive");
  if (archive && archive.literal && /^[^/]*:/.test(archive.value) && !has("--force-local")) out.add("network");
  if (out.size === 0) addAll(out, READ_ONLY);
  return out;
};

/** chmod: mutating; adding set-user-ID or set-group-ID bits hands out privileges. */
export const chmodHandler: Handler = (inv) => {
  const out: CategorySet = new Set(["mutating"]);
  // A mode not known before it runs, or copied from another file, may carry the set-id bits.
  const mode = inv.words.find((w) => !(w.literal && /^(-[RvcfH]+|--(recursive|verbose|changes|silent|quiet|(no-)?preserve-root|dereference|no-dereference))$/.test(w.value)));
  if (mode && (!mode.literal || mode.value.startsWith("--reference"))) out.add("privileged");
  for (const w of inv.words) {
    if (!w.literal) continue;
    // Opening sudoers or shadow to others, or closing them, changes who may do what.
    if (PRIVILEGE_FILE.test(w.value)) out.add("privileged");
    if (w.value.split(",").some(addsSetId) || /^[0-7]*[2-7][0-7]{3}$/.test(w.value)) out.add("privileged");
  }
  return out;
};

/** One clause of a symbolic mode (u-w+s): any "+" or "=" action that carries s. */
function addsSetId(clause: string): boolean {
  const m = /^[ugoa]*((?:[-+=][rwxXstugo]*)+)$/.exec(clause);
  return m !== null && (m[1]!.match(/[-+=][rwxXstugo]*/g) ?? []).some((a) => a[0] !== "-" && a.includes("s"));
}

/** kill: terminating processes loses their state; -0 only checks, -l lists signals. */
export const killHandler: Handler = (inv) => {
  const words = inv.words;
  if (inv.appendedInput || words.some((w) => !w.literal && w.mayBeOption)) return new Set(["destructive", "opaque"]);
  const v = words.map((w) => w.value);
  if (v[0] === "-l" || v[0] === "-L" || v[0] === "--list" || v[0] === "--table") return new Set(READ_ONLY);
  if (v[0] === "-0" || ((v[0] === "-s" || v[0] === "-n") && v[1] === "0")) return new Set(READ_ONLY);
  return new Set(["destructive"]);
};
