// The facts a policy sees for each command, the knowledge base a policy extends, and the CLI.
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../runtime/cli/policy/main.js";
import type { CliIO } from "../../runtime/cli/args.js";
import { analyzeShell, initShellAnalyzer, shellSqlAnalysisReady } from "../../runtime/shell/index.js";

beforeAll(async () => {
  await initShellAnalyzer();
});

describe("shell facts", () => {
  it("records each program after quote and escape removal, with its words, assignments and redirections", () => {
    const f = analyzeShell(`FOO='a b' r''m -rf "/tmp/x y" 2>/dev/null > out.txt`);
    expect(f.commands).toHaveLength(1);
    expect(f.commands[0]).toMatchObject({
      program: "rm", args: ["-rf", "/tmp/x y"], assignments: ["FOO='a b'"], via: [],
      redirects: [{ op: "2>", target: "/dev/null" }, { op: ">", target: "out.txt" }],
    });
    expect(f.commands[0]!.categories).toEqual(["mutating", "destructive"]);
  });

  it("lists commands inside wrappers, shells and substitutions with the programs they run through", () => {
    const f = analyzeShell(`sudo timeout 5 bash -c 'ls | wc -l' ; echo "$(id -u)"`);
    const seen = f.commands.map((c) => [c.program, c.via]);
    expect(seen).toEqual([
      ["sudo", []], ["timeout", ["sudo"]], ["bash", ["sudo", "timeout"]],
      ["ls", ["sudo", "timeout", "bash"]], ["wc", ["sudo", "timeout", "bash"]],
      ["echo", []], ["id", []],
    ]);
    expect(f.categories).toEqual(["privileged"]);
    expect(f.commands.find((c) => c.program === "ls")!.categories).toEqual(["read-only"]);
    expect(f.commands[0]!.categories).toEqual(["privileged"]);
  });

  it("gives a non-literal program name an empty program and opaque", () => {
    const f = analyzeShell("$X -rf /");
    expect(f.commands[0]!.program).toBe("");
    expect(f.categories).toContain("opaque");
  });

  it("lets a policy declare an in-house program, and only for that analysis", () => {
    expect(analyzeShell("deploy-status --env prod").readOnly).toBe(false);
    const programs = [{ name: "deploy-status", categories: ["read-only" as const] }, { name: "wipe-cache", categories: ["destructive" as const] }];
    expect(analyzeShell("deploy-status --env prod | grep ok", { programs }).readOnly).toBe(true);
    expect(analyzeShell("sudo wipe-cache", { programs }).categories).toEqual(["mutating", "destructive", "privileged"]);
    expect(analyzeShell("deploy-status --env prod").readOnly).toBe(false);
  });

  it("a declared program with flag rules and sub-commands", () => {
    const programs = [{
      name: "release", categories: ["read-only" as const],
      subcommands: { list: { categories: ["read-only" as const] }, promote: { categories: ["mutating" as const], flags: [{ flags: ["--force"], categories: ["destructive" as const] }] } },
      otherSubcommand: ["opaque" as const],
    }];
    expect(analyzeShell("release list", { programs }).categories).toEqual(["read-only"]);
    expect(analyzeShell("release promote v2", { programs }).categories).toEqual(["mutating"]);
    expect(analyzeShell("release promote --force v2", { programs }).categories).toEqual(["mutating", "destructive"]);
    expect(analyzeShell("release frob", { programs }).categories).toEqual(["opaque"]);
  });

  it("judges psql SQL with the SQL analyzer when it is available", () => {
    expect(shellSqlAnalysisReady()).toBe(true);
    expect(analyzeShell(`psql -c "select name from customers"`).readOnly).toBe(true);
    expect(analyzeShell(`psql -c "select pg_terminate_backend(42)"`).readOnly).toBe(false);
    expect(analyzeShell(`psql <<'EOF'\ndelete from accounts;\nEOF`).categories).toContain("mutating");
    expect(analyzeShell(`psql -c "selec oops"`).readOnly).toBe(false);
  });

  it("marks text that is not valid bash as a parse error, never read-only", () => {
    const f = analyzeShell("ls 'unterminated");
    expect(f.parseError).toBeDefined();
    expect(f.categories).toContain("opaque");
    expect(f.readOnly).toBe(false);
  });
});

function bufferIO(): CliIO & { stdout: string; stderr: string } {
  const io = { stdout: "", stderr: "", isTTY: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t), readStdin: async () => "" };
  return io;
}

describe("policy analyze shell", () => {
  it("prints categories, readOnly and commands as JSON", async () => {
    const io = bufferIO();
    expect(await main(["analyze", "shell", "--json", "ls; rm -rf /tmp/x"], io)).toBe(0);
    const out = JSON.parse(io.stdout);
    expect(out.categories).toEqual(["mutating", "destructive"]);
    expect(out.readOnly).toBe(false);
    expect(out.commands.map((c: { program: string }) => c.program)).toEqual(["ls", "rm"]);
  });

  it("prints a readable summary and exits 1 on a parse error", async () => {
    const io = bufferIO();
    expect(await main(["analyze", "shell", "echo 'oops"], io)).toBe(1);
    expect(io.stdout).toContain("categories: opaque");
    expect(io.stdout).toContain("parse error");
  });

  it("refuses an empty command with a usage error", async () => {
    const io = bufferIO();
    expect(await main(["analyze", "shell", "--json", "  "], io)).toBe(2);
  });
});
