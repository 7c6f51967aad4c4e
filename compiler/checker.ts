// The type checker: resolves every name against the context schema and the policy's own
// declarations, types every expression, validates targets, masks, reviews and tests, and records
// what codegen needs. Each problem is reported once, at its root: an expression that already has
// a diagnostic gets the `error` type, which silences every follow-on complaint.
import type * as A from "../dsl/ast.js";
import { closest, diagnostic, type Diagnostic } from "../dsl/diagnostics.js";
import { INFO_TYPES, MASK_METHODS, type InfoType, type MaskMethod, type Protocol, type ReviewDirective } from "./context/types.js";
import { compileRegex, RegexSyntaxError } from "./regex.js";
import { parseColumnSelector, type ColumnSelector } from "./selectors.js";
import { parseCidr } from "./cidr.js";
import { attributeType, ATTRIBUTE_TYPE_NAMES, contextTypes, sameType, T, timestampMembers, typeName, type Field, type Type } from "./types.js";

export const ROOTS = ["principal", "connection", "session", "time", "sql", "shell", "ssh", "k8s"] as const;
export type Root = (typeof ROOTS)[number];
export const PROTOCOLS = ["postgres", "ssh", "kubernetes"] as const;
/** The protocol whose requests carry each optional section. */
export const SECTION_PROTOCOL: Record<string, Protocol> = { sql: "postgres", shell: "ssh", ssh: "ssh", k8s: "kubernetes" };
export const FUNCTIONS = ["count", "lower", "upper", "since"] as const;

export interface PathStep {
  name: string;
  optional: boolean;
  via: "field" | "map" | "timestamp";
  /** For timestamp members: the file's time zone (UTC when none is declared). */
  zone?: string;
  /** For a principal attribute: its declared type, checked at run time (tokens carry arbitrary JSON). */
  attribute?: string;
}

export type Ref =
  | { k: "root"; name: Root; steps: PathStep[] }
  | { k: "var"; name: string; steps: PathStep[] }
  | { k: "const"; key: string; steps: PathStep[] }
  | { k: "columns"; key: string }
  | { k: "enum"; value: string };

export interface ConstInfo { key: string; decl: A.ConstDecl; ns: string; type?: Type; checking?: boolean; used: boolean }
export interface ColumnsInfo { key: string; decl: A.ColumnsDecl; ns: string; selectors: ColumnSelector[]; used: boolean }

export interface CheckedRule {
  id: string;
  ns: string;
  decl: A.RuleDecl;
  effect: "allow" | "deny" | "review" | "mask";
  protocol?: string;
  connections: A.ConnectionSpec[];
  when?: A.Expr;
  reason: string;
  masks: { column?: string; infoType?: InfoType; method: MaskMethod }[];
  review?: Omit<ReviewDirective, "rule">;
  /** Optional sections the condition reads (sql, shell, ssh, k8s). */
  sections: Set<string>;
}

export interface CheckedTest { decl: A.TestDecl; ns: string; file: A.PolicyFile }

export interface CheckedProgram {
  files: A.PolicyFile[];
  rules: CheckedRule[];
  tests: CheckedTest[];
  consts: Map<string, ConstInfo>;
  columns: Map<string, ColumnsInfo>;
  attributes: Map<string, Field>;
  programs: { name: string; categories: string[] }[];
  types: WeakMap<A.Expr, Type>;
  refs: WeakMap<A.Expr, Ref>;
  regexes: WeakMap<A.Expr, string>;
  diagnostics: Diagnostic[];
}

interface Scope { ns: string; vars: Map<string, Type>; inConst: boolean; sections: Set<string>; zone?: string }

export function checkProgram(files: A.PolicyFile[]): CheckedProgram {
  return new Checker(files).run();
}

class Checker {
  private readonly diags: Diagnostic[] = [];
  private readonly attributes = new Map<string, Field>();
  private readonly consts = new Map<string, ConstInfo>();
  private readonly columns = new Map<string, ColumnsInfo>();
  private readonly namespaces = new Set<string>();
  private readonly types = new WeakMap<A.Expr, Type>();
  private readonly refs = new WeakMap<A.Expr, Ref>();
  private readonly regexes = new WeakMap<A.Expr, string>();
  private readonly roots: Map<string, Field>;

  constructor(private readonly files: A.PolicyFile[]) {
    this.roots = contextTypes(() => this.attributes);
  }

  private error(code: string, message: string, span: A.Span, hint?: string): Type {
    this.diags.push(diagnostic(code, message, span, hint));
    return T.error;
  }

  run(): CheckedProgram {
    const nsOf = (f: A.PolicyFile) => f.namespace?.name ?? "";
    for (const f of this.files) this.namespaces.add(nsOf(f));
    this.declare(nsOf);
    const rules: CheckedRule[] = [];
    const tests: CheckedTest[] = [];
    const ruleIds = new Map<string, A.Span>();
    const programs: CheckedProgram["programs"] = [];
    for (const f of this.files) {
      const ns = nsOf(f);
      let defaultTarget: A.Target | undefined;
      let zone: string | undefined;
      for (const item of f.items) {
        if (item.kind === "target") defaultTarget = item.target;
        else if (item.kind === "timezone") {
          if (isTimeZone(item.zone)) zone = item.zone;
          else this.error("HP206", `unknown time zone '${item.zone}'`, item.span, 'use an IANA name such as "America/New_York" or "Europe/London"');
        }
        else if (item.kind === "rule") {
          const id = ns ? `${ns}.${item.id.name}` : item.id.name;
          const prev = ruleIds.get(id);
          if (prev) {
            this.error("HP104", `rule id '${item.id.name}' is already used in namespace '${ns || "(none)"}'`, item.id.span,
              `first defined at ${prev.file}:${prev.line}:${prev.col}; rule ids must be unique within a namespace`);
            continue;
          }
          ruleIds.set(id, item.id.span);
          const rule = this.rule(item, id, ns, item.target ?? defaultTarget, zone);
          if (rule) rules.push(rule);
        } else if (item.kind === "test") tests.push({ decl: item, ns, file: f });
        else if (item.kind === "program") programs.push(this.program(item));
        else if (item.kind === "const") {
          // A duplicate was reported and left out of the table: check only the declaration that stands.
          const info = this.consts.get(`${ns}:${item.name.name}`);
          if (info?.decl === item) this.constType(info);
        }
      }
    }
    for (const t of tests) this.test(t, ruleIds);
    for (const c of this.consts.values()) {
      if (!c.used) this.diags.push(diagnostic("HP107", `constant '${c.decl.name.name}' is never used`, c.decl.name.span, "remove it, or use it in a rule", "warning"));
    }
    for (const c of this.columns.values()) {
      if (!c.used) this.diags.push(diagnostic("HP107", `column list '${c.decl.name.name}' is never used`, c.decl.name.span, "remove it, or use it in a rule", "warning"));
    }
    return {
      files: this.files, rules, tests, consts: this.consts, columns: this.columns, attributes: this.attributes, programs,
      types: this.types, refs: this.refs, regexes: this.regexes, diagnostics: this.diags,
    };
  }

  // ---- declarations ----
  private declare(nsOf: (f: A.PolicyFile) => string): void {
    const attrSpans = new Map<string, A.Span>();
    for (const f of this.files) {
      const ns = nsOf(f);
      for (const item of f.items) {
        if (item.kind === "const" || item.kind === "columns") {
          const key = `${ns}:${item.name.name}`;
          if (this.consts.has(key) || this.columns.has(key)) {
            this.error("HP105", `'${item.name.name}' is already declared in namespace '${ns || "(none)"}'`, item.name.span, "give it another name");
            continue;
          }
          if ((ROOTS as readonly string[]).includes(item.name.name)) {
            this.error("HP105", `'${item.name.name}' is a part of the request and cannot be redeclared`, item.name.span, "choose another name");
            continue;
          }
          if (item.kind === "const") this.consts.set(key, { key, decl: item, ns, used: false });
          else this.columns.set(key, { key, decl: item, ns, selectors: this.selectors(item.selectors, ns, false), used: false });
        } else if (item.kind === "attributes") {
          for (const field of item.fields) {
            const type = attributeType(field.type.name, field.type.element?.name);
            if (!type) {
              this.error("HP201", `unknown attribute type '${field.type.name}${field.type.element ? `<${field.type.element.name}>` : ""}'`, field.type.span,
                `attribute types: ${ATTRIBUTE_TYPE_NAMES.join(", ")}`);
              continue;
            }
            const prev = this.attributes.get(field.name.name);
            if (prev && !sameType(prev.type, type)) {
              const at = attrSpans.get(field.name.name)!;
              this.error("HP105", `attribute '${field.name.name}' is declared as ${typeName(prev.type)} at ${at.file}:${at.line}:${at.col} and as ${typeName(type)} here`, field.name.span);
              continue;
            }
            this.attributes.set(field.name.name, { type, optional: true });
            attrSpans.set(field.name.name, field.name.span);
          }
        }
      }
    }
  }

  private constType(c: ConstInfo): Type {
    if (c.type) return c.type;
    if (c.checking) {
      c.type = this.error("HP105", `constant '${c.decl.name.name}' refers to itself`, c.decl.name.span, "break the cycle");
      return c.type;
    }
    c.checking = true;
    c.type = this.expr(c.decl.value, { ns: c.ns, vars: new Map(), inConst: true, sections: new Set() });
    c.checking = false;
    return c.type;
  }

  private lookup<T>(table: Map<string, T>, ns: string, name: string): T | undefined {
    return table.get(`${ns}:${name}`) ?? (ns !== "" ? table.get(`:${name}`) : undefined);
  }

  private selectors(refs: A.SelectorRef[], ns: string, markUsed = true): ColumnSelector[] {
    const out: ColumnSelector[] = [];
    for (const r of refs) {
      if (r.kind === "named") {
        const c = this.lookup(this.columns, ns, r.name);
        if (!c) {
          this.error("HP102", `unknown column list '${r.name}'`, r.span, this.didYouMean(r.name, [...this.columns.values()].filter((x) => x.ns === ns).map((x) => x.decl.name.name)) ??
            "declare it with columns NAME = table.column, … or write table.column");
          continue;
        }
        if (markUsed) c.used = true;
        out.push(...c.selectors);
      } else {
        const sel = parseColumnSelector(r.text);
        if ("error" in sel) this.error("HP303", sel.error, r.span, "a column is table.column or schema.table.column; * matches any run of characters");
        else out.push(sel);
      }
    }
    return out;
  }

  private didYouMean(word: string, candidates: Iterable<string>): string | undefined {
    const c = closest(word, candidates);
    return c ? `did you mean '${c}'?` : undefined;
  }

  private program(item: A.ProgramDecl): { name: string; categories: string[] } {
    const valid = ["read-only", "mutating", "destructive", "privileged", "network", "opaque"];
    for (const c of item.categories) {
      if (!valid.includes(c.name)) this.error("HP103", `unknown shell category '${c.name}'`, c.span, this.didYouMean(c.name, valid) ?? `categories: ${valid.join(", ")}`);
    }
    return { name: item.program, categories: item.categories.map((c) => c.name) };
  }

  // ---- rules ----
  private rule(decl: A.RuleDecl, id: string, ns: string, target: A.Target | undefined, zone: string | undefined): CheckedRule | undefined {
    if (!decl.effect) {
      this.error("HP305", `rule '${decl.id.name}' has no effect`, decl.id.span, "add allow, deny, review by …, or mask … with …");
      return undefined;
    }
    let protocol: string | undefined;
    if (target?.protocol) {
      protocol = target.protocol.name;
      if (!(PROTOCOLS as readonly string[]).includes(protocol)) {
        this.error("HP103", `unknown protocol '${protocol}'`, target.protocol.span, this.didYouMean(protocol, PROTOCOLS) ?? `protocols: ${PROTOCOLS.join(", ")}`);
        protocol = undefined;
      }
    }
    const scope: Scope = { ns, vars: new Map(), inConst: false, sections: new Set(), ...(zone ? { zone } : {}) };
    if (decl.when) {
      const t = this.expr(decl.when, scope);
      if (t.k !== "error" && t.k !== "bool") this.error("HP201", `a condition must be true or false, but this is ${typeName(t)}`, decl.when.span);
    }
    if (protocol) {
      for (const s of scope.sections) {
        if (SECTION_PROTOCOL[s] !== undefined && SECTION_PROTOCOL[s] !== protocol) {
          this.diags.push(diagnostic("HP402", `rule '${decl.id.name}' targets ${protocol} but reads '${s}', which only ${SECTION_PROTOCOL[s]} requests carry: it can never apply`,
            decl.when!.span, "fix the target or the condition", "warning"));
        }
      }
    }
    const rule: CheckedRule = {
      id, ns, decl, effect: decl.effect, protocol, connections: target?.connections ?? [], when: decl.when,
      reason: decl.reason ?? `${decl.effect} by rule ${id}`, masks: [], sections: scope.sections,
    };
    for (const m of decl.masks) {
      const method = m.method.name as MaskMethod;
      if (!(MASK_METHODS as readonly string[]).includes(method)) {
        this.error("HP302", `unknown mask method '${m.method.name}'`, m.method.span, this.didYouMean(m.method.name, MASK_METHODS) ?? `methods: ${MASK_METHODS.join(", ")}`);
        continue;
      }
      for (const d of m.detected) {
        if (!(INFO_TYPES as readonly string[]).includes(d.name)) {
          this.error("HP301", `unknown info type '${d.name}'`, d.span, this.didYouMean(d.name, INFO_TYPES) ?? `info types: ${INFO_TYPES.join(", ")}`);
        } else rule.masks.push({ infoType: d.name as InfoType, method });
      }
      for (const sel of this.selectors(m.columns, ns)) rule.masks.push({ column: sel.text, method });
    }
    if (decl.review) {
      const r = decl.review;
      const quorum = r.quorum?.value ?? 1;
      if (r.quorum && (quorum < 1 || quorum > 10)) this.error("HP304", `a quorum of ${quorum} approvals is not possible`, r.quorum.span, "use 1 to 10");
      if (r.expires && r.expires.seconds <= 0) this.error("HP304", "an approval request must wait for some time", r.expires.span, "e.g. expires 30m");
      if (r.window && r.window.seconds <= 0) this.error("HP304", "an approval window must last some time", r.window.span, "e.g. for 2h");
      rule.review = {
        approvers: r.approvers.map((a) => a.name),
        minApprovals: quorum,
        ttlSeconds: r.expires?.seconds ?? 3600,
        scope: r.window ? "window" : "once",
        ...(r.window ? { windowSeconds: r.window.seconds } : {}),
        mode: r.mode?.value ?? "retry",
      };
    }
    return rule;
  }

  // ---- tests ----
  private test(t: CheckedTest, ruleIds: Map<string, A.Span>): void {
    const d = t.decl;
    const scope: Scope = { ns: t.ns, vars: new Map(), inConst: true, sections: new Set() };
    if (!d.request) this.error("HP502", `test "${d.name}" sends no request`, d.span, 'add sql "…", shell "…", ssh shell, or facts SECTION { … }');
    if (!d.connection) this.error("HP502", `test "${d.name}" names no connection`, d.span, "add: on CONNECTION_NAME");
    if (!d.principal) this.error("HP502", `test "${d.name}" has no principal`, d.span, 'add: given principal "id" kind agent groups ["…"]');
    if (d.expects.length === 0) this.error("HP502", `test "${d.name}" expects nothing`, d.span, "add: expect allow | deny | review …");
    const kinds = ["agent", "human", "service"];
    for (let p = d.principal; p; p = p.actingFor) {
      if (p.kind && !kinds.includes(p.kind.name)) this.error("HP103", `unknown principal kind '${p.kind.name}'`, p.kind.span, this.didYouMean(p.kind.name, kinds) ?? "agent, human or service");
      for (const a of p.attributes) {
        const field = this.attributes.get(a.name.name);
        if (!field) {
          this.error("HP101", `unknown attribute '${a.name.name}'`, a.name.span, this.didYouMean(a.name.name, this.attributes.keys()) ?? "declare it in an attributes { … } block");
          continue;
        }
        const vt = this.expr(a.value, scope, field.type);
        this.expectType(vt, field.type, a.value.span);
      }
    }
    if (d.request?.kind === "facts") {
      const sections = ["sql", "shell", "ssh", "k8s"];
      if (!sections.includes(d.request.section.name)) this.error("HP502", `unknown facts section '${d.request.section.name}'`, d.request.section.span, `sections: ${sections.join(", ")}`);
      try {
        JSON.parse(d.request.json);
      } catch (e) {
        this.error("HP502", `the facts are not valid JSON: ${(e as Error).message}`, d.request.span);
      }
    }
    if (d.request?.kind === "ssh") {
      const reqs = ["exec", "shell", "subsystem", "port-forward", "agent-forward", "x11"];
      if (!reqs.includes(d.request.request.name)) this.error("HP103", `unknown SSH request '${d.request.request.name}'`, d.request.request.span, `requests: ${reqs.join(", ")}`);
    }
    if (d.sourceIp && !parseCidr(d.sourceIp.value)) this.error("HP204", `'${d.sourceIp.value}' is not an IP address`, d.sourceIp.span);
    for (const e of d.expects) {
      if (e.kind === "effect") {
        if (!["allow", "deny", "review"].includes(e.effect.name)) this.error("HP103", `a decision is allow, deny or review, not '${e.effect.name}'`, e.effect.span);
        for (const r of e.rules) {
          const qualified = ruleIds.has(r.name) ? r.name : t.ns ? `${t.ns}.${r.name}` : r.name;
          if (!ruleIds.has(qualified)) {
            const candidates = [...ruleIds.keys()].map((k) => (t.ns && k.startsWith(`${t.ns}.`) ? k.slice(t.ns.length + 1) : k));
            this.error("HP501", `no rule '${r.name}'`, r.span, this.didYouMean(r.name, candidates) ?? "name a rule of this namespace, or namespace.rule");
          }
        }
      } else if (e.kind === "mask") {
        if (!(MASK_METHODS as readonly string[]).includes(e.method.name)) this.error("HP302", `unknown mask method '${e.method.name}'`, e.method.span, this.didYouMean(e.method.name, MASK_METHODS));
        if (e.target.kind === "detected" && !(INFO_TYPES as readonly string[]).includes(e.target.infoType.name)) {
          this.error("HP301", `unknown info type '${e.target.infoType.name}'`, e.target.infoType.span, this.didYouMean(e.target.infoType.name, INFO_TYPES));
        } else if (e.target.kind !== "detected") this.selectors([e.target], t.ns, false);
      }
    }
  }

  // ---- expressions ----
  private expectType(actual: Type, wanted: Type, span: A.Span): void {
    if (!sameType(actual, wanted)) this.error("HP201", `expected ${typeName(wanted)}, found ${typeName(actual)}`, span);
  }

  private record(e: A.Expr, t: Type): Type {
    this.types.set(e, t);
    return t;
  }

  /** Whether `e` is a bare word that only an expected enum type can give meaning to. */
  private isEnumCandidate(e: A.Expr, scope: Scope): boolean {
    if (e.kind !== "path" || e.fields.length > 0) return false;
    const n = e.root.name;
    // A request section spelled bare (`ssh`) is a candidate too: on its own it can never be compared.
    return !scope.vars.has(n) && !this.lookup(this.consts, scope.ns, n) && !this.lookup(this.columns, scope.ns, n);
  }

  expr(e: A.Expr, scope: Scope, expected?: Type): Type {
    return this.record(e, this.exprInner(e, scope, expected));
  }

  private exprInner(e: A.Expr, scope: Scope, expected?: Type): Type {
    switch (e.kind) {
      case "error": return T.error;
      case "bool": return T.bool;
      case "int": return T.int;
      case "duration": return T.duration;
      case "timeofday": return T.timeofday;
      case "timestamp": return T.timestamp;
      case "cidr":
        if (!parseCidr(e.text)) return this.error("HP204", `'${e.text}' is not an IP address or CIDR block`, e.span);
        return T.cidr;
      case "string":
        if (expected?.k === "enum") {
          if (!expected.values.includes(e.value)) {
            return this.error("HP103", `'${e.value}' is not a ${expected.name}`, e.span, this.didYouMean(e.value, expected.values) ?? `values: ${expected.values.join(", ")}`);
          }
          this.refs.set(e, { k: "enum", value: e.value });
          return expected;
        }
        return T.string;
      case "list": {
        const elemExpected = expected?.k === "list" ? expected.elem : undefined;
        let elem: Type | undefined = elemExpected;
        for (const item of e.items) {
          const t = this.expr(item, scope, elem);
          if (t.k === "error") return T.error;
          if (!elem || elem.k === "error") elem = t;
          else if (!sameType(elem, t) && !(elem.k === "cidr" && t.k === "string")) return this.error("HP201", `a list holds one type: ${typeName(elem)} and ${typeName(t)} are mixed`, item.span);
        }
        return T.list(elem ?? T.error);
      }
      case "and":
      case "or": {
        const l = this.expr(e.left, scope);
        const r = this.expr(e.right, scope);
        if (l.k !== "bool" && l.k !== "error") return this.error("HP201", `'${e.kind}' joins conditions, but this is ${typeName(l)}`, e.left.span);
        if (r.k !== "bool" && r.k !== "error") return this.error("HP201", `'${e.kind}' joins conditions, but this is ${typeName(r)}`, e.right.span);
        return T.bool;
      }
      case "not": {
        const t = this.expr(e.expr, scope);
        if (t.k !== "bool" && t.k !== "error") return this.error("HP201", `'not' needs a condition, but this is ${typeName(t)}`, e.expr.span);
        return T.bool;
      }
      case "has": {
        if (e.path.kind !== "path" || e.path.fields.length === 0) return this.error("HP202", "'has' asks whether an optional field is present", e.span, "e.g. has principal.onBehalfOf");
        this.expr(e.path, scope);
        return T.bool;
      }
      case "quantifier": {
        const lt = this.expr(e.list, scope);
        if (lt.k === "error") return T.error;
        if (lt.k !== "list") return this.error("HP202", `'${e.quantifier}' ranges over a list, but this is ${typeName(lt)}`, e.list.span);
        if ((ROOTS as readonly string[]).includes(e.variable.name) || scope.vars.has(e.variable.name)) {
          return this.error("HP105", `'${e.variable.name}' is already a name here`, e.variable.span, "pick another name for the element");
        }
        const inner: Scope = { ...scope, vars: new Map(scope.vars).set(e.variable.name, lt.elem) };
        const bt = this.expr(e.body, inner);
        if (bt.k !== "bool" && bt.k !== "error") return this.error("HP201", `the condition after ':' must be true or false, but this is ${typeName(bt)}`, e.body.span);
        return T.bool;
      }
      case "call": return this.call(e, scope);
      case "path": return this.path(e, scope, expected);
      case "compare": return this.compare(e, scope);
    }
  }

  private call(e: Extract<A.Expr, { kind: "call" }>, scope: Scope): Type {
    const name = e.name.name;
    const arity = (n: number) => {
      if (e.args.length !== n) { this.error("HP202", `${name}() takes ${n} argument${n === 1 ? "" : "s"}`, e.span); return false; }
      return true;
    };
    switch (name) {
      case "count": {
        if (!arity(1)) return T.error;
        const t = this.expr(e.args[0]!, scope);
        if (t.k === "error") return T.error;
        if (t.k !== "list" && t.k !== "string") return this.error("HP202", `count() counts a list or a string, not ${typeName(t)}`, e.args[0]!.span);
        return T.int;
      }
      case "lower":
      case "upper": {
        if (!arity(1)) return T.error;
        const t = this.expr(e.args[0]!, scope);
        if (t.k === "error") return T.error;
        if (t.k !== "string") return this.error("HP202", `${name}() takes a string, not ${typeName(t)}`, e.args[0]!.span);
        return T.string;
      }
      case "since": {
        if (!arity(1)) return T.error;
        if (scope.inConst) return this.error("HP205", "since() depends on the request time and cannot appear here", e.span);
        const t = this.expr(e.args[0]!, scope);
        if (t.k === "error") return T.error;
        if (t.k !== "timestamp") return this.error("HP202", `since() takes a timestamp, not ${typeName(t)}`, e.args[0]!.span);
        return T.duration;
      }
    }
    return this.error("HP102", `unknown function '${name}'`, e.name.span, this.didYouMean(name, FUNCTIONS) ?? `functions: ${FUNCTIONS.join(", ")}`);
  }

  private path(e: Extract<A.Expr, { kind: "path" }>, scope: Scope, expected?: Type): Type {
    const root = e.root.name;
    // A bare word where an enumeration is expected is its value, even when it spells a part of the
    // request (`connection.protocol == ssh`): a whole section can never be compared anyway.
    if (e.fields.length === 0 && expected?.k === "enum" && expected.values.includes(root) && !scope.vars.has(root)
      && !this.lookup(this.consts, scope.ns, root)) {
      this.refs.set(e, { k: "enum", value: root });
      return expected;
    }
    let type: Type;
    let base: Ref;
    let fields = e.fields;
    if (scope.vars.has(root)) {
      type = scope.vars.get(root)!;
      base = { k: "var", name: root, steps: [] };
    } else if ((ROOTS as readonly string[]).includes(root)) {
      if (scope.inConst) return this.error("HP205", `a constant cannot depend on the request ('${root}')`, e.root.span, "move the condition into a rule");
      const f = this.roots.get(root)!;
      type = f.type;
      base = { k: "root", name: root as Root, steps: [] };
      if (f.optional) scope.sections.add(root);
    } else {
      // A constant or column list, possibly of another namespace: other_ns.name
      let info: ConstInfo | ColumnsInfo | undefined;
      let used = 0;
      const words = [root, ...fields.map((f) => f.name)];
      for (let i = words.length - 1; i >= 1 && !info; i--) {
        const ns = words.slice(0, i).join(".");
        if (this.namespaces.has(ns)) {
          info = this.consts.get(`${ns}:${words[i]}`) ?? this.columns.get(`${ns}:${words[i]}`);
          if (info) used = i;
        }
      }
      if (!info) info = this.lookup(this.consts, scope.ns, root) ?? this.lookup(this.columns, scope.ns, root);
      fields = fields.slice(used);
      if (!info) {
        if (expected?.k === "enum" && fields.length === 0) {
          if (expected.values.includes(root)) {
            this.refs.set(e, { k: "enum", value: root });
            return expected;
          }
          return this.error("HP103", `'${root}' is not a ${expected.name}`, e.root.span, this.didYouMean(root, expected.values) ?? `values: ${expected.values.join(", ")}`);
        }
        const candidates = [...ROOTS, ...scope.vars.keys(), ...[...this.consts.values(), ...this.columns.values()].filter((c) => c.ns === scope.ns).map((c) => c.decl.name.name)];
        return this.error("HP102", `unknown name '${root}'`, e.root.span, this.didYouMean(root, candidates) ??
          `a condition starts from ${ROOTS.join(", ")}, a constant, or a value in quotes`);
      }
      info.used = true;
      if ("selectors" in info) {
        if (fields.length) return this.error("HP101", `a column list has no fields`, fields[0]!.span);
        this.refs.set(e, { k: "columns", key: info.key });
        return T.columns;
      }
      type = this.constType(info);
      base = { k: "const", key: info.key, steps: [] };
    }
    let owner = root;
    for (const f of fields) {
      if (type.k === "error") return T.error;
      if (type.k === "record") {
        const field = type.fields().get(f.name);
        if (!field) {
          if (type.name === "attributes") {
            return this.error("HP101", `unknown attribute '${f.name}'`, f.span, this.didYouMean(f.name, type.fields().keys()) ??
              `declare it: attributes { ${f.name}: string }`);
          }
          return this.error("HP101", `unknown field '${f.name}' of ${owner}`, f.span, this.didYouMean(f.name, type.fields().keys()) ??
            `fields of ${owner}: ${[...type.fields().keys()].join(", ")}`);
        }
        base.steps.push({
          name: f.name, optional: field.optional, via: "field",
          ...(type.name === "attributes" ? { attribute: field.type.k === "list" ? `list<${field.type.elem.k}>` : field.type.k } : {}),
        });
        if (f.name === "onBehalfOf" || field.optional) scope.sections.add(`${owner}.${f.name}`);
        type = field.type;
      } else if (type.k === "map") {
        base.steps.push({ name: f.name, optional: true, via: "map" });
        type = type.value;
      } else if (type.k === "timestamp") {
        const m = timestampMembers.get(f.name);
        if (!m) return this.error("HP101", `a timestamp has no '${f.name}'`, f.span, this.didYouMean(f.name, timestampMembers.keys()) ?? `members: ${[...timestampMembers.keys()].join(", ")}`);
        base.steps.push({ name: f.name, optional: false, via: "timestamp", ...(scope.zone ? { zone: scope.zone } : {}) });
        type = m;
      } else {
        return this.error("HP101", `${typeName(type)} has no field '${f.name}'`, f.span, type.k === "list" ? "use any/all to look into a list, or count(…)" : undefined);
      }
      owner = f.name;
    }
    this.refs.set(e, base);
    return type;
  }

  private compare(e: Extract<A.Expr, { kind: "compare" }>, scope: Scope): Type {
    const op = e.op;
    // Check the side that can stand on its own first, so a bare enum word on the other side gets its meaning.
    let lt: Type, rt: Type;
    const leftBare = this.isEnumCandidate(e.left, scope);
    if (op === "in" || op === "not in") {
      if (leftBare) {
        rt = this.expr(e.right, scope);
        lt = this.expr(e.left, scope, rt.k === "list" ? rt.elem : undefined);
      } else {
        lt = this.expr(e.left, scope);
        rt = this.expr(e.right, scope, T.list(lt));
      }
    } else if (leftBare) {
      rt = this.expr(e.right, scope);
      lt = this.expr(e.left, scope, rt);
    } else {
      lt = this.expr(e.left, scope);
      rt = this.expr(e.right, scope, op === "contains" && lt.k === "list" ? lt.elem : op === "within" ? T.cidr : lt);
    }
    if (lt.k === "error" || rt.k === "error") return T.bool;
    const bad = (hint?: string) => this.error("HP202", `'${op}' does not apply to ${typeName(lt)} and ${typeName(rt)}`, e.opSpan, hint);
    const scalar = (t: Type) => !["list", "record", "map", "columns"].includes(t.k);
    switch (op) {
      case "==":
      case "!=":
        if (!scalar(lt) || !scalar(rt)) return bad(lt.k === "list" ? "compare lists with contains, in, any or all" : undefined);
        if (!sameType(lt, rt)) return this.error("HP201", `cannot compare ${typeName(lt)} with ${typeName(rt)}`, e.opSpan);
        return T.bool;
      case "<":
      case "<=":
      case ">":
      case ">=":
        if (!["int", "duration", "timeofday", "timestamp"].includes(lt.k) || !sameType(lt, rt)) {
          return bad("order comparisons take numbers, durations, times of day or timestamps of the same kind");
        }
        return T.bool;
      case "in":
      case "not in":
        if (rt.k === "columns") return lt.k === "string" ? T.bool : bad("a column list holds column names (strings)");
        if (rt.k === "map") return lt.k === "string" ? T.bool : bad();
        if (rt.k !== "list") return bad(rt.k === "string" ? "to look for text inside a string, write: TEXT contains PART" : "the right side of 'in' is a list");
        if (!sameType(lt, rt.elem)) return this.error("HP201", `cannot look for ${typeName(lt)} in ${typeName(rt)}`, e.opSpan);
        return T.bool;
      case "contains":
        if (lt.k === "string" && rt.k === "string") return T.bool;
        if (lt.k === "list" && sameType(lt.elem, rt)) return T.bool;
        if (lt.k === "columns" && rt.k === "string") return T.bool;
        return bad("contains: list contains element, or text contains part");
      case "like":
        if (lt.k !== "string" || rt.k !== "string") return bad('like matches text against a glob: name like "pg_*"');
        return T.bool;
      case "matches": {
        if (lt.k !== "string" || rt.k !== "string") return bad('matches tests text against a pattern: name matches "^pg_[a-z]+$"');
        if (e.right.kind !== "string") return this.error("HP203", "the pattern of 'matches' must be written in quotes", e.right.span, "patterns are checked when the policy compiles");
        try {
          compileRegex(e.right.value);
          this.regexes.set(e, e.right.value);
        } catch (err) {
          if (err instanceof RegexSyntaxError) return this.error("HP203", `pattern not supported: ${err.message}`, e.right.span,
            "patterns run in linear time: literals, ., [classes], \\d \\w \\s, groups, |, * + ? {m,n}, ^ and $ at the ends");
          throw err;
        }
        return T.bool;
      }
      case "within": {
        if (lt.k !== "ip") return bad("within tests an IP address against CIDR blocks: session.sourceIp within 10.0.0.0/8");
        const cidrs = rt.k === "list" ? e.right.kind === "list" ? e.right.items : undefined : [e.right];
        if (rt.k !== "cidr" && !(rt.k === "list" && (rt.elem.k === "cidr" || rt.elem.k === "string")) && rt.k !== "string") return bad();
        for (const c of cidrs ?? []) {
          if (c.kind === "string" && !parseCidr(c.value)) return this.error("HP204", `'${c.value}' is not a CIDR block`, c.span);
        }
        return T.bool;
      }
    }
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
