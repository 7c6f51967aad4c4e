import type { IToken, TokenType } from "chevrotain";
import type * as A from "./ast.js";
import { diagnostic, type Diagnostic } from "./diagnostics.js";
import * as L from "./lexer.js";

const K = L.Keywords;

/** Raised inside one item to abandon it; the item loop records nothing more and resynchronises. */
class SyntaxFail extends Error {}

export interface ParseResult {
  file: A.PolicyFile;
  diagnostics: Diagnostic[];
}

/** Parses one .hoop file. Never throws: every problem becomes a diagnostic. */
export function parse(source: string, path: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  try {
    const lexed = L.hoopLexer.tokenize(source);
    for (const e of lexed.errors) {
      const span = spanAt(path, e.offset, e.offset + Math.max(1, e.length), e.line ?? 1, e.column ?? 1);
      diagnostics.push(diagnostic("HP001", `unexpected character ${JSON.stringify(source.slice(e.offset, e.offset + Math.max(1, e.length)))}`, span,
        "strings use double quotes; comments start with # or //"));
    }
    const comments: A.Comment[] = (lexed.groups.comments ?? []).map((t) => ({
      text: t.image,
      span: tokenSpan(path, t),
      trailing: /[^ \t]/.test(lineBefore(source, t.startOffset)),
    }));
    const p = new Parser(lexed.tokens, path, source, diagnostics);
    const file = p.parseFile(comments);
    return { file, diagnostics };
  } catch (e) {
    // A defect in the parser must still come out as a diagnostic, not a stack trace.
    diagnostics.push(diagnostic("HP000", `internal parser error: ${(e as Error).message}`, spanAt(path, 0, 1, 1, 1)));
    return { file: { path, source, items: [], comments: [] }, diagnostics };
  }
}

function lineBefore(source: string, offset: number): string {
  const start = source.lastIndexOf("\n", offset - 1) + 1;
  return source.slice(start, offset);
}

function spanAt(file: string, start: number, end: number, line: number, col: number): A.Span {
  return { file, start, end, line, col };
}

export function tokenSpan(file: string, t: IToken): A.Span {
  return { file, start: t.startOffset, end: (t.endOffset ?? t.startOffset) + 1, line: t.startLine ?? 1, col: t.startColumn ?? 1 };
}

function join(a: A.Span, b: A.Span): A.Span {
  return { ...a, end: Math.max(a.end, b.end) };
}

const TOP_LEVEL = new Set<TokenType>([K.namespace, K.import, K.const, K.columns, K.rule, K.test, K.on]);
const SOFT_TOP_LEVEL = new Set(["attributes", "program", "timezone"]);

class Parser {
  private pos = 0;
  private readonly eofSpan: A.Span;

  constructor(
    private readonly toks: IToken[],
    private readonly path: string,
    private readonly source: string,
    private readonly diags: Diagnostic[],
  ) {
    const lines = source.split("\n");
    this.eofSpan = spanAt(path, source.length, source.length + 1, lines.length, (lines[lines.length - 1]?.length ?? 0) + 1);
  }

  // ---- token helpers ----
  private peek(k = 0): IToken | undefined {
    return this.toks[this.pos + k];
  }
  private is(type: TokenType, k = 0): boolean {
    const t = this.peek(k);
    return t !== undefined && (t.tokenType === type || (t.tokenType.CATEGORIES?.includes(type) ?? false));
  }
  private isWord(image: string, k = 0): boolean {
    const t = this.peek(k);
    return t !== undefined && t.tokenType === L.Identifier && t.image === image;
  }
  private next(): IToken {
    const t = this.toks[this.pos];
    if (!t) this.fail("unexpected end of file", this.eofSpan, "the file ends in the middle of a declaration; is a closing } missing?");
    this.pos++;
    return t!;
  }
  private span(t: IToken): A.Span {
    return tokenSpan(this.path, t);
  }
  private here(): A.Span {
    const t = this.peek();
    return t ? this.span(t) : this.eofSpan;
  }
  private prevSpan(): A.Span {
    const t = this.toks[this.pos - 1];
    return t ? this.span(t) : this.eofSpan;
  }
  private fail(message: string, span: A.Span = this.here(), hint?: string): never {
    this.diags.push(diagnostic("HP001", message, span, hint));
    throw new SyntaxFail(message);
  }
  private describe(t: IToken | undefined): string {
    if (!t) return "end of file";
    return t.tokenType === L.StringLit ? `string ${t.image}` : `'${t.image}'`;
  }
  private expect(type: TokenType, what: string, hint?: string): IToken {
    if (this.is(type)) return this.next();
    return this.fail(`expected ${what}, found ${this.describe(this.peek())}`, this.here(), hint);
  }
  private expectWord(image: string, hint?: string): IToken {
    if (this.isWord(image)) return this.next();
    return this.fail(`expected '${image}', found ${this.describe(this.peek())}`, this.here(), hint);
  }
  private ident(what: string): A.Ident {
    const t = this.expect(L.Identifier, what);
    return { name: t.image, span: this.span(t) };
  }
  private string(what: string): { value: string; span: A.Span } {
    const t = this.expect(L.StringLit, what);
    return { value: L.unquote(t.image), span: this.span(t) };
  }

  // ---- file ----
  parseFile(comments: A.Comment[]): A.PolicyFile {
    const file: A.PolicyFile = { path: this.path, source: this.source, items: [], comments };
    while (this.pos < this.toks.length) {
      const start = this.pos;
      try {
        if (this.is(K.namespace)) {
          const kw = this.next();
          const first = this.ident("a namespace name");
          const parts = [first.name];
          let span = first.span;
          while (this.is(L.Dot)) {
            this.next();
            const p = this.ident("a namespace name part");
            parts.push(p.name);
            span = join(span, p.span);
          }
          if (file.namespace) this.diags.push(diagnostic("HP001", "a file has one namespace", this.span(kw), "split the file in two"));
          else if (file.items.length > 0) this.diags.push(diagnostic("HP001", "the namespace comes first in a file", this.span(kw)));
          file.namespace = { name: parts.join("."), parts, span };
        } else {
          file.items.push(this.item());
        }
      } catch (e) {
        if (!(e instanceof SyntaxFail)) throw e;
        this.recover(start);
      }
    }
    return file;
  }

  /** Skips to the next top-level declaration after a syntax error inside one. */
  private recover(start: number): void {
    if (this.pos === start) this.pos++;
    let depth = 0;
    for (let i = start; i < this.pos; i++) {
      const t = this.toks[i]!.tokenType;
      if (t === L.LBrace) depth++;
      else if (t === L.RBrace) depth--;
    }
    while (this.pos < this.toks.length) {
      const t = this.peek()!;
      if (depth <= 0 && (TOP_LEVEL.has(t.tokenType) || (t.tokenType === L.Identifier && SOFT_TOP_LEVEL.has(t.image) && (this.is(L.LBrace, 1) || this.is(L.StringLit, 1))))) return;
      if (t.tokenType === L.LBrace) depth++;
      if (t.tokenType === L.RBrace) {
        depth--;
        if (depth <= 0) {
          this.pos++;
          return;
        }
      }
      this.pos++;
    }
  }

  private item(): A.Item {
    const t = this.peek()!;
    if (this.is(K.import)) {
      this.next();
      const s = this.string("the path of a .hoop file in quotes");
      return { kind: "import", path: s.value, span: join(this.span(t), s.span) };
    }
    if (this.is(K.const)) {
      this.next();
      const name = this.ident("a constant name");
      this.expect(L.Assign, "'=' after the constant name");
      const value = this.expr();
      return { kind: "const", name, value, span: join(this.span(t), value.span) };
    }
    if (this.is(K.columns)) {
      this.next();
      const name = this.ident("a name for the column list");
      this.expect(L.Assign, "'=' after the name");
      const selectors = this.selectorList();
      return { kind: "columns", name, selectors, span: join(this.span(t), this.prevSpan()) };
    }
    if (this.isWord("attributes")) return this.attributes();
    if (this.isWord("program")) return this.program();
    if (this.isWord("timezone")) {
      this.next();
      const zone = this.string('an IANA time zone in quotes, e.g. "America/New_York"');
      return { kind: "timezone", zone: zone.value, span: join(this.span(t), zone.span) };
    }
    if (this.is(K.on)) {
      this.next();
      const target = this.target(this.span(t));
      return { kind: "target", target, span: target.span };
    }
    if (this.is(K.rule)) return this.rule();
    if (this.is(K.test)) return this.test();
    return this.fail(`expected a rule, a test or a declaration, found ${this.describe(t)}`, this.span(t),
      "a file holds: namespace, import, timezone, const, columns, attributes, program, on, rule, test");
  }

  private attributes(): A.AttributesDecl {
    const kw = this.next();
    this.expect(L.LBrace, "'{' to open the attribute schema");
    const fields: A.AttributeField[] = [];
    while (!this.is(L.RBrace)) {
      const name = this.ident("an attribute name");
      this.expect(L.Colon, "':' between the attribute name and its type");
      const type = this.typeRef();
      fields.push({ name, type, span: join(name.span, type.span) });
      if (this.is(L.Comma)) this.next();
    }
    const end = this.next();
    return { kind: "attributes", fields, span: join(this.span(kw), this.span(end)) };
  }

  private typeRef(): A.TypeRef {
    const name = this.ident("a type (string, int, bool, duration, timestamp, list<…>)");
    if (name.name === "list" || name.name === "set") {
      this.expect(L.Lt, "'<' after list");
      const element = this.typeRef();
      const end = this.expect(L.Gt, "'>' to close the list type");
      return { name: "list", element, span: join(name.span, this.span(end)) };
    }
    return { name: name.name, span: name.span };
  }

  private program(): A.ProgramDecl {
    const kw = this.next();
    const prog = this.string("the program name in quotes");
    this.expect(K.is, "'is' after the program name", 'program "report-tool" is read-only');
    const what = "a shell category (read-only, mutating, destructive, privileged, network, opaque)";
    const categories: A.Ident[] = [this.hyphenatedWord(what)];
    while (this.is(L.Comma)) {
      this.next();
      categories.push(this.hyphenatedWord(what));
    }
    return { kind: "program", program: prog.value, categories, span: join(this.span(kw), this.prevSpan()) };
  }

  /** A word that may contain hyphens: read-only, port-forward. */
  private hyphenatedWord(what: string): A.Ident {
    const first = this.expect(L.Word, what);
    let name = first.image;
    let span = this.span(first);
    while (this.is(L.Minus) && this.is(L.Word, 1) && this.peek()!.startOffset === (this.toks[this.pos - 1]!.endOffset ?? 0) + 1) {
      this.next();
      const w = this.next();
      name += "-" + w.image;
      span = join(span, this.span(w));
    }
    return { name, span };
  }

  private target(start: A.Span): A.Target {
    let protocol: A.Ident | undefined;
    const connections: A.ConnectionSpec[] = [];
    if (this.is(L.Identifier) && !this.isWord("connection")) protocol = this.ident("a protocol");
    if (this.isWord("connection")) {
      this.next();
      connections.push(this.connectionSpec());
      while (this.is(L.Comma)) {
        this.next();
        connections.push(this.connectionSpec());
      }
    }
    if (!protocol && connections.length === 0) {
      this.fail(`expected a protocol or 'connection', found ${this.describe(this.peek())}`, this.here(),
        "on postgres | on ssh connection bastion | on connection \"pay*\" | on connection tagged env = \"prod\"");
    }
    return { protocol, connections, span: join(start, this.prevSpan()) };
  }

  private connectionSpec(): A.ConnectionSpec {
    const t = this.peek();
    if (this.is(K.tagged)) {
      const kw = this.next();
      const key = this.ident("a tag name");
      this.expect(L.Assign, "'=' after the tag name");
      const value = this.string("the tag value in quotes");
      return { kind: "tag", key: key.name, value: value.value, span: join(this.span(kw), value.span) };
    }
    if (this.is(L.StringLit)) {
      const s = this.string("a connection name");
      return s.value.includes("*") ? { kind: "glob", pattern: s.value, span: s.span } : { kind: "name", name: s.value, span: s.span };
    }
    if (this.is(L.Identifier)) {
      const id = this.ident("a connection name");
      return { kind: "name", name: id.name, span: id.span };
    }
    return this.fail(`expected a connection name, a "glob*" or 'tagged', found ${this.describe(t)}`);
  }

  // ---- rules ----
  private rule(): A.RuleDecl {
    const kw = this.next();
    const id = this.ident("a rule id");
    const rule: A.RuleDecl = { kind: "rule", id, masks: [], span: this.span(kw) };
    if (this.is(L.StringLit)) rule.reason = this.string("a reason").value;
    this.expect(L.LBrace, "'{' to open the rule", 'rule my_rule "why it exists" { … }');
    while (!this.is(L.RBrace)) {
      if (!this.peek()) this.fail("unexpected end of file inside a rule", this.eofSpan, "is a closing } missing?");
      this.ruleClause(rule);
    }
    const end = this.next();
    rule.span = join(this.span(kw), this.span(end));
    return rule;
  }

  private setEffect(rule: A.RuleDecl, effect: A.Effect, t: IToken): void {
    if (rule.effect && rule.effect !== effect) {
      this.fail(`rule '${rule.id.name}' already has the effect '${rule.effect}'`, this.span(t), "a rule has one effect: allow, deny, review or mask; write two rules");
    }
    rule.effect = effect;
    rule.effectSpan ??= this.span(t);
  }

  private setWhen(rule: A.RuleDecl): void {
    const kw = this.expect(K.when, "'when'");
    if (rule.when) this.fail("a rule has one condition", this.span(kw), "join the conditions with 'and'");
    rule.when = this.expr();
  }

  private ruleClause(rule: A.RuleDecl): void {
    const t = this.peek()!;
    switch (t.tokenType) {
      case K.reason:
        this.next();
        rule.reason = this.string("the reason in quotes").value;
        return;
      case K.on:
        this.next();
        if (rule.target) this.fail("a rule has one target", this.span(t), "list several connections: on connection a, b");
        rule.target = this.target(this.span(t));
        return;
      case K.when:
        this.setWhen(rule);
        return;
      case K.allow:
      case K.deny:
        this.next();
        this.setEffect(rule, t.tokenType === K.allow ? "allow" : "deny", t);
        if (this.is(K.when)) this.setWhen(rule);
        return;
      case K.review:
        this.next();
        this.setEffect(rule, "review", t);
        rule.review = this.reviewSpec(this.span(t));
        if (this.is(K.when)) this.setWhen(rule);
        return;
      case K.mask:
        this.next();
        this.setEffect(rule, "mask", t);
        rule.masks.push(this.maskClause(this.span(t)));
        return;
      default:
        this.fail(`expected a rule clause, found ${this.describe(t)}`, this.span(t),
          "a rule holds: on …, when …, allow, deny, review by …, mask … with …, reason \"…\"");
    }
  }

  private reviewSpec(start: A.Span): A.ReviewSpec {
    this.expect(K.by, "'by' and the approver groups", 'review by "payments-ops" quorum 1 once retry expires 30m');
    const approver = () => { const s = this.string("an approver group in quotes"); return { name: s.value, span: s.span }; };
    const spec: A.ReviewSpec = { approvers: [approver()], span: start };
    while (this.is(L.Comma)) {
      this.next();
      spec.approvers.push(approver());
    }
    for (;;) {
      if (this.is(K.quorum)) {
        this.next();
        const n = this.expect(L.Integer, "the number of approvals");
        spec.quorum = { value: Number(n.image), span: this.span(n) };
      } else if (this.is(K.once)) {
        const t = this.next();
        if (spec.window) this.fail("'once' and 'for' exclude each other", this.span(t), "once: this request only; for 2h: identical requests during 2h");
        spec.window = undefined;
      } else if (this.is(K.for)) {
        this.next();
        spec.window = this.duration("how long the approval lasts, e.g. 2h");
      } else if (this.is(K.hold) || this.is(K.retry)) {
        const t = this.next();
        spec.mode = { value: t.image as "hold" | "retry", span: this.span(t) };
      } else if (this.is(K.expires)) {
        this.next();
        spec.expires = this.duration("how long the request waits for approvers, e.g. 30m");
      } else break;
    }
    spec.span = join(start, this.prevSpan());
    return spec;
  }

  private duration(what: string): A.DurationLit {
    const t = this.expect(L.Duration, what);
    return { text: t.image, seconds: L.durationSeconds(t.image), span: this.span(t) };
  }

  private maskClause(start: A.Span): A.MaskClause {
    const clause: A.MaskClause = { columns: [], detected: [], method: { name: "", span: start }, span: start };
    if (this.is(K.detected)) {
      this.next();
      clause.detected.push(this.ident("an info type (credit_card, ssn, email, iban, phone)"));
      while (this.is(L.Comma)) {
        this.next();
        clause.detected.push(this.ident("an info type"));
      }
    } else {
      clause.columns = this.selectorList();
    }
    this.expect(K.with, "'with' and a mask method", "mask customers.ssn with redact");
    clause.method = this.ident("a mask method (redact, last4, hash, null, partial)");
    clause.span = join(start, clause.method.span);
    return clause;
  }

  private selectorList(): A.SelectorRef[] {
    const list = [this.selector()];
    while (this.is(L.Comma)) {
      this.next();
      list.push(this.selector());
    }
    return list;
  }

  /** table.column, schema.table.column, globs like customers.* or *.ssn, or a `columns` name. */
  private selector(): A.SelectorRef {
    if (this.is(L.StringLit)) {
      const s = this.string("a column selector");
      return { kind: "selector", text: s.value, span: s.span };
    }
    const first = this.peek();
    if (!first || !(this.is(L.Word) || this.is(L.Star) || this.is(L.QuotedIdent))) {
      return this.fail(`expected a column such as customers.ssn, found ${this.describe(first)}`);
    }
    // Glued tokens (no space between them) form one selector: pii_*.e*l
    let text = "";
    let end = first.startOffset;
    let parts = 0;
    const start = this.span(first);
    while (this.peek() && this.peek()!.startOffset === end && (this.is(L.Word) || this.is(L.Star) || this.is(L.Dot) || this.is(L.QuotedIdent))) {
      const t = this.next();
      text += t.tokenType === L.QuotedIdent ? `"${t.image.slice(1, -1)}"` : t.image;
      if (t.tokenType === L.Dot) parts++;
      end = (t.endOffset ?? t.startOffset) + 1;
    }
    const span = { ...start, end };
    return parts === 0 && !text.includes("*") ? { kind: "named", name: text, span } : { kind: "selector", text, span };
  }

  // ---- tests ----
  private test(): A.TestDecl {
    const kw = this.next();
    const name = this.string("the test's name in quotes");
    const test: A.TestDecl = { kind: "test", name: name.value, expects: [], span: this.span(kw) };
    this.expect(L.LBrace, "'{' to open the test");
    while (!this.is(L.RBrace)) {
      if (!this.peek()) this.fail("unexpected end of file inside a test", this.eofSpan, "is a closing } missing?");
      this.testClause(test);
    }
    const end = this.next();
    test.span = join(this.span(kw), this.span(end));
    return test;
  }

  private testClause(test: A.TestDecl): void {
    const t = this.peek()!;
    if (this.is(K.given)) {
      this.next();
      this.expectWord("principal", 'given principal "agent-7" kind agent groups ["agents"] acting for "alice@bank.example"');
      test.principal = this.principalSpec(this.span(t), true);
      return;
    }
    if (this.is(K.on)) {
      this.next();
      const name = this.is(L.StringLit) ? this.string("a connection name") : (() => { const i = this.ident("a connection name"); return { value: i.name, span: i.span }; })();
      const tags: { key: string; value: string }[] = [];
      while (this.is(K.tagged)) {
        this.next();
        const key = this.ident("a tag name");
        this.expect(L.Assign, "'='");
        tags.push({ key: key.name, value: this.string("the tag value").value });
      }
      test.connection = { name: name.value, tags, span: join(this.span(t), this.prevSpan()) };
      return;
    }
    if (this.is(K.at)) {
      this.next();
      const ts = this.expect(L.Timestamp, "a timestamp such as 2026-03-02T10:00:00Z");
      test.time = { value: ts.image, span: this.span(ts) };
      return;
    }
    if (this.is(K.from)) {
      this.next();
      const ip = this.is(L.StringLit) ? this.string("an IP address") : (() => { const c = this.expect(L.Cidr, "an IP address"); return { value: c.image, span: this.span(c) }; })();
      test.sourceIp = ip;
      return;
    }
    if (this.is(K.because)) {
      this.next();
      test.justification = this.string("the justification in quotes");
      return;
    }
    if (this.isWord("sql") || this.isWord("shell")) {
      const kw = this.next();
      const text = this.string(`the ${kw.image} text in quotes`);
      this.setRequest(test, { kind: kw.image as "sql" | "shell", text: text.value, span: join(this.span(kw), text.span) });
      return;
    }
    if (this.isWord("ssh")) {
      const kw = this.next();
      const request = this.hyphenatedWord("an SSH request: shell, subsystem, port-forward, agent-forward, x11");
      const subsystem = this.is(L.StringLit) ? this.string("a subsystem").value : undefined;
      this.setRequest(test, { kind: "ssh", request, subsystem, span: join(this.span(kw), this.prevSpan()) });
      return;
    }
    if (this.isWord("facts")) {
      const kw = this.next();
      const section = this.ident("the section the facts describe: sql, shell, ssh, k8s");
      const json = this.rawBlock();
      this.setRequest(test, { kind: "facts", section, json: json.text, span: join(this.span(kw), json.span) });
      return;
    }
    if (this.is(K.expect)) {
      this.next();
      test.expects.push(this.expectation(this.span(t)));
      return;
    }
    this.fail(`expected a test clause, found ${this.describe(t)}`, this.span(t),
      "a test holds: given principal …, on CONNECTION, at TIME, from IP, because \"…\", sql \"…\" | shell \"…\" | ssh …, expect …");
  }

  private setRequest(test: A.TestDecl, req: A.RequestSpec): void {
    if (test.request) this.fail("a test sends one request", req.span, "write one test per request");
    test.request = req;
  }

  /** The source text of a balanced { … } block (JSON facts). */
  private rawBlock(): { text: string; span: A.Span } {
    const open = this.expect(L.LBrace, "'{' to open the facts (JSON)");
    let depth = 1;
    while (depth > 0) {
      const t = this.next();
      if (t.tokenType === L.LBrace) depth++;
      else if (t.tokenType === L.RBrace) depth--;
    }
    const close = this.toks[this.pos - 1]!;
    return { text: this.source.slice(open.startOffset, (close.endOffset ?? close.startOffset) + 1), span: join(this.span(open), this.span(close)) };
  }

  private principalSpec(start: A.Span, allowActing: boolean): A.PrincipalSpec {
    const id = this.string("the principal id in quotes");
    const spec: A.PrincipalSpec = { id: id.value, groups: [], attributes: [], span: start };
    for (;;) {
      if (this.isWord("kind")) {
        this.next();
        spec.kind = this.ident("agent, human or service");
      } else if (this.isWord("groups")) {
        this.next();
        this.expect(L.LBracket, "'[' to open the group list");
        while (!this.is(L.RBracket)) {
          spec.groups.push(this.string("a group name in quotes").value);
          if (this.is(L.Comma)) this.next();
          else break;
        }
        this.expect(L.RBracket, "']' to close the group list");
      } else if (this.isWord("attributes")) {
        this.next();
        this.expect(L.LBrace, "'{' to open the attributes");
        while (!this.is(L.RBrace)) {
          const name = this.ident("an attribute name");
          this.expect(L.Colon, "':' after the attribute name");
          spec.attributes.push({ name, value: this.expr() });
          if (this.is(L.Comma)) this.next();
          else break;
        }
        this.expect(L.RBrace, "'}' to close the attributes");
      } else if (allowActing && this.is(K.acting)) {
        const kw = this.next();
        this.expect(K.for, "'for' after 'acting'");
        spec.actingFor = this.principalSpec(this.span(kw), false);
      } else break;
    }
    spec.span = join(start, this.prevSpan());
    return spec;
  }

  private expectation(start: A.Span): A.Expectation {
    const t = this.peek();
    if (this.is(K.allow) || this.is(K.deny) || (this.is(K.review) && !(this.is(K.by, 1) && this.is(L.StringLit, 2)))) {
      const e = this.next();
      const effect = { name: e.image, span: this.span(e) };
      const rules: A.Ident[] = [];
      if (this.is(K.by)) {
        this.next();
        rules.push(this.ruleRef());
        while (this.is(L.Comma)) {
          this.next();
          rules.push(this.ruleRef());
        }
      }
      return { kind: "effect", effect, rules, span: join(start, this.prevSpan()) };
    }
    if (this.is(K.review)) {
      this.next();
      this.next(); // by
      const approvers = [this.string("an approver group").value];
      while (this.is(L.Comma)) {
        this.next();
        approvers.push(this.string("an approver group").value);
      }
      const exp: Extract<A.Expectation, { kind: "review" }> = { kind: "review", approvers, once: false, span: start };
      for (;;) {
        if (this.is(K.quorum)) {
          this.next();
          exp.quorum = Number(this.expect(L.Integer, "a number").image);
        } else if (this.is(K.once)) {
          this.next();
          exp.once = true;
        } else if (this.is(K.for)) {
          this.next();
          exp.window = this.duration("a duration");
        } else if (this.is(K.hold) || this.is(K.retry)) {
          exp.mode = this.next().image as "hold" | "retry";
        } else break;
      }
      exp.span = join(start, this.prevSpan());
      return exp;
    }
    if (this.is(K.mask)) {
      this.next();
      let target: Extract<A.Expectation, { kind: "mask" }>["target"];
      if (this.is(K.detected)) {
        const d = this.next();
        const infoType = this.ident("an info type");
        target = { kind: "detected", infoType, span: join(this.span(d), infoType.span) };
      } else {
        target = this.selector();
      }
      this.expect(K.with, "'with' and a mask method");
      const method = this.ident("a mask method");
      return { kind: "mask", target, method, span: join(start, method.span) };
    }
    if (this.is(K.no)) {
      this.next();
      this.expect(K.masks, "'masks' after 'no'");
      return { kind: "no-masks", span: join(start, this.prevSpan()) };
    }
    if (this.is(K.reason)) {
      this.next();
      this.expect(K.contains, "'contains'");
      const s = this.string("text the reason contains");
      return { kind: "reason", contains: s.value, span: join(start, s.span) };
    }
    return this.fail(`expected what the test expects, found ${this.describe(t)}`, this.here(),
      "expect allow | deny | review [by rule, …] · expect mask customers.ssn with redact · expect no masks · expect review by \"ops\" quorum 1 once retry · expect reason contains \"…\"");
  }

  private ruleRef(): A.Ident {
    const first = this.ident("a rule id");
    let name = first.name;
    let span = first.span;
    while (this.is(L.Dot)) {
      this.next();
      const p = this.ident("a rule id");
      name += "." + p.name;
      span = join(span, p.span);
    }
    return { name, span };
  }

  // ---- expressions ----
  expr(): A.Expr {
    let left = this.andExpr();
    while (this.is(K.or)) {
      this.next();
      const right = this.andExpr();
      left = { kind: "or", left, right, span: join(left.span, right.span) };
    }
    return left;
  }

  private andExpr(): A.Expr {
    let left = this.notExpr();
    while (this.is(K.and)) {
      this.next();
      const right = this.notExpr();
      left = { kind: "and", left, right, span: join(left.span, right.span) };
    }
    return left;
  }

  private notExpr(): A.Expr {
    if (this.is(K.not)) {
      const t = this.next();
      const expr = this.notExpr();
      return { kind: "not", expr, span: join(this.span(t), expr.span) };
    }
    return this.compare();
  }

  private compareOp(): { op: A.CompareOp; span: A.Span } | undefined {
    const t = this.peek();
    if (!t) return undefined;
    const simple: [TokenType, A.CompareOp][] = [
      [L.EqEq, "=="], [L.NotEq, "!="], [L.LtEq, "<="], [L.GtEq, ">="], [L.Lt, "<"], [L.Gt, ">"],
      [K.in, "in"], [K.contains, "contains"], [K.like, "like"], [K.matches, "matches"], [K.within, "within"],
    ];
    for (const [type, op] of simple) {
      if (t.tokenType === type) {
        this.next();
        return { op, span: this.span(t) };
      }
    }
    if (t.tokenType === K.not && this.is(K.in, 1)) {
      this.next();
      const i = this.next();
      return { op: "not in", span: join(this.span(t), this.span(i)) };
    }
    if (t.tokenType === L.Assign) {
      this.fail("'=' is not a comparison", this.span(t), "write == to compare");
    }
    return undefined;
  }

  private compare(): A.Expr {
    const left = this.primary();
    const op = this.compareOp();
    if (!op) return left;
    const right = this.primary();
    return { kind: "compare", op: op.op, left, right, span: join(left.span, right.span), opSpan: op.span };
  }

  private primary(): A.Expr {
    const t = this.peek();
    if (!t) return this.fail("expected a value or a condition, found end of file", this.eofSpan, "is the condition cut short?");
    const s = this.span(t);
    switch (t.tokenType) {
      case L.LParen: {
        this.next();
        const e = this.expr();
        this.expect(L.RParen, "')'");
        return e;
      }
      case L.LBracket: {
        this.next();
        const items: A.Expr[] = [];
        while (!this.is(L.RBracket)) {
          items.push(this.primary());
          if (this.is(L.Comma)) this.next();
          else break;
        }
        const end = this.expect(L.RBracket, "']' to close the list");
        return { kind: "list", items, span: join(s, this.span(end)) };
      }
      case L.StringLit:
        this.next();
        return { kind: "string", value: L.unquote(t.image), span: s };
      case L.Integer:
        this.next();
        return { kind: "int", value: Number(t.image), span: s };
      case L.Minus: {
        this.next();
        const n = this.expect(L.Integer, "a number after '-'");
        return { kind: "int", value: -Number(n.image), span: join(s, this.span(n)) };
      }
      case K.true:
      case K.false:
        this.next();
        return { kind: "bool", value: t.tokenType === K.true, span: s };
      case L.Duration:
        this.next();
        return { kind: "duration", text: t.image, seconds: L.durationSeconds(t.image), span: s };
      case L.TimeOfDay: {
        this.next();
        const [h, m] = t.image.split(":").map(Number) as [number, number];
        if (h > 24 || m > 59 || (h === 24 && m > 0)) this.fail(`${t.image} is not a time of day`, s, "use 00:00 to 24:00");
        return { kind: "timeofday", text: t.image, minutes: h * 60 + m, span: s };
      }
      case L.Timestamp:
        this.next();
        if (Number.isNaN(Date.parse(t.image))) this.fail(`${t.image} is not a valid timestamp`, s);
        return { kind: "timestamp", text: t.image, span: s };
      case L.Cidr:
        this.next();
        return { kind: "cidr", text: t.image, span: s };
      case K.any:
      case K.all: {
        this.next();
        const variable = this.ident("a name for each element");
        this.expect(K.in, "'in'", "any statement in sql.statements: statement.hasWhere");
        const list = this.primary();
        this.expect(L.Colon, "':' before the condition on each element");
        const body = this.expr();
        return { kind: "quantifier", quantifier: t.tokenType === K.any ? "any" : "all", variable, list, body, span: join(s, body.span) };
      }
      case K.has: {
        this.next();
        const path = this.primary();
        return { kind: "has", path, span: join(s, path.span) };
      }
      case L.Identifier: {
        this.next();
        const root = { name: t.image, span: s };
        if (this.is(L.LParen)) {
          this.next();
          const args: A.Expr[] = [];
          while (!this.is(L.RParen)) {
            args.push(this.expr());
            if (this.is(L.Comma)) this.next();
            else break;
          }
          const end = this.expect(L.RParen, "')' to close the call");
          return { kind: "call", name: root, args, span: join(s, this.span(end)) };
        }
        const fields: A.Ident[] = [];
        while (this.is(L.Dot)) {
          this.next();
          const f = this.expect(L.Word, "a field name after '.'");
          fields.push({ name: f.image, span: this.span(f) });
        }
        return { kind: "path", root, fields, span: fields.length ? join(s, fields[fields.length - 1]!.span) : s };
      }
      default:
        return this.fail(`expected a value or a condition, found ${this.describe(t)}`, s);
    }
  }
}
