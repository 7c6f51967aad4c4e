// Lowers a checked program to one JavaScript function. Constants (lists, selectors, patterns,
// CIDR blocks, constant declarations) are computed once at compile time and passed in; each rule
// becomes a target test and a condition in straight-line code, so a decision costs a few property
// reads and comparisons per rule. The semantics mirror interpreter.ts exactly.
//
// Per decision, the optional sections (sql, shell, ssh, k8s) are read once into variables of the
// factory's scope, the request time is parsed at most once, each distinct target is tested once,
// and quantifiers run as loops in functions of their own, so no closure is made per call. The
// factory-scope variables are safe because a decision runs synchronously from start to end.
import type * as A from "../dsl/ast.js";
import { SECTION_PROTOCOL, type CheckedProgram, type CheckedRule } from "./checker.js";
import type { Decision, RequestContext } from "./context/types.js";
import { buildDecision, targetMatches, type RuleMeta } from "./decision.js";
import * as rt from "./eval-lib.js";
import { Interpreter } from "./interpreter.js";
import { compileRegex } from "./regex.js";
import { parseCidr } from "./cidr.js";

export interface GeneratedCode {
  /** The body of the factory; `new Function("rt", "K", "metas", "buildDecision", body)` returns decide. */
  body: string;
  constants: unknown[];
  /**
   * Whether decide reads the request time. Every read of it goes through `ctx.time` in the body;
   * a policy that never reads it returns the same decision for the same principal, connection,
   * session and request facts, which lets callers reuse a decision.
   */
  readsTime: boolean;
}

const OPTIONAL_ROOTS = new Set(Object.keys(SECTION_PROTOCOL));
const sectionVar = (root: string) => root.toUpperCase();
const SECTION_VARS = [...OPTIONAL_ROOTS].map(sectionVar);

export function generate(program: CheckedProgram, rules: CheckedRule[], metas: RuleMeta[]): GeneratedCode {
  const constants: unknown[] = [];
  const konst = (v: unknown) => {
    constants.push(v);
    return `K[${constants.length - 1}]`;
  };
  const oracle = new Interpreter(program, rules, metas);
  const constValue = new Map<string, string>();
  let varCounter = 0;
  const helpers: string[] = [];

  const gen = (e: A.Expr, vars: Map<string, string>): string => {
    switch (e.kind) {
      case "bool": return String(e.value);
      case "int": return String(e.value);
      case "string": return JSON.stringify(e.value);
      case "duration": return String(e.seconds);
      case "timeofday": return String(e.minutes);
      case "timestamp": return String(rt.timestamp(e.text));
      case "cidr": return konst(parseCidr(e.text));
      case "list": return `[${e.items.map((i) => gen(i, vars)).join(", ")}]`;
      case "and": return `(${gen(e.left, vars)} && ${gen(e.right, vars)})`;
      case "or": return `(${gen(e.left, vars)} || ${gen(e.right, vars)})`;
      case "not": return `!${gen(e.expr, vars)}`;
      case "has": return `rt.has(() => ${gen(e.path, vars)})`;
      case "quantifier": {
        const v = `v${varCounter++}`;
        const free = [...vars.values()];
        const inner = new Map(vars).set(e.variable.name, v);
        const name = `q${helpers.length}`;
        helpers.push("");
        const body = gen(e.body, inner);
        const params = ["ctx", "list", ...free].join(", ");
        helpers[Number(name.slice(1))] = e.quantifier === "any"
          ? `function ${name}(${params}) {\n  for (let i = 0; i < list.length; i++) { const ${v} = list[i]; if (${body}) return true; }\n  return false;\n}`
          : `function ${name}(${params}) {\n  for (let i = 0; i < list.length; i++) { const ${v} = list[i]; if (!(${body})) return false; }\n  return true;\n}`;
        return `${name}(${["ctx", `rt.list(${gen(e.list, vars)})`, ...free].join(", ")})`;
      }
      case "call": {
        const arg = gen(e.args[0]!, vars);
        switch (e.name.name) {
          case "count": return `rt.count(${arg})`;
          case "lower": return `rt.text(${arg}).toLowerCase()`;
          case "upper": return `rt.text(${arg}).toUpperCase()`;
          case "since": return `(((TIME ??= rt.timestamp(ctx.time)) - rt.num(${arg})) / 1000)`;
        }
        throw new Error(`unknown function ${e.name.name}`);
      }
      case "path": return genPath(e, vars);
      case "compare": return genCompare(e, vars);
      case "error": return `rt.fail("the policy has an error here")`;
    }
  };

  const isConstant = (e: A.Expr): boolean => {
    switch (e.kind) {
      case "string": case "int": case "bool": case "duration": case "timeofday": case "timestamp": case "cidr": return true;
      case "list": return e.items.every(isConstant);
      case "path": {
        const ref = program.refs.get(e);
        return ref?.k === "enum" || ref?.k === "columns" || (ref?.k === "const" && ref.steps.length === 0);
      }
      default: return false;
    }
  };
  const valueOf = (e: A.Expr): unknown => oracle.eval(e, undefined as unknown as RequestContext, new Map(), {});

  const genPath = (e: Extract<A.Expr, { kind: "path" }>, vars: Map<string, string>): string => {
    const ref = program.refs.get(e)!;
    let code: string;
    switch (ref.k) {
      case "enum": return JSON.stringify(ref.value);
      case "columns": return konst(program.columns.get(ref.key)!.selectors);
      case "const": {
        let c = constValue.get(ref.key);
        if (!c) constValue.set(ref.key, (c = konst(valueOf(program.consts.get(ref.key)!.decl.value))));
        code = c;
        break;
      }
      case "var": code = vars.get(ref.name)!; break;
      case "root":
        code = ref.name === "time" ? "ctx.time" : OPTIONAL_ROOTS.has(ref.name) ? `(${sectionVar(ref.name)} ?? rt.na())` : `ctx.${ref.name}`;
        break;
    }
    for (const step of ref.steps) {
      if (step.via === "timestamp") {
        const ms = code === "ctx.time" ? "(TIME ??= rt.timestamp(ctx.time))" : `rt.timestamp(${code})`;
        code = `rt.timestampMember(${ms}, ${JSON.stringify(step.name)}${step.zone ? `, ${JSON.stringify(step.zone)}` : ""})`;
      }
      else if (step.optional || step.via === "map") code = `rt.field(${code}, ${JSON.stringify(step.name)}, ${step.optional})`;
      else code = `${code}.${step.name}`;
      if (step.attribute) code = `rt.typed(${code}, ${JSON.stringify(step.attribute)})`;
    }
    if (program.types.get(e)?.k === "timestamp") code = code === "ctx.time" ? "(TIME ??= rt.timestamp(ctx.time))" : `rt.timestamp(${code})`;
    return code;
  };

  const genCompare = (e: Extract<A.Expr, { kind: "compare" }>, vars: Map<string, string>): string => {
    const L = gen(e.left, vars);
    const rType = program.types.get(e.right);
    switch (e.op) {
      case "==": return `(${L} === ${gen(e.right, vars)})`;
      case "!=": return `(${L} !== ${gen(e.right, vars)})`;
      case "<": case "<=": case ">": case ">=": return `(rt.num(${L}) ${e.op} rt.num(${gen(e.right, vars)}))`;
      case "in":
      case "not in": {
        let found: string;
        if (rType?.k === "columns") found = `rt.columnIn(${L}, ${gen(e.right, vars)})`;
        else if (rType?.k === "map") found = `rt.hasKey(${gen(e.right, vars)}, ${L})`;
        else if (isConstant(e.right)) found = `${konst(new Set(valueOf(e.right) as unknown[]))}.has(${L})`;
        else found = `rt.list(${gen(e.right, vars)}).includes(${L})`;
        return e.op === "in" ? found : `!${found}`;
      }
      case "contains":
        return program.types.get(e.left)?.k === "columns" ? `rt.columnIn(${gen(e.right, vars)}, ${L})` : `rt.includes(${L}, ${gen(e.right, vars)})`;
      case "like": return `rt.like(${L}, rt.text(${gen(e.right, vars)}))`;
      case "matches": return `${konst(compileRegex(program.regexes.get(e)!))}.test(rt.text(${L}))`;
      case "within": {
        const blocks = isConstant(e.right)
          ? konst(rt.cidrs(((v) => (Array.isArray(v) ? v : [v]))(valueOf(e.right)) as never))
          : `rt.cidrs(((v) => Array.isArray(v) ? v : [v])(${gen(e.right, vars)}))`;
        return `rt.within(${L}, ${blocks})`;
      }
    }
  };

  const targets = new Map<string, string>();
  const ruleLines: string[] = [];
  rules.forEach((rule, i) => {
    const conds: string[] = [];
    if (rule.protocol) conds.push(`conn.protocol === ${JSON.stringify(rule.protocol)}`);
    if (rule.connections.length === 1 && rule.connections[0]!.kind === "name") conds.push(`conn.name === ${JSON.stringify(rule.connections[0]!.name)}`);
    else if (rule.connections.length) conds.push(`rt.targetMatches(${konst({ connections: rule.connections })}, conn)`);
    let target = "true";
    if (conds.length) {
      const test = conds.join(" && ");
      if (!targets.has(test)) targets.set(test, `t${targets.size}`);
      target = targets.get(test)!;
    }
    ruleLines.push(`  // ${rule.id} (${rule.effect}) ${rule.decl.span.file}:${rule.decl.span.line}`);
    if (!rule.when) {
      ruleLines.push(`  if (${target}) matched.push(${i});`);
      return;
    }
    const onError = rule.effect === "allow" ? "" : ` matched.push(${i});`;
    ruleLines.push(
      `  if (${target}) {`,
      `    try { if (${gen(rule.when, new Map())}) matched.push(${i}); }`,
      `    catch (e) { if (e !== NA) { (errors ??= []).push({ rule: ${JSON.stringify(rule.id)}, message: rt.message(e) });${onError} } }`,
      `  }`,
    );
  });
  const lines: string[] = [
    "const NA = rt.NOT_APPLICABLE;",
    `let ${SECTION_VARS.join(", ")}, TIME;`,
    ...helpers,
    "return function decide(ctx) {",
    "  const conn = ctx.connection;",
    `  ${SECTION_VARS.map((v) => `${v} = ctx.${v.toLowerCase()}`).join("; ")}; TIME = undefined;`,
    ...[...targets].map(([test, name]) => `  const ${name} = ${test};`),
    "  const matched = [];",
    "  let errors = null;",
    ...ruleLines,
    "  return buildDecision(metas, matched, errors);",
    "};",
  ];
  const body = lines.join("\n");
  return { body, constants, readsTime: /\bctx\.time\b/.test(body) };
}

export type DecideFn = (ctx: RequestContext) => Decision;

export function instantiate(code: GeneratedCode, metas: RuleMeta[]): DecideFn {
  const lib = {
    ...rt, targetMatches, has: hasValue, message: errorMessage,
    fail: (m: string) => { throw new rt.ContextError(m); },
    na: () => { throw rt.NOT_APPLICABLE; },
  };
  const factory = new Function("rt", "K", "metas", "buildDecision", code.body) as (...a: unknown[]) => DecideFn;
  return factory(lib, code.constants, metas, buildDecision);
}

function hasValue(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch (e) {
    if (e === rt.NOT_APPLICABLE) return false;
    throw e;
  }
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
