// Every diagnostic code the checker and parser emit, each from a minimal policy that triggers it,
// with the position it must point at. A typo in a field gets its code, line:col and a hint.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compilePaths, compileSource, formatDiagnostic } from "../../compiler/index.js";
import type { Diagnostic } from "../../dsl/diagnostics.js";
import { REPO } from "./_fixtures.js";

const PATH = "d.hoop";
const diagnose = (text: string) => compileSource(text, PATH).diagnostics;

/** `text` with a `⟨` marking where the diagnostic must point; returns the text and that line:col. */
function marked(text: string): { text: string; line: number; col: number } {
  const at = text.indexOf("⟨");
  if (at < 0) throw new Error("no marker");
  const before = text.slice(0, at);
  return { text: text.replace("⟨", ""), line: before.split("\n").length, col: at - (before.lastIndexOf("\n") + 1) + 1 };
}

function expectAt(source: string, code: string, hint?: RegExp): Diagnostic {
  const m = marked(source);
  const diags = diagnose(m.text);
  const d = diags.find((x) => x.code === code);
  expect(d, `${code} in ${JSON.stringify(diags.map((x) => `${x.code}@${x.span.line}:${x.span.col} ${x.message}`))}`).toBeDefined();
  expect({ line: d!.span.line, col: d!.span.col }, d!.message).toEqual({ line: m.line, col: m.col });
  if (hint) expect(d!.hint ?? "").toMatch(hint);
  return d!;
}

describe("a typo in a field name", () => {
  const source = `namespace p

rule agents_read {
  allow when "agents" in principal.⟨gruops
}
`;
  it("is HP101 at the field, with a did-you-mean hint", () => {
    const d = expectAt(source, "HP101", /did you mean 'groups'/);
    expect(d.severity).toBe("error");
    expect(compileSource(marked(source).text, PATH).policy).toBeUndefined();
  });

  it("prints as file:line:col with the source line and a caret under the typo", () => {
    const text = marked(source).text;
    const d = diagnose(text).find((x) => x.code === "HP101")!;
    const out = formatDiagnostic(d, text);
    expect(out).toContain(`${PATH}:4:36: error[HP101]`);
    expect(out).toContain(`4 |   allow when "agents" in principal.gruops`);
    expect(out).toMatch(/\n {2}\| {36}\^{6}\n/);
    expect(out).toContain("hint: did you mean 'groups'?");
  });
});

const R = (body: string, head = "") => `namespace p\n${head}\nrule r {\n  ${body}\n}\n`;

// One minimal failing policy per code, with the place the diagnostic must point at (⟨).
const CASES: [code: string, source: string, hint?: RegExp][] = [
  ["HP001", R("allow when principal.kind == ⟨}"), undefined],
  ["HP001", "namespace p\nrule r {\n  allow when principal.kind ⟨= agent\n}\n", /==/],
  ["HP101", R("allow when principal.attributes.⟨departmnt == \"x\"", "attributes { department: string }"), /did you mean 'department'/],
  ["HP101", R("allow when time.⟨hours > 3"), /did you mean 'hour'/],
  ["HP102", R("allow when ⟨princpal.kind == agent"), /did you mean 'principal'/],
  ["HP102", R("allow when ⟨cont(principal.groups) > 1"), /did you mean 'count'/],
  ["HP102", R("when true\n  mask ⟨pi with redact", "columns pii = customers.ssn"), /did you mean 'pii'/],
  ["HP103", "namespace p\nrule r {\n  on ⟨postgre\n  allow\n}\n", /did you mean 'postgres'/],
  ["HP103", R("allow when principal.kind == ⟨agnet"), /did you mean 'agent'/],
  ["HP103", "namespace p\nprogram \"t\" is ⟨read-onyl\n", /did you mean 'read-only'/],
  ["HP104", "namespace p\nrule r {\n  allow\n}\nrule ⟨r {\n  deny\n}\n", /first defined at d.hoop:2:6/],
  ["HP105", "namespace p\nconst a = 1\nconst ⟨a = 2\nrule r {\n  allow when principal.attributes.n > a\n}\nattributes { n: int }\n", undefined],
  ["HP107", "namespace p\nconst ⟨unused = 1\nrule r {\n  allow\n}\n", /remove it/],
  ["HP201", R("allow when principal.attributes.n ⟨== \"x\"", "attributes { n: int }"), undefined],
  ["HP201", R("allow when principal.kind == agent and ⟨count(principal.groups)"), undefined],
  ["HP201", "namespace p\nattributes { n: ⟨float }\n", /attribute types/],
  ["HP202", R("allow when principal.groups ⟨== \"x\""), /contains, in, any or all/],
  ["HP202", R("allow when any g in ⟨principal.kind: true"), undefined],
  ["HP202", R("allow when principal.id ⟨< \"b\""), undefined],
  ["HP203", R("allow when principal.id matches ⟨\"(a)\\\\1\""), /linear time/],
  ["HP204", R("allow when session.sourceIp within ⟨300.0.0.0/8"), undefined],
  ["HP204", R("allow when session.sourceIp within [⟨\"10.0.0.0/99\"]"), undefined],
  ["HP205", "namespace p\nconst k = ⟨principal.kind\nrule r {\n  allow when k == agent\n}\n", /move the condition into a rule/],
  ["HP206", "namespace p\n⟨timezone \"Mars/Olympus_Mons\"\nrule r {\n  allow\n}\n", /IANA/],
  ["HP301", R("when true\n  mask detected ⟨ssnn with redact"), /did you mean 'ssn'/],
  ["HP302", R("when true\n  mask customers.ssn with ⟨redacted"), /did you mean 'redact'/],
  ["HP303", R("when true\n  mask ⟨\"a.b.c.d\" with redact"), /table.column/],
  ["HP304", R("review by \"ops\" quorum ⟨0 once"), /1 to 10/],
  ["HP305", "namespace p\nrule ⟨r {\n  when principal.kind == agent\n}\n", /allow, deny/],
  ["HP402", "namespace p\nrule r {\n  on ssh\n  deny when ⟨sql.readOnly\n}\n", /target/],
  ["HP501", "namespace p\nrule r {\n  allow\n}\ntest \"t\" {\n  given principal \"a\" kind agent\n  on db\n  sql \"SELECT 1\"\n  expect allow by ⟨rr\n}\n", /did you mean 'r'/],
  ["HP502", "namespace p\nrule r {\n  allow\n}\n⟨test \"t\" {\n  given principal \"a\" kind agent\n  on db\n  expect allow\n}\n", /add sql/],
];

describe("each diagnostic code from a minimal policy", () => {
  it.each(CASES)("%s: %j", (code, source, hint) => {
    expectAt(source, code, hint);
  });

  // Bug (compiler/checker.ts, run): a constant that HP105 refuses (named like a part of the
  // request, or like a column list) is never registered, yet run() then calls
  // constType(this.consts.get(key)!) on it and throws a TypeError out of compileSource instead of
  // reporting HP105. Fix: skip the item when consts.get(key) is undefined or is not this decl.
  it("HP105: a constant named like a part of the request or a column list", () => {
    expect(() => diagnose("namespace p\nconst sql = 1\n")).not.toThrow();
    expect(diagnose("namespace p\nconst sql = 1\n").map((d) => d.code)).toContain("HP105");
    expect(diagnose("namespace p\ncolumns a = t.c\nconst a = 1\n").map((d) => d.code)).toContain("HP105");
  });

  it("HP106: an import that cannot be read", () => {
    const dir = mkdtempSync(join(tmpdir(), "hoop-diag-"));
    try {
      writeFileSync(join(dir, "a.hoop"), 'namespace p\nimport "missing.hoop"\nrule r {\n  allow\n}\n');
      const r = compilePaths([dir]);
      const d = r.diagnostics.find((x) => x.code === "HP106");
      expect(d).toBeDefined();
      expect(d!.span.line).toBe(2);
      expect(d!.message).toContain("missing.hoop");
      expect(compilePaths([join(dir, "nope")]).diagnostics.map((x) => x.code)).toEqual(["HP106"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("HP401: a condition that is always true", () => {
    const d = diagnose(R("deny when sql.readOnly or not sql.readOnly")).find((x) => x.code === "HP401");
    expect(d?.severity).toBe("warning");
    expect(d?.span.line).toBe(4);
  });

  it("HP402: a condition that is never true", () => {
    const d = diagnose(R("deny when principal.kind == agent and principal.kind == human")).find((x) => x.code === "HP402");
    expect(d?.severity).toBe("warning");
    expect(d?.span.line).toBe(4);
  });

  it("HP403: a rule shadowed by a stronger one", () => {
    const text = "namespace p\nrule strong {\n  deny when principal.kind == agent\n}\nrule weak {\n  allow when principal.kind == agent and \"x\" in principal.groups\n}\n";
    const d = diagnose(text).find((x) => x.code === "HP403");
    expect(d?.severity).toBe("warning");
    expect({ line: d?.span.line, col: d?.span.col }).toEqual({ line: 5, col: 6 });
  });

  it("covers every code the parser and checker can emit", () => {
    const emitted = new Set<string>();
    const walk = (dir: string) => {
      for (const e of readdirSync(dir)) {
        const f = join(dir, e);
        if (statSync(f).isDirectory()) walk(f);
        else if (f.endsWith(".ts")) for (const m of readFileSync(f, "utf8").matchAll(/"(HP\d{3})"/g)) emitted.add(m[1]!);
      }
    };
    walk(join(REPO, "dsl"));
    walk(join(REPO, "compiler"));
    // HP000 is the parser's last resort for its own defects; the fuzz tests assert it never appears.
    const tested = new Set(["HP000", "HP106", "HP401", "HP402", "HP403", ...CASES.map((c) => c[0])]);
    expect([...emitted].filter((c) => !tested.has(c)).sort()).toEqual([]);
  });
});
