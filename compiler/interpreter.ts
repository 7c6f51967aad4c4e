// The reference interpreter: evaluates the checked syntax tree directly. It is the oracle the
// compiled functions are property-tested against, and it drives `explain` and coverage, which
// need to see every condition. The gateway never uses it to decide.
import type * as A from "../dsl/ast.js";
import { SECTION_PROTOCOL, type CheckedProgram, type CheckedRule, type Ref } from "./checker.js";
import type { Decision, RequestContext } from "./context/types.js";
import { buildDecision, targetMatches, type RuleMeta } from "./decision.js";
import * as rt from "./eval-lib.js";
import { compileRegex, type CompiledRegex } from "./regex.js";
import { parseCidr } from "./cidr.js";

export interface Trace {
  /** Called with each comparison or boolean leaf and what it evaluated to. */
  atom?(e: A.Expr, value: boolean): void;
}

export type RuleOutcome = { rule: CheckedRule; status: "matched" | "not-matched" | "not-applicable" | "off-target" | "error"; failed?: A.Expr; error?: string };

export class Interpreter {
  private readonly regexCache = new Map<string, CompiledRegex>();
  readonly metas: RuleMeta[];

  constructor(private readonly program: CheckedProgram, private readonly rules: CheckedRule[], metas: RuleMeta[]) {
    this.metas = metas;
  }

  decide(ctx: RequestContext, trace?: Trace): Decision {
    const matched: number[] = [];
    let errors: { rule: string; message: string }[] | null = null;
    this.rules.forEach((rule, i) => {
      const o = this.evaluateRule(rule, ctx, trace);
      if (o.status === "matched") matched.push(i);
      else if (o.status === "error") {
        (errors ??= []).push({ rule: rule.id, message: o.error! });
        if (rule.effect !== "allow") matched.push(i);
      }
    });
    return buildDecision(this.metas, matched, errors);
  }

  evaluateRule(rule: CheckedRule, ctx: RequestContext, trace?: Trace): RuleOutcome {
    if (!targetMatches(rule, ctx.connection)) return { rule, status: "off-target" };
    if (!rule.when) return { rule, status: "matched" };
    let failed: A.Expr | undefined;
    const t: Trace = trace ?? {};
    try {
      const v = this.bool(rule.when, this.eval(rule.when, ctx, new Map(), t, (e) => (failed ??= e)), t);
      return v ? { rule, status: "matched" } : { rule, status: "not-matched", failed };
    } catch (e) {
      if (e === rt.NOT_APPLICABLE) return { rule, status: "not-applicable" };
      return { rule, status: "error", error: e instanceof Error ? e.message : String(e) };
    }
  }

  private bool(e: A.Expr, v: unknown, trace: Trace): boolean {
    if (typeof v !== "boolean") throw new rt.ContextError("a condition did not give true or false");
    trace.atom?.(e, v);
    return v;
  }

  /** `onFalse` learns the first leaf that made a conjunction fail, for `explain`. */
  eval(e: A.Expr, ctx: RequestContext, vars: Map<string, unknown>, trace: Trace, onFalse?: (e: A.Expr) => void): unknown {
    switch (e.kind) {
      case "bool":
      case "int":
        return e.value;
      case "string":
        return e.value;
      case "duration":
        return e.seconds;
      case "timeofday":
        return e.minutes;
      case "timestamp":
        return rt.timestamp(e.text);
      case "cidr":
        return parseCidr(e.text);
      case "list":
        return e.items.map((i) => this.eval(i, ctx, vars, trace));
      case "and": {
        const l = this.bool(e.left, this.eval(e.left, ctx, vars, trace, onFalse), trace);
        if (!l) return false;
        return this.bool(e.right, this.eval(e.right, ctx, vars, trace, onFalse), trace);
      }
      case "or": {
        const l = this.bool(e.left, this.eval(e.left, ctx, vars, trace), trace);
        if (l) return true;
        const r = this.bool(e.right, this.eval(e.right, ctx, vars, trace), trace);
        if (!r) onFalse?.(e);
        return r;
      }
      case "not": {
        const v = this.bool(e.expr, this.eval(e.expr, ctx, vars, trace), trace);
        if (v) onFalse?.(e);
        return !v;
      }
      case "has": {
        try {
          this.eval(e.path, ctx, vars, trace);
          return true;
        } catch (err) {
          if (err === rt.NOT_APPLICABLE) {
            onFalse?.(e);
            return false;
          }
          throw err;
        }
      }
      case "quantifier": {
        const items = rt.list(this.eval(e.list, ctx, vars, trace));
        const inner = new Map(vars);
        for (const item of items) {
          inner.set(e.variable.name, item);
          const v = this.bool(e.body, this.eval(e.body, ctx, inner, trace), trace);
          if (e.quantifier === "any" && v) return true;
          if (e.quantifier === "all" && !v) {
            onFalse?.(e);
            return false;
          }
        }
        if (e.quantifier === "any") onFalse?.(e);
        return e.quantifier === "all";
      }
      case "call": {
        const arg = this.eval(e.args[0]!, ctx, vars, trace);
        switch (e.name.name) {
          case "count": return rt.count(arg);
          case "lower": return rt.text(arg).toLowerCase();
          case "upper": return rt.text(arg).toUpperCase();
          case "since": return (rt.timestamp(ctx.time) - rt.num(arg)) / 1000;
        }
        throw new rt.ContextError(`unknown function ${e.name.name}`);
      }
      case "path":
        return this.path(e, this.program.refs.get(e)!, ctx, vars, trace);
      case "compare": {
        const v = this.compare(e, ctx, vars, trace);
        if (!v) onFalse?.(e);
        return v;
      }
      case "error":
        throw new rt.ContextError("the policy has an error here");
    }
  }

  private path(e: A.Expr, ref: Ref, ctx: RequestContext, vars: Map<string, unknown>, trace: Trace): unknown {
    let v: unknown;
    switch (ref.k) {
      case "enum": return ref.value;
      case "columns": return this.program.columns.get(ref.key)!.selectors;
      case "const": v = this.eval(this.program.consts.get(ref.key)!.decl.value, ctx, vars, trace); break;
      case "var": v = vars.get(ref.name); break;
      case "root": v = ref.name === "time" ? ctx.time : rt.field(ctx, ref.name, ref.name in SECTION_PROTOCOL); break;
    }
    for (const step of ref.steps) {
      if (step.via === "timestamp") {
        v = rt.timestampMember(rt.timestamp(v), step.name, step.zone);
      } else {
        v = rt.field(v, step.name, step.optional);
      }
      if (step.attribute) v = rt.typed(v, step.attribute);
    }
    const t = this.program.types.get(e);
    if (t?.k === "timestamp") v = rt.timestamp(v);
    return v;
  }

  private compare(e: Extract<A.Expr, { kind: "compare" }>, ctx: RequestContext, vars: Map<string, unknown>, trace: Trace): boolean {
    const l = this.eval(e.left, ctx, vars, trace);
    const r = e.op === "matches" ? undefined : this.eval(e.right, ctx, vars, trace);
    const rType = this.program.types.get(e.right);
    switch (e.op) {
      case "==": return l === r;
      case "!=": return l !== r;
      case "<": return rt.num(l) < rt.num(r);
      case "<=": return rt.num(l) <= rt.num(r);
      case ">": return rt.num(l) > rt.num(r);
      case ">=": return rt.num(l) >= rt.num(r);
      case "in":
      case "not in": {
        const found = rType?.k === "columns" ? rt.columnIn(l, r as never) : rType?.k === "map" ? rt.hasKey(r, l) : rt.includes(rt.list(r), l);
        return e.op === "in" ? found : !found;
      }
      case "contains": {
        const lType = this.program.types.get(e.left);
        return lType?.k === "columns" ? rt.columnIn(r, l as never) : rt.includes(l, r);
      }
      case "like": return rt.like(l, rt.text(r));
      case "matches": {
        const src = this.program.regexes.get(e)!;
        let re = this.regexCache.get(src);
        if (!re) this.regexCache.set(src, (re = compileRegex(src)));
        return re.test(rt.text(l));
      }
      case "within": return rt.within(l, rt.cidrs(Array.isArray(r) ? r : [r as never]));
    }
  }
}
