// The canonical layout of a .hoop file (`policy fmt`). Comments are kept: a comment on its own
// line stays before the declaration or clause that follows it, a comment after code stays at the
// end of that line. Formatting twice gives the same text, and never changes a decision.
import type * as A from "./ast.js";
import { quote } from "./lexer.js";

const INDENT = "  ";
const WIDTH = 100;

export function format(file: A.PolicyFile): string {
  return new Formatter(file).run();
}

class Formatter {
  private readonly out: string[] = [];
  private pending: A.Comment[];

  constructor(private readonly file: A.PolicyFile) {
    this.pending = [...file.comments].sort((a, b) => a.span.start - b.span.start);
  }

  run(): string {
    const f = this.file;
    if (f.namespace) {
      this.node(f.namespace.span.start, [`namespace ${f.namespace.name}`], "");
    }
    let prevEnd = f.namespace?.span.end;
    let prevKind: string | undefined = f.namespace ? "namespace" : undefined;
    for (const item of f.items) {
      if (prevKind !== undefined) {
        const blank = prevEnd !== undefined && /\n[ \t]*\n/.test(f.source.slice(prevEnd, this.firstCommentOr(item.span.start)));
        const block = ["rule", "test", "attributes"];
        if (blank || block.includes(item.kind) || block.includes(prevKind) || prevKind === "namespace") this.out.push("");
      }
      this.item(item);
      prevEnd = item.span.end;
      prevKind = item.kind;
    }
    this.flush(Infinity, "");
    while (this.out.length && this.out[this.out.length - 1] === "") this.out.pop();
    return this.out.join("\n") + "\n";
  }

  private firstCommentOr(offset: number): number {
    const c = this.pending.find((p) => !p.trailing && p.span.start < offset);
    return c ? c.span.start : offset;
  }

  /** Emits comments that stand before `offset`: trailing ones join the last line, the others get their own. */
  private flush(offset: number, indent: string): void {
    while (this.pending.length && this.pending[0]!.span.start < offset) {
      const c = this.pending.shift()!;
      if (c.trailing && this.out.length && this.out[this.out.length - 1] !== "") this.out[this.out.length - 1] += `  ${c.text.trimEnd()}`;
      else this.out.push(indent + c.text.trimEnd());
    }
  }

  private node(start: number, lines: string[], indent: string): void {
    this.flush(start, indent);
    for (const l of lines) this.out.push(indent + l);
  }

  private item(item: A.Item): void {
    switch (item.kind) {
      case "import": return this.node(item.span.start, [`import ${quote(item.path)}`], "");
      case "const": return this.node(item.span.start, [`const ${item.name.name} = ${expr(item.value)}`], "");
      case "columns": return this.node(item.span.start, [`columns ${item.name.name} = ${item.selectors.map(selector).join(", ")}`], "");
      case "program": return this.node(item.span.start, [`program ${quote(item.program)} is ${item.categories.map((c) => c.name).join(", ")}`], "");
      case "target": return this.node(item.span.start, [`on ${target(item.target)}`], "");
      case "timezone": return this.node(item.span.start, [`timezone ${quote(item.zone)}`], "");
      case "attributes": {
        this.node(item.span.start, ["attributes {"], "");
        for (const f of item.fields) this.node(f.span.start, [`${f.name.name}: ${typeRef(f.type)}`], INDENT);
        this.flush(item.span.end - 1, INDENT);
        this.out.push("}");
        return;
      }
      case "rule": return this.rule(item);
      case "test": return this.test(item);
    }
  }

  private rule(r: A.RuleDecl): void {
    this.node(r.span.start, [`rule ${r.id.name}${r.reason !== undefined ? ` ${quote(r.reason)}` : ""} {`], "");
    const clauses: { start: number; lines: string[] }[] = [];
    if (r.target) clauses.push({ start: r.target.span.start, lines: [`on ${target(r.target)}`] });
    const when = r.when ? condition("when ", r.when) : undefined;
    const effectStart = r.effectSpan?.start ?? r.span.start;
    if (r.effect === "allow" || r.effect === "deny") {
      clauses.push({ start: effectStart, lines: r.when ? condition(`${r.effect} when `, r.when) : [r.effect] });
    } else if (r.effect === "review" && r.review) {
      clauses.push({ start: effectStart, lines: [review(r.review)] });
      if (when) clauses.push({ start: r.when!.span.start, lines: when });
    } else if (r.effect === "mask") {
      if (when) clauses.push({ start: r.when!.span.start, lines: when });
      for (const m of r.masks) {
        const what = m.detected.length ? `detected ${m.detected.map((d) => d.name).join(", ")}` : m.columns.map(selector).join(", ");
        clauses.push({ start: m.span.start, lines: [`mask ${what} with ${m.method.name}`] });
      }
    } else if (when) clauses.push({ start: r.when!.span.start, lines: when });
    // Comments follow the clause they were written before, in the order clauses are printed.
    for (const c of clauses) this.node(c.start, c.lines, INDENT);
    this.flush(r.span.end - 1, INDENT);
    this.out.push("}");
  }

  private test(t: A.TestDecl): void {
    this.node(t.span.start, [`test ${quote(t.name)} {`], "");
    const clauses: { start: number; line: string }[] = [];
    if (t.principal) clauses.push({ start: t.principal.span.start, line: `given principal ${principal(t.principal)}` });
    if (t.connection) clauses.push({ start: t.connection.span.start, line: `on ${word(t.connection.name)}${t.connection.tags.map((g) => ` tagged ${g.key} = ${quote(g.value)}`).join("")}` });
    if (t.time) clauses.push({ start: t.time.span.start, line: `at ${t.time.value}` });
    if (t.sourceIp) clauses.push({ start: t.sourceIp.span.start, line: `from ${/^[\d.]+$/.test(t.sourceIp.value) ? t.sourceIp.value : quote(t.sourceIp.value)}` });
    if (t.justification) clauses.push({ start: t.justification.span.start, line: `because ${quote(t.justification.value)}` });
    const r = t.request;
    if (r) {
      const line = r.kind === "sql" || r.kind === "shell" ? `${r.kind} ${quote(r.text)}`
        : r.kind === "ssh" ? `ssh ${r.request.name}${r.subsystem !== undefined ? ` ${quote(r.subsystem)}` : ""}`
        : `facts ${r.section.name} ${r.json}`;
      clauses.push({ start: r.span.start, line });
    }
    for (const e of t.expects) clauses.push({ start: e.span.start, line: `expect ${expectation(e)}` });
    clauses.sort((a, b) => a.start - b.start);
    for (const c of clauses) this.node(c.start, c.line.split("\n"), INDENT);
    this.flush(t.span.end - 1, INDENT);
    this.out.push("}");
  }
}

function word(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : quote(name);
}

function typeRef(t: A.TypeRef): string {
  return t.element ? `list<${typeRef(t.element)}>` : t.name;
}

function target(t: A.Target): string {
  const parts: string[] = [];
  if (t.protocol) parts.push(t.protocol.name);
  if (t.connections.length) {
    parts.push("connection " + t.connections.map((c) => (c.kind === "tag" ? `tagged ${c.key} = ${quote(c.value)}` : c.kind === "glob" ? quote(c.pattern) : word(c.name))).join(", "));
  }
  return parts.join(" ");
}

function selector(s: A.SelectorRef): string {
  if (s.kind === "named") return s.name;
  return /^[A-Za-z0-9_*.$]+$/.test(s.text) ? s.text : quote(s.text);
}

function review(r: A.ReviewSpec): string {
  let s = `review by ${r.approvers.map((a) => quote(a.name)).join(", ")}`;
  if (r.quorum) s += ` quorum ${r.quorum.value}`;
  s += r.window ? ` for ${r.window.text}` : " once";
  if (r.mode) s += ` ${r.mode.value}`;
  if (r.expires) s += ` expires ${r.expires.text}`;
  return s;
}

function principal(p: A.PrincipalSpec): string {
  let s = quote(p.id);
  if (p.kind) s += ` kind ${p.kind.name}`;
  if (p.groups.length) s += ` groups [${p.groups.map(quote).join(", ")}]`;
  if (p.attributes.length) s += ` attributes { ${p.attributes.map((a) => `${a.name.name}: ${expr(a.value)}`).join(", ")} }`;
  if (p.actingFor) s += ` acting for ${principal(p.actingFor)}`;
  return s;
}

function expectation(e: A.Expectation): string {
  switch (e.kind) {
    case "effect": return `${e.effect.name}${e.rules.length ? ` by ${e.rules.map((r) => r.name).join(", ")}` : ""}`;
    case "mask": return `mask ${e.target.kind === "detected" ? `detected ${e.target.infoType.name}` : selector(e.target)} with ${e.method.name}`;
    case "no-masks": return "no masks";
    case "reason": return `reason contains ${quote(e.contains)}`;
    case "review": {
      let s = `review by ${e.approvers.map(quote).join(", ")}`;
      if (e.quorum !== undefined) s += ` quorum ${e.quorum}`;
      if (e.once) s += " once";
      if (e.window) s += ` for ${e.window.text}`;
      if (e.mode) s += ` ${e.mode}`;
      return s;
    }
  }
}

/** `prefix` + the condition on one line, or split before each top-level and/or when too wide. */
function condition(prefix: string, e: A.Expr): string[] {
  const one = prefix + expr(e);
  if (one.length + INDENT.length <= WIDTH || (e.kind !== "and" && e.kind !== "or")) return [one];
  const op = e.kind;
  const parts: A.Expr[] = [];
  let cur: A.Expr = e;
  while (cur.kind === op) {
    parts.unshift(cur.right);
    cur = cur.left;
  }
  parts.unshift(cur);
  const p = PREC[op]!;
  return [prefix + expr(parts[0]!, p), ...parts.slice(1).map((x) => `${INDENT}${op} ${expr(x, p + 1)}`)];
}

/** Binding strength: a child weaker than its position allows is wrapped in parentheses. */
const PREC: Record<string, number> = { or: 1, and: 2, not: 3, compare: 4 };

/**
 * Prints an expression with the parentheses needed to parse back to the same tree. `min` is the
 * weakest operator that may stand here unwrapped; quantifiers, whose condition runs to the end,
 * are wrapped everywhere but at the top.
 */
export function expr(e: A.Expr, min = 0): string {
  const wrap = (s: string, prec: number) => (prec < min ? `(${s})` : s);
  switch (e.kind) {
    case "or":
    case "and": {
      const p = PREC[e.kind]!;
      return wrap(`${expr(e.left, p)} ${e.kind} ${expr(e.right, p + 1)}`, p);
    }
    case "not": return wrap(`not ${expr(e.expr, 3)}`, 3);
    case "compare": return wrap(`${expr(e.left, 5)} ${e.op} ${expr(e.right, 5)}`, 4);
    case "quantifier": {
      const s = `${e.quantifier} ${e.variable.name} in ${expr(e.list, 5)}: ${expr(e.body)}`;
      return min === 0 ? s : `(${s})`;
    }
    case "has": return `has ${expr(e.path, 5)}`;
    case "call": return `${e.name.name}(${e.args.map((a) => expr(a)).join(", ")})`;
    case "list": return `[${e.items.map((i) => expr(i, 5)).join(", ")}]`;
    case "path": return [e.root.name, ...e.fields.map((f) => f.name)].join(".");
    case "string": return quote(e.value);
    case "int": return String(e.value);
    case "bool": return String(e.value);
    case "duration":
    case "timeofday":
    case "timestamp":
    case "cidr": return e.text;
    case "error": return "";
  }
}
