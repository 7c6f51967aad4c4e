// Programs that reach other hosts: ssh (its remote command is a script too), rsync (network only
// with a remote side), socat (an EXEC/SYSTEM address runs a program).
import { addAll, type CategorySet } from "../categories.js";
import { flagPresent, scanArgs } from "../options.js";
import type { Handler } from "../scope.js";

const SSH_VALUE_OPTIONS = ["-b", "-B", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o", "-p", "-Q", "-R", "-S", "-W", "-w"];
/** ssh options that run a local command. */
const SSH_RUNS = /^(ProxyCommand|LocalCommand|PermitLocalCommand|KnownHostsCommand|Match|PKCS11Provider|SecurityKeyProvider)\b|^(ProxyCommand|LocalCommand|KnownHostsCommand|PKCS11Provider|SecurityKeyProvider)=/i;

export const sshHandler: Handler = (inv, scope) => {
  const out: CategorySet = new Set(["network"]);
  const words = inv.words;
  let noCommand = false;
  // Reads options from `from`; returns the index of the first word that is not one.
  const readOptions = (from: number): number => {
    let i = from;
    for (; i < words.length; i++) {
      const w = words[i]!;
      if (!w.literal) {
        if (w.mayBeOption) out.add("opaque");
        return i;
      }
      const v = w.value;
      if (v === "--") return i + 1;
      if (!v.startsWith("-") || v === "-") return i;
      for (let k = 1; k < v.length; k++) {
        const name = "-" + v[k];
        if (name === "-N") noCommand = true;
        if (!SSH_VALUE_OPTIONS.includes(name)) continue;
        const value = k + 1 < v.length ? v.slice(k + 1) : words[++i]?.value ?? "";
        // -I loads a PKCS#11 library.
        if ((name === "-o" && SSH_RUNS.test(value)) || name === "-F" || name === "-I") out.add("opaque");
        break;
      }
    }
    return i;
  };
  const i = readOptions(0);
  // Options may follow the host too (ssh HOST -p 22 CMD), and "--" ends them. words[i] is the host.
  const j = readOptions(i + 1);
  // Logging in as root acts with root's rights there.
  const host = words[i];
  const own = words.slice(0, j);
  const asRoot = own.some((w, k) => w.literal && (/^-lroot$|^(-o)?User[= ]root$/i.test(w.value) || (w.value === "root" && own[k - 1]?.value === "-l")));
  if ((host?.literal && /^(ssh:\/\/)?root@/.test(host.value)) || asRoot) out.add("privileged");
  const rest = words.slice(j);
  if (rest.length === 0) {
    if (noCommand) return out;
    // Without a command the remote shell reads its commands from standard input: a here-document
    // or here-string is that script; anything else is an interactive session.
    if (inv.stdin.kind === "text") addAll(out, scope.script(inv.stdin.text, inv.stdin.literal, inv));
    else out.add("opaque");
    return out;
  }
  // The remote side joins the words with spaces and hands them to the user's shell, with ssh's standard input.
  addAll(out, scope.script(rest.map((w) => w.value).join(" "), rest.every((w) => w.literal), inv, true));
  return out;
};

const RSYNC_VALUE_OPTIONS = ["-e", "--rsh", "--rsync-path", "-f", "--filter", "--exclude", "--include", "--exclude-from",
  "--include-from", "--files-from", "--log-file", "-T", "--temp-dir", "--partial-dir", "--backup-dir", "--suffix", "-B",
  "--block-size", "--bwlimit", "--timeout", "--port", "--password-file", "--chmod", "--chown", "--usermap", "--groupmap", "--compare-dest", "--link-dest", "--copy-dest"];

export const rsyncHandler: Handler = (inv, scope) => {
  const args = scanArgs(inv.words, RSYNC_VALUE_OPTIONS);
  const has = (...f: string[]) => f.some((p) => flagPresent(p, args));
  const out: CategorySet = new Set();
  if (args.unknownOption || inv.appendedInput || has("-e", "--rsh")) out.add("opaque");
  // --rsync-path is a command line the remote shell runs (sudo rsync, cd /x && rsync).
  for (const o of args.options) {
    if (!"--rsync-path".startsWith(o.name) || o.name.length < 4) continue;
    if (o.value) addAll(out, scope.script(o.value.value, o.value.literal, inv));
    else out.add("opaque");
  }
  if (args.operands.some((o) => !o.literal || /^[^/]*:/.test(o.value) || o.value.startsWith("rsync://"))) out.add("network");
  if (args.operands.some((o) => o.literal && /^(rsync:\/\/)?root@[^/]*:/.test(o.value))) out.add("privileged");
  // Giving files another owner, or a set-id bit (--chmod=u+s), hands out rights.
  for (const o of args.options) {
    if (["--chown", "--usermap", "--groupmap"].includes(o.name)) out.add("privileged");
    if (o.name === "--chmod" && (!o.value?.literal || /[+=][rwxXt]*s|[2-7][0-7]{3}/.test(o.value.value))) out.add("privileged");
  }
  if (has("-n", "--dry-run", "--list-only") || args.operands.length === 1) {
    if (out.size === 0) out.add("read-only");
    return out;
  }
  out.add("mutating");
  if (has("--delete", "--delete-before", "--delete-during", "--delete-delay", "--delete-after", "--delete-excluded",
    "--del", "--remove-source-files", "--remove-sent-files")) out.add("destructive");
  return out;
};

export const socatHandler: Handler = (inv, scope) => {
  const out: CategorySet = new Set(["network"]);
  for (const w of inv.words) {
    if (!w.literal) {
      out.add("opaque");
      continue;
    }
    const m = /^(exec|system):(.*)$/i.exec(w.value);
    if (!m) continue;
    out.add("opaque");
    const command = m[2]!.split(",")[0]!;
    addAll(out, scope.script(command, true, inv));
  }
  return out;
};
