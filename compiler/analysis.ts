// Rule-level analysis: conditions that are always true or always false, and rules that can never
// change a decision because a stronger rule always matches with them.
//
// A condition is read as a boolean formula over its leaves (comparisons, flags, quantifiers).
// Leaves that compare the same field with constants are tied together: an assignment of truth
// values is possible only if one value of the field satisfies all of them, which is tested on a
// small set of representative values (the constants, their neighbours, and one fresh value).
// Everything else is an independent unknown, so a reported problem is always real; some real
// problems (deep inside quantifiers, across different fields) go unreported.
import type * as A from "../dsl/ast.js";
import { diagnostic, type Diagnostic } from "../dsl/diagnostics.js";
import { expr as printExpr } from "../dsl/format.js";
import type { CheckedProgram, CheckedRule } from "./checker.js";
import type { Type } from "./types.js";

const MAX_LEAVES = 14;

interface Leaf { key: string; field?: string; op?: A.CompareOp; constant?: unknown; fixed?: boolean }

type Formula =
  | { k: "leaf"; index: number }
  | { k: "and" | "or"; a: Formula; b: Formula }
  | { k: "not"; a: Formula }
  | { k: "const"; value: boolean };

class FormulaBuilder {
  readonly leaves: Leaf[] = [];
  private readonly byKey = new Map<string, number>();
  readonly fieldTypes = new Map<string, Type>();

  constructor(private readonly program: CheckedProgram) {}

  build(e: A.Expr): Formula {
    switch (e.kind) {
      case "and":
      case "or": return { k: e.kind, a: this.build(e.left), b: this.build(e.right) };
      case "not": return { k: "not", a: this.build(e.expr) };
      case "bool": return { k: "const", value: e.value };
      default: return { k: "leaf", index: this.leaf(e) };
    }
  }

  private constantValue(e: A.Expr): { ok: true; value: unknown } | { ok: false } {
    switch (e.kind) {
      case "string": case "int": case "bool": return { ok: true, value: e.value };
      case "duration": return { ok: true, value: e.seconds };
      case "timeofday": return { ok: true, value: e.minutes };
      case "timestamp": return { ok: true, value: Date.parse(e.text) };
      case "list": {
        const items = e.items.map((i) => this.constantValue(i));
        return items.every((i) => i.ok) ? { ok: true, value: items.map((i) => (i as { value: unknown }).value) } : { ok: false };
      }
      case "path": {
        const ref = this.program.refs.get(e);
        if (ref?.k === "enum") return { ok: true, value: ref.value };
        return { ok: false };
      }
      default: return { ok: false };
    }
  }

  /** A field read that does not depend on a quantifier variable or a constant: its printed path. */
  private fieldKey(e: A.Expr): string | undefined {
    if (e.kind !== "path") return undefined;
    const ref = this.program.refs.get(e);
    if (ref?.k !== "root") return undefined;
    return printExpr(e);
  }

  private leaf(e: A.Expr): number {
    const key = printExpr(e);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const leaf: Leaf = { key };
    if (e.kind === "compare") {
      const l = this.constantValue(e.left), r = this.constantValue(e.right);
      const lf = this.fieldKey(e.left);
      if (l.ok && r.ok && ["==", "!="].includes(e.op)) leaf.fixed = (l.value === r.value) === (e.op === "==");
      else if (lf && r.ok && ["==", "!=", "<", "<=", ">", ">=", "in", "not in"].includes(e.op)) {
        leaf.field = lf;
        leaf.op = e.op;
        leaf.constant = r.value;
        const t = this.program.types.get(e.left);
        if (t) this.fieldTypes.set(lf, t);
      }
    }
    this.leaves.push(leaf);
    this.byKey.set(key, this.leaves.length - 1);
    return this.leaves.length - 1;
  }
}

function evalFormula(f: Formula, bits: number): boolean {
  switch (f.k) {
    case "leaf": return ((bits >> f.index) & 1) === 1;
    case "const": return f.value;
    case "not": return !evalFormula(f.a, bits);
    case "and": return evalFormula(f.a, bits) && evalFormula(f.b, bits);
    case "or": return evalFormula(f.a, bits) || evalFormula(f.b, bits);
  }
}

function holds(op: A.CompareOp, v: unknown, c: unknown): boolean {
  switch (op) {
    case "==": return v === c;
    case "!=": return v !== c;
    case "<": return (v as number) < (c as number);
    case "<=": return (v as number) <= (c as number);
    case ">": return (v as number) > (c as number);
    case ">=": return (v as number) >= (c as number);
    case "in": return Array.isArray(c) && c.includes(v);
    case "not in": return Array.isArray(c) && !c.includes(v);
    default: return false;
  }
}

const FRESH = Symbol("another value");

/** The assignments of truth values to leaves that some request could produce. */
function possibleAssignments(b: FormulaBuilder): number[] | undefined {
  const n = b.leaves.length;
  if (n > MAX_LEAVES) return undefined;
  const byField = new Map<string, number[]>();
  b.leaves.forEach((l, i) => {
    if (l.field) byField.set(l.field, [...(byField.get(l.field) ?? []), i]);
  });
  const candidates = new Map<string, unknown[]>();
  for (const [field, idx] of byField) {
    const t = b.fieldTypes.get(field);
    const consts = idx.flatMap((i) => (Array.isArray(b.leaves[i]!.constant) ? (b.leaves[i]!.constant as unknown[]) : [b.leaves[i]!.constant]));
    let values: unknown[];
    if (t?.k === "enum") values = [...t.values];
    else if (t?.k === "bool") values = [true, false];
    else if (consts.every((c) => typeof c === "number")) {
      const nums = consts as number[];
      values = [...nums, ...nums.map((x) => x - 0.5), ...nums.map((x) => x + 0.5)];
    } else values = [...consts, FRESH];
    candidates.set(field, values);
  }
  const out: number[] = [];
  for (let bits = 0; bits < 1 << n; bits++) {
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      const fixed = b.leaves[i]!.fixed;
      if (fixed !== undefined && fixed !== (((bits >> i) & 1) === 1)) ok = false;
    }
    for (const [field, idx] of byField) {
      if (!ok) break;
      ok = candidates.get(field)!.some((v) => idx.every((i) => holds(b.leaves[i]!.op!, v, b.leaves[i]!.constant) === (((bits >> i) & 1) === 1)));
    }
    if (ok) out.push(bits);
  }
  return out;
}

export function analyzeRules(program: CheckedProgram): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const rule of program.rules) {
    if (!rule.when) continue;
    const b = new FormulaBuilder(program);
    const f = b.build(rule.when);
    const worlds = possibleAssignments(b);
    if (!worlds) continue;
    const values = worlds.map((w) => evalFormula(f, w));
    if (values.every((v) => v)) {
      diags.push(diagnostic("HP401", `the condition of rule '${rule.decl.id.name}' is always true`, rule.when.span,
        rule.effect === "allow" ? "an unconditional allow lets every request through: write the condition you meant" : "drop the condition, or write the one you meant", "warning"));
    } else if (values.every((v) => !v)) {
      diags.push(diagnostic("HP402", `the condition of rule '${rule.decl.id.name}' is never true: the rule can never apply`, rule.when.span,
        "two parts of it contradict each other; check the values you compare with", "warning"));
    }
  }
  diags.push(...shadowed(program));
  return diags;
}

const STRENGTH = { allow: 0, review: 1, deny: 2 } as const;

/** allow under an always-matching review/deny, review under an always-matching deny. */
function shadowed(program: CheckedProgram): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const weak of program.rules) {
    if (weak.effect === "mask") continue;
    for (const strong of program.rules) {
      if (strong === weak || strong.effect === "mask" || STRENGTH[strong.effect] <= STRENGTH[weak.effect]) continue;
      if (!covers(strong, weak)) continue;
      if ([...strong.sections].some((s) => !weak.sections.has(s))) continue;
      if (!implies(program, weak.when, strong.when)) continue;
      diags.push(diagnostic("HP403", `rule '${weak.decl.id.name}' can never change a decision: whenever it matches, ${strong.effect} rule '${strong.decl.id.name}' matches too`,
        weak.decl.id.span, `${strong.decl.id.span.file}:${strong.decl.id.span.line}: narrow that rule, or remove this one`, "warning"));
      break;
    }
  }
  return diags;
}

function covers(strong: CheckedRule, weak: CheckedRule): boolean {
  if (strong.protocol !== undefined && strong.protocol !== weak.protocol) return false;
  if (strong.connections.length === 0) return true;
  if (weak.connections.length === 0) return false;
  return weak.connections.every((w) => strong.connections.some((s) =>
    s.kind === "name" ? w.kind === "name" && w.name === s.name
      : s.kind === "tag" ? w.kind === "tag" && w.key === s.key && w.value === s.value
      : s.pattern === "*" || (w.kind === "glob" && w.pattern === s.pattern)));
}

/** Whether `a` ⇒ `b` in every possible world (no condition means always true). */
function implies(program: CheckedProgram, a: A.Expr | undefined, b: A.Expr | undefined): boolean {
  if (!b) return true;
  if (!a) return false;
  const builder = new FormulaBuilder(program);
  const fa = builder.build(a);
  const fb = builder.build(b);
  const worlds = possibleAssignments(builder);
  if (!worlds) return false;
  return worlds.every((w) => !evalFormula(fa, w) || evalFormula(fb, w));
}
