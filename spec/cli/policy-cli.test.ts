import { mkdtempSync, readFileSync, writeFileSync, cpSync, readdirSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../runtime/cli/policy/main.js";
import type { CliIO } from "../../runtime/cli/args.js";

function run(argv: string[], stdin = ""): Promise<{ code: number; out: string; err: string }> {
  const io: CliIO & { o: string; e: string } = {
    o: "",
    e: "",
    isTTY: false,
    out(t) { io.o += t; },
    err(t) { io.e += t; },
    readStdin: async () => stdin,
  };
  return main(argv, io).then((code) => ({ code, out: io.o, err: io.e }));
}

const examples = "policies-examples";
const tmp = () => mkdtempSync(join(tmpdir(), "policy-cli-"));

describe("policy check", () => {
  it("passes on the example policies", async () => {
    const r = await run(["check", examples]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/0 errors/);
  });

  it("fails on a typo with file:line:col, the source line, a caret and a hint", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.hoop"), 'on postgres\nrule r {\n  allow when "agents" in principal.gruops\n}\n');
    const r = await run(["check", dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("p.hoop:3:36: error[HP101]: unknown field 'gruops' of principal");
    expect(r.err).toContain("^^^^^^");
    expect(r.err).toContain("did you mean 'groups'?");
    const json = await run(["check", dir, "--json"]);
    const parsed = JSON.parse(json.out);
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics[0]).toMatchObject({ code: "HP101", line: 3, column: 36 });
  });

  it("diagnoses every truncation of every example file without crashing", async () => {
    const files = readdirSync(join(examples, "ffiec-payments"), { recursive: true })
      .map(String).filter((f) => f.endsWith(".hoop")).map((f) => join(examples, "ffiec-payments", f));
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      for (let cut = 1; cut < text.length; cut += Math.max(1, Math.floor(text.length / 23))) {
        const dir = tmp();
        writeFileSync(join(dir, "x.hoop"), text.slice(0, cut));
        const r = await run(["check", dir]);
        expect(r.code).toBeLessThanOrEqual(1);
        expect(r.err).not.toMatch(/TypeError|RangeError|ReferenceError|internal parser error/);
      }
    }
  });

  it("treats warnings as failures with --strict", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.hoop"), "const unused = 1\nrule r {\n  deny\n}\n");
    expect((await run(["check", dir])).code).toBe(0);
    const strict = await run(["check", dir, "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain("HP107");
  });
});

describe("policy test", () => {
  it("runs the examples and ends with the summary line", async () => {
    const r = await run(["test", examples]);
    expect(r.code, r.out).toBe(0);
    const last = r.out.trim().split("\n").pop()!;
    expect(last).toMatch(/^\d+ passed, 0 failed$/);
    expect(Number(last.split(" ")[0])).toBeGreaterThanOrEqual(40);
  });

  it("reports a failing expectation with what happened instead, exits 1 and writes JUnit", async () => {
    const dir = tmp();
    cpSync(join(examples, "ffiec-payments"), dir, { recursive: true });
    writeFileSync(join(dir, "tests", "wrong.hoop"), [
      "namespace payments",
      'test "deliberately wrong" {',
      '  given principal "agent-7" kind agent groups ["agents"]',
      "  on payments",
      '  sql "DELETE FROM transactions"',
      "  expect allow",
      "}",
      "",
    ].join("\n"));
    const junit = join(dir, "junit.xml");
    const r = await run(["test", dir, "--junit", junit]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("✗ deliberately wrong");
    expect(r.out).toContain("expected allow, got deny by payments.no_unbounded_writes");
    expect(r.out.trim().split("\n").pop()).toMatch(/^\d+ passed, 1 failed$/);
    const xml = readFileSync(junit, "utf8");
    expect(xml).toContain('<testcase classname=');
    expect(xml).toContain("<failure message=\"expected allow");
  });

  it("measures coverage and fails under --min-coverage, listing what is uncovered", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.hoop"), [
      "on postgres connection payments",
      'rule reads { allow when sql.readOnly }',
      'rule never_tested { deny when principal.kind == service }',
      'test "a read" {',
      '  given principal "a" kind agent',
      "  on payments",
      '  sql "SELECT 1"',
      "  expect allow by reads",
      "}",
      "",
    ].join("\n"));
    const r = await run(["test", dir, "--min-coverage", "90"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("uncovered rule never_tested");
    expect(r.out).toMatch(/uncovered branch sql\.readOnly \(never false\)/);
    const json = JSON.parse((await run(["test", dir, "--json", "--coverage"])).out);
    expect(json.coverage.rulePercent).toBe(50);
    expect(json.passed).toBe(1);
  });
});

describe("policy fmt", () => {
  it("the examples are formatted, and formatting keeps comments and is idempotent", async () => {
    expect((await run(["fmt", "--check", examples])).code).toBe(0);
    const dir = tmp();
    const messy = "# head\nnamespace  n\nrule   r   \"why\"{ deny   when principal.kind==agent   # trailing\n}\n";
    writeFileSync(join(dir, "p.hoop"), messy);
    expect((await run(["fmt", "--check", dir])).code).toBe(1);
    expect((await run(["fmt", dir])).code).toBe(0);
    const once = readFileSync(join(dir, "p.hoop"), "utf8");
    expect(once).toBe('# head\nnamespace n\n\nrule r "why" {\n  deny when principal.kind == agent  # trailing\n}\n');
    expect((await run(["fmt", "--check", dir])).code).toBe(0);
  });

  it("leaves a file that does not parse untouched", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.hoop"), "rule r { allow when (");
    expect((await run(["fmt", dir])).code).toBe(1);
    expect(readFileSync(join(dir, "p.hoop"), "utf8")).toBe("rule r { allow when (");
  });
});

describe("policy eval, explain and compile", () => {
  const request = JSON.stringify({
    principal: { id: "agent-7", kind: "agent", groups: ["agents"] },
    connection: { name: "payments" },
    sql: "SELECT id FROM customers WHERE ssn LIKE '8%'",
  });

  it("eval prints the decision for a request given on standard input", async () => {
    const r = await run(["eval", join(examples, "ffiec-payments"), "--request", "-"], request);
    expect(r.code, r.err).toBe(0);
    const d = JSON.parse(r.out);
    expect(d.effect).toBe("deny");
    expect(d.rules).toEqual(["payments.agents_no_pii_predicates"]);
  });

  it("explain names the rules that matched and the condition that failed for the others", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "req"));
    writeFileSync(join(dir, "req", "r.json"), request);
    const r = await run(["explain", join(examples, "ffiec-payments"), "--request", join(dir, "req", "r.json"), "--json"]);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    const byId = Object.fromEntries(j.rules.map((x: { rule: string }) => [x.rule, x]));
    expect(byId["payments.agents_no_pii_predicates"].status).toBe("matched");
    expect(byId["payments.no_unbounded_writes"].status).toBe("not-matched");
    expect(byId["payments.ops_staff_work"].failedCondition.text).toBe('"payments-ops" in principal.groups');
  });

  it("compile --emit js shows the generated decision function", async () => {
    const r = await run(["compile", join(examples, "ssh-ops"), "--emit", "js"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("return function decide(ctx)");
    expect(r.out).toContain("ops.agents_no_dangerous_commands");
  });

  it("exits 2 on usage errors", async () => {
    expect((await run(["eval", examples])).code).toBe(2);
    expect((await run(["compile", examples, "--emit", "wasm"])).code).toBe(2);
  });
});
