// Runs the tests written in .hoop files against the compiled policy, and measures rule and
// branch coverage with the reference interpreter.
import type * as A from "../../dsl/ast.js";
import type { CompiledPolicy } from "../../compiler/index.js";
import type { Decision, RequestContext } from "../../compiler/context/types.js";
import { parseColumnSelector } from "../../compiler/selectors.js";
import { contextFromTest } from "./request.js";

export interface TestResult {
  name: string;
  file: string;
  line: number;
  col: number;
  passed: boolean;
  failures: string[];
  decision?: Decision;
  durationMs: number;
}

export interface Coverage {
  rules: { id: string; covered: boolean; file: string; line: number }[];
  branches: { file: string; line: number; col: number; text: string; seenTrue: boolean; seenFalse: boolean }[];
  rulePercent: number;
  branchPercent: number;
}

export interface RunOptions { coverage?: boolean; filter?: string }

export async function runPolicyTests(policy: CompiledPolicy, opts: RunOptions = {}): Promise<{ results: TestResult[]; coverage?: Coverage }> {
  const results: TestResult[] = [];
  const ruleHits = new Set<string>();
  const atoms = new Map<A.Expr, { t: boolean; f: boolean }>();
  for (const t of policy.program.tests) {
    if (opts.filter && !t.decl.name.includes(opts.filter)) continue;
    const started = performance.now();
    const base = { name: t.decl.name, file: t.decl.span.file, line: t.decl.span.line, col: t.decl.span.col };
    let ctx: RequestContext;
    try {
      ctx = await contextFromTest(t.decl, policy);
    } catch (e) {
      results.push({ ...base, passed: false, failures: [`could not build the request: ${(e as Error).message}`], durationMs: performance.now() - started });
      continue;
    }
    const decision = policy.decide(ctx);
    if (opts.coverage) {
      for (const rule of policy.checkedRules) {
        const o = policy.interpreter.evaluateRule(rule, ctx, {
          atom: (e, v) => {
            const a = atoms.get(e) ?? { t: false, f: false };
            if (v) a.t = true;
            else a.f = true;
            atoms.set(e, a);
          },
        });
        if (o.status === "matched" || o.status === "error") ruleHits.add(rule.id);
      }
    }
    const failures = checkExpectations(t.decl, t.ns, decision);
    results.push({ ...base, passed: failures.length === 0, failures, decision, durationMs: performance.now() - started });
  }
  if (!opts.coverage) return { results };
  const rules = policy.checkedRules.map((r) => ({ id: r.id, covered: ruleHits.has(r.id), file: r.decl.span.file, line: r.decl.span.line }));
  const branches: Coverage["branches"] = [];
  for (const rule of policy.checkedRules) {
    if (!rule.when) continue;
    for (const leaf of leaves(rule.when)) {
      const seen = atoms.get(leaf) ?? { t: false, f: false };
      const src = policy.program.files.find((f) => f.path === leaf.span.file)?.source ?? "";
      branches.push({ file: leaf.span.file, line: leaf.span.line, col: leaf.span.col, text: src.slice(leaf.span.start, leaf.span.end), seenTrue: seen.t, seenFalse: seen.f });
    }
  }
  const pct = (n: number, d: number) => (d === 0 ? 100 : Math.round((1000 * n) / d) / 10);
  return {
    results,
    coverage: {
      rules,
      branches,
      rulePercent: pct(rules.filter((r) => r.covered).length, rules.length),
      branchPercent: pct(branches.reduce((s, b) => s + (b.seenTrue ? 1 : 0) + (b.seenFalse ? 1 : 0), 0), branches.length * 2),
    },
  };
}

/** The conditions whose two outcomes count as branches: everything but and/or/not. */
function leaves(e: A.Expr): A.Expr[] {
  switch (e.kind) {
    case "and":
    case "or": return [...leaves(e.left), ...leaves(e.right)];
    case "not": return leaves(e.expr);
    default: return [e];
  }
}

function qualify(ns: string, id: string, known: Set<string>): string {
  return known.has(id) ? id : ns ? `${ns}.${id}` : id;
}

export function checkExpectations(test: A.TestDecl, ns: string, d: Decision): string[] {
  const failures: string[] = [];
  const got = `${d.effect}${d.rules.length ? ` by ${d.rules.join(", ")}` : ""} (${d.reason})`;
  for (const e of test.expects) {
    switch (e.kind) {
      case "effect": {
        if (d.effect !== e.effect.name) {
          failures.push(`expected ${e.effect.name}${e.rules.length ? ` by ${e.rules.map((r) => r.name).join(", ")}` : ""}, got ${got}`);
          break;
        }
        if (e.rules.length) {
          const known = new Set(d.rules);
          const want = e.rules.map((r) => qualify(ns, r.name, known)).sort();
          const have = [...d.rules].sort();
          if (want.join(",") !== have.join(",")) failures.push(`expected ${e.effect.name} by ${want.join(", ")}, got ${got}`);
        }
        break;
      }
      case "mask": {
        const method = e.method.name;
        const found = d.masks.some((m) => {
          if (m.method !== method) return false;
          if (e.target.kind === "detected") return "infoType" in m && m.infoType === e.target.infoType.name;
          if (!("column" in m)) return false;
          return sameSelector(m.column, e.target.kind === "selector" ? e.target.text : e.target.name);
        });
        if (!found) {
          const what = e.target.kind === "detected" ? `detected ${e.target.infoType.name}` : e.target.kind === "selector" ? e.target.text : e.target.name;
          const masks = d.masks.map((m) => `${"column" in m ? m.column : `detected ${m.infoType}`} with ${m.method}`).join(", ") || "none";
          failures.push(`expected mask ${what} with ${method}; masks were: ${masks}`);
        }
        break;
      }
      case "no-masks":
        if (d.masks.length) failures.push(`expected no masks, got ${d.masks.length}`);
        break;
      case "review": {
        const r = d.review;
        if (d.effect !== "review" || !r) {
          failures.push(`expected review, got ${got}`);
          break;
        }
        const want = [...e.approvers].sort().join(",");
        if ([...r.approvers].sort().join(",") !== want) failures.push(`expected approvers ${want}, got ${r.approvers.join(",")}`);
        if (e.quorum !== undefined && r.minApprovals !== e.quorum) failures.push(`expected quorum ${e.quorum}, got ${r.minApprovals}`);
        if (e.once && r.scope !== "once") failures.push(`expected a one-time approval, got a window of ${r.windowSeconds}s`);
        if (e.window && (r.scope !== "window" || r.windowSeconds !== e.window.seconds)) failures.push(`expected an approval window of ${e.window.text}, got ${r.scope === "window" ? `${r.windowSeconds}s` : "once"}`);
        if (e.mode && r.mode !== e.mode) failures.push(`expected mode ${e.mode}, got ${r.mode}`);
        break;
      }
      case "reason":
        if (!d.reason.includes(e.contains)) failures.push(`expected the reason to contain ${JSON.stringify(e.contains)}, got ${JSON.stringify(d.reason)}`);
        break;
    }
  }
  return failures;
}

function sameSelector(a: string, b: string): boolean {
  const x = parseColumnSelector(a), y = parseColumnSelector(b);
  if ("error" in x || "error" in y) return a === b;
  return x.schema === y.schema && x.table === y.table && x.column === y.column;
}
