// One analysis of a command line: walks the bash syntax tree, records every simple command that
// can run (including those inside substitutions, function bodies and scripts handed to shells),
// and accumulates the category set.
import type { ShellCategory, ShellCommandFacts, ShellRedirect } from "../../compiler/context/types.js";
import { addAll, finish, UNKNOWN, type CategorySet } from "./categories.js";
import { DANGEROUS_ENV, evaluateRule, SYSTEM_PATH } from "./classify.js";
import { testEvaluatesCode, variableEffect } from "./handlers/scripts.js";
import { HANDLERS } from "./handlers/index.js";
import type { KnowledgeBase } from "./knowledge/index.js";
import { parseBash } from "./parser.js";
import type { Invocation, Scope, SqlEffects, Stdin } from "./scope.js";
import { copySyntaxTree, skipsText, type SyntaxNode } from "./syntax.js";
import { splitPlain } from "./fast-path.js";
import { PRIVILEGE_FILE } from "./options.js";
import { braceWords, wordOf, type Word } from "./words.js";
import { nameReadings, pathReading } from "./readings.js";
import type { CommandRule } from "./knowledge/rules.js";

/** Scripts inside scripts (bash -c "bash -c …") deeper than this are not followed: opaque. */
const MAX_DEPTH = 8;
/** Longest text analysed; anything longer is opaque rather than slow. */
export const MAX_SCRIPT_LENGTH = 256 * 1024;

export type SqlJudge = (sql: string) => SqlEffects | undefined;

interface Redirect {
  fact: ShellRedirect;
  categories: ShellCategory[];
  stdin?: Stdin;
}

/** Per-script state: functions are only visible to the script that defines them. */
interface ScriptState {
  src: string;
  via: string[];
  functionNames: Set<string>;
  /** Variables given a value holding a command substitution as text: evaluated as a name or number, it runs. */
  codeValued: Set<string>;
  bodies: Map<string, { categories: CategorySet; calls: Set<string>; text: string }>;
  /** `inBody`: made inside a function body, where its arguments are that body's (judged when the outer call is). */
  calls: { entry: ShellCommandFacts; name: string; extra: CategorySet; args: Word[]; inBody: boolean }[];
  /** The source of every function definition, to run a body again with a call's arguments. */
  definitions?: string[];
  currentFunction?: string;
  /** Bodies of here-documents whose delimiter is quoted: nothing in them is expanded. */
  quotedBodies?: Set<SyntaxNode>;
}

const STREAM: Stdin = { kind: "stream" };
const REDIRECT_TYPES = new Set(["file_redirect", "heredoc_redirect", "herestring_redirect"]);

export class ShellAnalysis implements Scope {
  readonly commands: ShellCommandFacts[] = [];
  parseError: string | undefined;
  private depth = 0;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly sql: SqlJudge | undefined,
    /** Parse every script with the grammar, even plain ones (tests compare both paths). */
    private readonly fullParse = false,
  ) {}

  /** Analyses a script; `via` names the programs that run it (empty at the top). */
  runScript(text: string, via: string[], stdin: Stdin = STREAM): CategorySet {
    if (this.depth >= MAX_DEPTH || text.length > MAX_SCRIPT_LENGTH) {
      this.parseError ??= this.depth >= MAX_DEPTH ? "scripts nested too deeply to follow" : "command too long to analyse";
      return new Set(UNKNOWN);
    }
    // A quoted subscript holding a substitution is only safe while nothing evaluates it; the full parse checks.
    // The plain split does not follow standard input into pipelines: a script given text to read takes the full parse.
    const plain = this.fullParse || SUBSCRIPTED_CODE.test(text) || stdin.kind !== "stream" ? undefined : splitPlain(text);
    if (plain) return this.runPlain(plain, via);
    let syntax = parseTree(text);
    // The grammar does not know `coproc NAME COMPOUND` (nor time or ! before some compounds);
    // without the keyword the same commands parse as what they are, and run alike.
    for (let round = 0; round < MAX_DEPTH; round++) {
      const bare = withoutPrefixKeywords(syntax.root, text);
      if (bare === undefined) break;
      text = bare;
      syntax = parseTree(text);
    }
    const out: CategorySet = new Set();
    if (syntax.hasError || skipsText(syntax.root, text)) {
      this.parseError ??= via.length === 0 ? "not valid bash" : `not valid bash in the script run by ${via.join(" → ")}`;
      out.add("opaque");
      // The tree cannot be trusted to show every command, so the commands a plain reading of the
      // text finds are judged too (they only add categories; they are not recorded as facts).
      const recorded = this.commands.length;
      this.depth++;
      try {
        for (const words of looseCommands(text)) addAll(out, this.runCommand(words, { via, assignments: [], redirects: [], stdin: STREAM, appendedInput: false }));
      } finally {
        this.depth--;
        this.commands.length = recorded;
      }
    }
    const state: ScriptState = { src: text, via, functionNames: new Set(), codeValued: new Set(), bodies: new Map(), calls: [] };
    collectNames(syntax.root, text, state);
    if (usesCodeValued(state)) out.add("opaque");
    this.depth++;
    try {
      addAll(out, this.walk(syntax.root, state, [], stdin));
    } finally {
      this.depth--;
    }
    addAll(out, this.resolveFunctions(state));
    return out;
  }

  private runPlain(commands: NonNullable<ReturnType<typeof splitPlain>>, via: string[]): CategorySet {
    const out: CategorySet = new Set();
    const state: ScriptState = { src: "", via, functionNames: new Set(), codeValued: new Set(), bodies: new Map(), calls: [] };
    this.depth++;
    try {
      for (const c of commands) {
        const extra: CategorySet = new Set();
        for (const a of c.assignments) {
          const name = a.slice(0, a.indexOf("=")).replace(/\+$/, "");
          addAll(extra, c.words.length === 0 ? variableEffect(name) : prefixEffect(name, c.words[0]!, a));
        }
        if (c.words.length === 0) {
          addAll(out, extra);
          continue;
        }
        addAll(out, this.runCommand(c.words, { via, assignments: c.assignments, redirects: [], stdin: STREAM, appendedInput: false, extra, state }));
        addAll(out, extra);
      }
    } finally {
      this.depth--;
    }
    return out;
  }

  // ------------------------------------------------------------------ Scope, for handlers
  script(text: string, literal: boolean, inv: Invocation, withStdin = false): CategorySet {
    // exec can point the script's standard input elsewhere for the commands after it.
    const out = this.runScript(text, inv.via, withStdin && !/\bexec\b/.test(text) ? inv.stdin : STREAM);
    if (!literal) out.add("opaque");
    return out;
  }

  command(words: Word[], inv: Invocation, opts: { appendedInput?: boolean; stdin?: Stdin } = {}): CategorySet {
    return this.runCommand(words, {
      via: inv.via, assignments: [], redirects: [], stdin: opts.stdin ?? inv.stdin,
      appendedInput: opts.appendedInput ?? inv.appendedInput,
    });
  }

  evaluate(rule: CommandRule, words: Word[], appendedInput: boolean, inv?: Invocation): CategorySet {
    const invocation = inv ?? { name: "", words, rule, stdin: STREAM, via: [], appendedInput };
    return evaluateRule(rule, words, appendedInput, invocation, this);
  }

  sqlEffects(sql: string): SqlEffects | undefined {
    return this.sql?.(sql);
  }

  // ------------------------------------------------------------------ the tree walk
  private walk(node: SyntaxNode, state: ScriptState, redirects: Redirect[], stdin: Stdin): CategorySet {
    const out = this.walkInner(node, state, redirects, stdin);
    if (EVALUATING.has(node.type) && evaluatesCode(node, state)) out.add("opaque");
    const arithmetic = arithmeticText(node, state.src);
    if (arithmetic !== undefined) addAll(out, arithmeticAssignments(arithmetic));
    return out;
  }

  private walkInner(node: SyntaxNode, state: ScriptState, redirects: Redirect[], stdin: Stdin): CategorySet {
    switch (node.type) {
      case "command":
        return this.simpleCommand(node, state, redirects, stdin);
      case "redirected_statement":
        return this.redirected(node, state, redirects, stdin);
      case "function_definition":
        return this.functionDefinition(node, state, redirects, stdin);
      case "declaration_command":
      case "unset_command":
      case "test_command":
        return this.builtinForm(node, state, redirects);
      case "variable_assignment":
      case "variable_assignments": {
        const out = this.children(node, state, [], STREAM);
        for (const a of node.type === "variable_assignment" ? [node] : node.children) {
          if (a.type === "variable_assignment") addAll(out, variableEffect(assignmentName(a, state.src)));
        }
        return out;
      }
      case "pipeline": {
        const out: CategorySet = new Set();
        let first = true;
        for (const c of node.children) {
          if (!c.named) continue;
          addAll(out, this.walk(c, state, redirects, first ? stdin : STREAM));
          first = false;
        }
        return out;
      }
      case "comment":
        return new Set();
      case "heredoc_body": {
        if (state.quotedBodies?.has(node)) return new Set();
        // The grammar misses substitutions on lines that start with blanks; the body is read again
        // the way bash expands it, as the text of a double-quoted word.
        const text = state.src.slice(node.start, node.end);
        if (/\$[({[]|`/.test(text)) return this.runScript(": " + asDoubleQuoted(text), state.via);
        return this.children(node, state, redirects, stdin);
      }
      case "command_substitution": {
        const out = this.children(node, state, redirects, stdin);
        // $(< FILE) reads FILE: /dev/tcp is network, a name known only when it runs could be.
        for (const r of readRedirects(node.children.filter((c) => c.field === "redirect" && REDIRECT_TYPES.has(c.type)), state.src).redirects) addAll(out, r.categories);
        // Inside `…` bash removes the backslash before `, $ and \ before reading the command, so
        // `echo \`cmd\`` runs cmd; the grammar reads the text with the backslashes still in it.
        const raw = state.src.slice(node.start, node.end);
        if (raw.startsWith("`") && /\\[`$\\]/.test(raw)) addAll(out, this.runScript(raw.slice(1, -1).replace(/\\([`$\\])/g, "$1"), state.via));
        return out;
      }
      case "expansion": {
        // The grammar leaves `…` in an operator's word (${x:-`cmd`}) and $(…) in a pattern (${x#$(cmd)}) as plain text; bash runs them.
        const out = this.children(node, state, redirects, stdin);
        for (const text of unparsedTexts(node, state.src)) addAll(out, this.unsplitWord(text, state));
        // ${NAME:=value} and ${NAME=value} assign NAME.
        const assigned = /^\$\{([A-Za-z_][A-Za-z0-9_]*):?=/.exec(state.src.slice(node.start, node.end));
        if (assigned) addAll(out, variableEffect(assigned[1]!));
        // ${x@P} expands the value as a prompt, which runs the $(…) it holds.
        if (/@P\}$/.test(state.src.slice(node.start, node.end))) out.add("opaque");
        return out;
      }
      default:
        return this.children(node, state, redirects, stdin);
    }
  }

  /**
   * A pattern or word of ${…} that the grammar kept as plain text although it holds `…` or $(…),
   * which bash runs: read as the argument of a no-op command.
   */
  private unsplitWord(text: string, state: ScriptState): CategorySet {
    // After a letter, so that a leading # is not read as a comment.
    return /`|\$\(/.test(text) ? this.runScript(": _" + text, state.via) : new Set();
  }

  private children(node: SyntaxNode, state: ScriptState, redirects: Redirect[], stdin: Stdin): CategorySet {
    const out: CategorySet = new Set();
    for (const c of node.children) if (c.named || c.children.length > 0) addAll(out, this.walk(c, state, redirects, stdin));
    return out;
  }

  private redirected(node: SyntaxNode, state: ScriptState, inherited: Redirect[], stdin: Stdin): CategorySet {
    const own = node.children.filter((c) => REDIRECT_TYPES.has(c.type));
    const read = readRedirects(own, state.src);
    const redirects = [...inherited, ...read.redirects];
    const out: CategorySet = new Set();
    for (const r of redirects) addAll(out, r.categories);
    const ownStdin = lastStdin(redirects) ?? stdin;
    const body = node.children.find((c) => c.field === "body");
    if (body?.type === "command") addAll(out, this.simpleCommand(body, state, redirects, ownStdin, read.words));
    else if (body && read.words.length > 0 && (body.type === "variable_assignment" || body.type === "variable_assignments")) {
      addAll(out, this.walk(body, state, [], STREAM));
      const assignments = body.type === "variable_assignment" ? [body] : body.children.filter((c) => c.type === "variable_assignment");
      addAll(out, this.runCommand(read.words, {
        via: state.via, assignments: assignments.map((a) => state.src.slice(a.start, a.end)), redirects, stdin: ownStdin, appendedInput: false, state,
      }));
    } else if (body) {
      // Words after a compound command's redirection are a syntax error in bash.
      if (read.words.length > 0) out.add("opaque");
      addAll(out, this.walk(body, state, redirects, ownStdin));
    }
    for (const r of own) addAll(out, this.children(r, state, [], STREAM));
    return out;
  }

  private simpleCommand(node: SyntaxNode, state: ScriptState, inherited: Redirect[], stdin: Stdin, trailing: Word[] = []): CategorySet {
    const src = state.src;
    const words: Word[] = [];
    const assignments: string[] = [];
    const own: Redirect[] = [];
    const extra: CategorySet = new Set();
    // After "|&" the grammar can run on over a newline into the next line's command; bash ends the
    // command at the newline, so each further line's words are a command of their own.
    const lines: Word[][] = [];
    const prefixNames: string[] = [];
    let prevEnd = node.start;
    let prevWord: SyntaxNode | undefined;
    const joined = new Set<SyntaxNode>();
    for (const c of node.children) {
      const rawGap = src.slice(prevEnd, c.start);
      const gap = rawGap.replace(/\\\r?\n/g, "");
      prevEnd = c.end;
      const isWord = c.field === "name" || c.field === "argument";
      // bash removes a backslash-newline before splitting words (r\⏎m is rm); the grammar splits there.
      if (isWord && prevWord && prevWord.end === c.start - rawGap.length && rawGap !== "" && /^(\\\r?\n)+$/.test(rawGap) && lines.length === 0 && words.length > 0) {
        words.push(joinWords(words.pop()!, wordOf(c, src)));
        joined.add(c);
        prevWord = c;
        continue;
      }
      prevWord = isWord ? c : undefined;
      if (gap.includes("\n") && (c.field === "name" || c.field === "argument")) {
        lines.push([wordOf(c, src)]);
        continue;
      }
      if (lines.length > 0 && (c.field === "name" || c.field === "argument")) {
        lines[lines.length - 1]!.push(wordOf(c, src));
        continue;
      }
      if (c.type === "variable_assignment") {
        assignments.push(src.slice(c.start, c.end));
        prefixNames.push(assignmentName(c, src));
      } else if (REDIRECT_TYPES.has(c.type)) {
        const read = readRedirects([c], src);
        own.push(...read.redirects);
        words.push(...read.words);
      } else if (c.field === "name" || c.field === "argument") {
        words.push(...(braceWords(src.slice(c.start, c.end)) ?? [wordOf(c, src)]));
      }
    }
    (lines.length > 0 ? lines[lines.length - 1]! : words).push(...trailing);
    // Without a command the assignments stay in this shell.
    prefixNames.forEach((name, i) => addAll(extra, words.length === 0 && lines.length === 0 ? variableEffect(name) : prefixEffect(name, words[0], assignments[i])));
    // Other parts split only by a backslash-newline (an assignment and a word) are joined by bash too.
    for (let i = 1; i < node.children.length; i++) {
      const gap = src.slice(node.children[i - 1]!.end, node.children[i]!.start);
      if (gap !== "" && /^(\\\r?\n)+$/.test(gap) && !joined.has(node.children[i]!)) extra.add("opaque");
    }
    const redirects = [...inherited, ...own];
    for (const r of redirects) addAll(extra, r.categories);
    const out = this.runCommand(words, {
      via: state.via, assignments, redirects, stdin: lastStdin(own) ?? stdin, appendedInput: false, extra, state,
    });
    for (const line of lines) {
      // "! cmd" negates the status only.
      while (line[0]?.literal && line[0].value === "!") line.shift();
      addAll(out, this.runCommand(line, { via: state.via, assignments: [], redirects: inherited, stdin: STREAM, appendedInput: false, state }));
    }
    // Substitutions in words, assignments and redirect targets run before the command.
    for (const c of node.children) addAll(out, EVALUATING.has(c.type) || c.type === "command_substitution" ? this.walk(c, state, [], STREAM) : this.children(c, state, [], STREAM));
    addAll(out, extra);
    return out;
  }

  private runCommand(
    words: Word[],
    ctx: { via: string[]; assignments: string[]; redirects: Redirect[]; stdin: Stdin; appendedInput: boolean; extra?: CategorySet; state?: ScriptState },
  ): CategorySet {
    const out: CategorySet = new Set(ctx.extra);
    const program = words[0];
    if (!program) return out;
    const entry: ShellCommandFacts = {
      program: program.literal ? program.value : "",
      args: words.slice(1).map((w) => w.value),
      assignments: ctx.assignments,
      redirects: ctx.redirects.map((r) => r.fact),
      categories: [],
      via: ctx.via,
    };
    this.commands.push(entry);
    if (!program.literal) {
      addAll(out, UNKNOWN);
      for (const reading of nameReadings(program.value, ctx.state?.src ?? "")) addAll(out, this.reading(reading, words.slice(1), ctx));
    } else if (ctx.state && ctx.state.functionNames.has(program.value)) {
      // A function of this script (it shadows any program of that name): its body was analysed
      // where it is defined; the call takes the body's categories once all are known.
      if (ctx.state.currentFunction !== undefined) ctx.state.bodies.get(ctx.state.currentFunction)?.calls.add(program.value);
      ctx.state.calls.push({ entry, name: program.value, extra: new Set(out), args: words.slice(1), inBody: ctx.state.currentFunction !== undefined });
      return out;
    } else {
      const rule = this.kb.lookup(program.value);
      if (!rule) {
        addAll(out, UNKNOWN);
        const path = pathReading(program.value);
        if (path !== undefined) addAll(out, this.reading([path], words.slice(1), ctx));
      } else {
        const name = program.value.slice(program.value.lastIndexOf("/") + 1);
        const inv: Invocation = {
          name, words: words.slice(1), rule, stdin: ctx.stdin, via: [...ctx.via, name], appendedInput: ctx.appendedInput,
        };
        const handler = rule.handler ? HANDLERS[rule.handler] : undefined;
        addAll(out, handler ? handler(inv, this) : evaluateRule(rule, inv.words, inv.appendedInput, inv, this));
      }
    }
    entry.categories = finish(new Set(out));
    return out;
  }

  /** Runs an extra judgement whose commands are not recorded and whose failure to parse stays its own. */
  private quietly(run: () => CategorySet): CategorySet {
    if (this.depth >= MAX_DEPTH) return new Set();
    const recorded = this.commands.length;
    const parseError = this.parseError;
    try {
      return run();
    } finally {
      this.commands.length = recorded;
      this.parseError = parseError;
    }
  }

  /** What a command would do if its name were `name` (a reading of a name not known before it runs); not recorded as a command. */
  private reading(name: string[], rest: Word[], ctx: { via: string[]; assignments: string[]; redirects: Redirect[]; stdin: Stdin; appendedInput: boolean }): CategorySet {
    if (this.depth >= MAX_DEPTH) return new Set();
    const recorded = this.commands.length;
    this.depth++;
    try {
      const words = [...name.map((value): Word => ({ value, literal: true, mayBeOption: false })), ...rest];
      return this.runCommand(words, { via: ctx.via, assignments: ctx.assignments, redirects: [], stdin: ctx.stdin, appendedInput: ctx.appendedInput });
    } finally {
      this.depth--;
      this.commands.length = recorded;
    }
  }

  /** declare/export/local/readonly/unset and [[ … ]]: shell syntax of their own, read-only unless a name is dangerous. */
  private builtinForm(node: SyntaxNode, state: ScriptState, redirects: Redirect[]): CategorySet {
    const src = state.src;
    const first = node.children[0];
    const program = first ? src.slice(first.start, first.end) : "";
    const out: CategorySet = new Set();
    for (const r of redirects) addAll(out, r.categories);
    const args: string[] = [];
    for (const c of node.children.slice(1)) {
      if (!c.named) continue;
      args.push(src.slice(c.start, c.end));
      if (c.type === "variable_assignment") addAll(out, variableEffect(assignmentName(c, src)));
      else if (node.type !== "test_command") {
        // export PATH+=:/tmp reaches here as a word; unset PATH (or a name only known when it runs) changes what later names run.
        const w = wordOf(c, src);
        const name = w.value.replace(/\+?=.*$/s, "");
        if (node.type === "unset_command" && !w.literal) out.add("opaque");
        else if (node.type === "unset_command" || w.value.includes("=")) addAll(out, variableEffect(name));
      }
      if (node.type !== "test_command" && /\$\(|`/.test(src.slice(c.start, c.end)) && !hasSubstitutionNode(c)) out.add("opaque");
    }
    // A name reference (declare -n r=PATH) assigns through to a variable its value names.
    if (node.type === "declaration_command" && /^(declare|typeset|local)$/.test(program) && args.some((a) => /^-[a-zA-Z]*n/.test(a))) out.add("opaque");
    addAll(out, this.children(node, state, [], STREAM));
    this.commands.push({
      program, args, assignments: [], redirects: redirects.map((r) => r.fact), categories: finish(new Set(out)), via: state.via,
    });
    return out;
  }

  private functionDefinition(node: SyntaxNode, state: ScriptState, redirects: Redirect[], stdin: Stdin): CategorySet {
    const nameNode = node.children.find((c) => c.field === "name");
    const name = nameNode ? state.src.slice(nameNode.start, nameNode.end) : "";
    const bodyNode = node.children.find((c) => c.field === "body");
    const body = { categories: new Set<ShellCategory>(), calls: new Set<string>(), text: bodyNode ? state.src.slice(bodyNode.start, bodyNode.end) : "" };
    state.bodies.set(name, body);
    (state.definitions ??= []).push(state.src.slice(node.start, node.end));
    const outer = state.currentFunction;
    state.currentFunction = name;
    try {
      const read = readRedirects(node.children.filter((c) => REDIRECT_TYPES.has(c.type)), state.src);
      const own = read.redirects;
      if (read.words.length > 0) body.categories.add("opaque");
      for (const r of own) addAll(body.categories, r.categories);
      for (const c of node.children) {
        if (c.field === "body") addAll(body.categories, this.walk(c, state, [...redirects, ...own], stdin));
      }
    } finally {
      state.currentFunction = outer;
    }
    return new Set(body.categories);
  }

  /** Gives each function call its body's categories; recursion (a fork bomb) is destructive. */
  private resolveFunctions(state: ScriptState): CategorySet {
    const out: CategorySet = new Set();
    if (state.calls.length === 0 && state.bodies.size === 0) return out;
    const total = new Map<string, CategorySet>();
    for (const [name, body] of state.bodies) total.set(name, new Set(body.categories));
    for (let changed = true; changed;) {
      changed = false;
      for (const [name, body] of state.bodies) {
        const mine = total.get(name)!;
        for (const callee of body.calls) {
          for (const c of total.get(callee) ?? []) {
            if (!mine.has(c)) {
              mine.add(c);
              changed = true;
            }
          }
        }
      }
    }
    const recursive = new Set([...state.bodies.keys()].filter((n) => reaches(state.bodies, n, n)));
    for (const name of recursive) {
      total.get(name)!.add("destructive");
      total.get(name)!.add("opaque");
      out.add("destructive");
      out.add("opaque");
    }
    for (const call of state.calls) {
      const cats = new Set(call.extra);
      addAll(cats, total.get(call.name) ?? UNKNOWN);
      // A body that runs its arguments (f() { "$@"; }, sudo "$@", eval "$*") does what the call's
      // arguments say: the body is judged again with them in place of $@, $*, $1 ….
      const body = state.bodies.get(call.name);
      const text = body && !call.inBody && !recursive.has(call.name) ? withArguments(body.text, call.args) : undefined;
      if (text !== undefined) addAll(cats, this.quietly(() => this.runScript([...(state.definitions ?? []), text].join("\n"), state.via)));
      call.entry.categories = finish(cats);
      addAll(out, cats);
    }
    return out;
  }
}

/** A function body with a call's arguments written in place of $@, $*, "$@", $1 … (outside single quotes); undefined when it uses none. */
export function withArguments(body: string, args: Word[]): string | undefined {
  if (!/\$\{?[@*1-9]/.test(body)) return undefined;
  const bare = (w: Word) => (w.literal ? `'${w.value.replace(/'/g, `'\\''`)}'` : w.value);
  const inQuotes = (w: Word) => (w.literal ? w.value.replace(/["$`\\]/g, "\\$&") : w.value);
  let out = "";
  let dq = false;
  for (let i = 0; i < body.length;) {
    const ch = body[i]!;
    if (ch === "'" && !dq) {
      const end = body.indexOf("'", i + 1);
      const stop = end < 0 ? body.length : end + 1;
      out += body.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === "\\") {
      out += body.slice(i, i + 2);
      i += 2;
      continue;
    }
    const all = !dq ? /^"\$(@|\{@\})"/.exec(body.slice(i)) : null;
    if (all) {
      out += args.map(bare).join(" ");
      i += all[0].length;
      continue;
    }
    if (ch === '"') {
      dq = !dq;
      out += ch;
      i++;
      continue;
    }
    const m = /^\$(?:\{([@*1-9])\}|([@*1-9]))/.exec(body.slice(i));
    if (m) {
      const p = (m[1] ?? m[2])!;
      const values = p === "@" || p === "*" ? args : args.slice(Number(p) - 1, Number(p));
      out += values.map(dq ? inQuotes : bare).join(" ");
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function parseTree(text: string): ReturnType<typeof copySyntaxTree> {
  const tree = parseBash(text);
  try {
    return copySyntaxTree(tree);
  } finally {
    tree.delete();
  }
}

/** What starts a compound command. */
const OPENS_COMPOUND = String.raw`(?=[ \t]*(\{[ \t\n]|\(|\[\[|(while|until|for|if|case|select)([ \t\n;]|$)))`;
/** After `coproc`: a NAME before a compound command. */
const COPROC_NAMED = new RegExp(String.raw`^[ \t]+[A-Za-z_][A-Za-z0-9_]*` + OPENS_COMPOUND);
/** After `time`: its -p option before a compound command. */
const TIME_COMPOUND = new RegExp(String.raw`^([ \t]+-p)*` + OPENS_COMPOUND);
const BEFORE_COMPOUND = new RegExp("^" + OPENS_COMPOUND);

/**
 * The grammar does not know `coproc NAME COMPOUND`, `time COMPOUND` or `! COMPOUND` and reads the
 * compound's words as a command's. The text with those keywords (and the coprocess's NAME, the
 * -p of time) blanked out, keeping every offset; undefined when there is none.
 */
function withoutPrefixKeywords(root: SyntaxNode, text: string): string | undefined {
  const spans: [number, number][] = [];
  const visit = (node: SyntaxNode): void => {
    if (node.type === "command") {
      const name = node.children.find((c) => c.field === "name");
      const word = name ? text.slice(name.start, name.end) : "";
      if (name && word === "coproc") {
        const named = COPROC_NAMED.exec(text.slice(name.end));
        spans.push([name.start, named ? name.end + named[0].length : name.end]);
      } else if (name && word === "time") {
        const compound = TIME_COMPOUND.exec(text.slice(name.end));
        if (compound) spans.push([name.start, name.end + compound[0].length]);
      }
    } else if (node.type === "negated_command" && text[node.start] === "!" && BEFORE_COMPOUND.test(text.slice(node.start + 1))) {
      spans.push([node.start, node.start + 1]);
    }
    for (const c of node.children) visit(c);
  };
  visit(root);
  if (spans.length === 0) return undefined;
  let out = text;
  for (const [a, b] of spans) out = out.slice(0, a) + " ".repeat(b - a) + out.slice(b);
  return out;
}

const KEYWORDS = new Set(["if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until", "do",
  "done", "in", "function", "time", "coproc", "!", "{", "}", "[[", "]]"]);

/** A rough split of text bash would not accept: words between separators, redirections dropped. */
function looseCommands(text: string): Word[][] {
  const out: Word[][] = [];
  let words: Word[] = [];
  let value = "";
  let inWord = false;
  let literal = true;
  let skipNext = false;
  const endWord = () => {
    if (inWord) {
      if (skipNext) skipNext = false;
      else if (!(words.length === 0 && KEYWORDS.has(value))) words.push(...((literal ? undefined : braceWords(value)) ?? [{ value, literal, mayBeOption: !literal }]));
    }
    value = "";
    inWord = false;
    literal = true;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) out.push(words);
    words = [];
    skipNext = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"') {
      const close = text.indexOf(ch, i + 1);
      const end = close < 0 ? text.length : close;
      const part = text.slice(i + 1, end);
      if (ch === '"' && /[$`]/.test(part)) literal = false;
      value += part;
      inWord = true;
      i = end;
    } else if (ch === "\\") {
      value += text[i + 1] ?? "";
      inWord = true;
      i++;
    } else if (/[;&|\n()]/.test(ch)) {
      endCommand();
    } else if (ch === "<" || ch === ">") {
      if (/^\d+$/.test(value)) {
        value = "";
        inWord = false;
      }
      endWord();
      while (/[<>&|-]/.test(text[i + 1] ?? "")) i++;
      skipNext = true;
    } else if (ch === " " || ch === "\t") {
      endWord();
    } else {
      if (/[$`*?[{~]/.test(ch)) literal = false;
      value += ch;
      inWord = true;
    }
  }
  endCommand();
  return out;
}

function reaches(bodies: ScriptState["bodies"], from: string, target: string, seen = new Set<string>()): boolean {
  for (const callee of bodies.get(from)?.calls ?? []) {
    if (callee === target) return true;
    if (!seen.has(callee)) {
      seen.add(callee);
      if (reaches(bodies, callee, target, seen)) return true;
    }
  }
  return false;
}

function collectNames(node: SyntaxNode, src: string, state: ScriptState): void {
  if (node.type === "heredoc_redirect") {
    const start = node.children.find((c) => c.type === "heredoc_start");
    const body = node.children.find((c) => c.type === "heredoc_body");
    if (start && body && /['"\\]/.test(src.slice(start.start, start.end))) (state.quotedBodies ??= new Set()).add(body);
  }
  if (node.type === "function_definition") {
    const n = node.children.find((c) => c.field === "name");
    if (n) state.functionNames.add(src.slice(n.start, n.end));
  }
  if (node.type === "variable_assignment") {
    const value = node.children.find((c) => c.field === "value");
    const w = value ? wordOf(value, src) : undefined;
    if (w?.literal && SUBSCRIPTED_CODE.test(w.value)) state.codeValued.add(assignmentName(node, src));
  }
  for (const c of node.children) if (c.children.length > 0) collectNames(c, src, state);
}

/** Text that runs a substitution when evaluated as a name: a[$(cmd)], a[`cmd`]. */
const SUBSCRIPTED_CODE = /\[[^\]]*(\$\(|`)/;

/**
 * A variable whose value is an array subscript holding a substitution (x='a[$(cmd)]') has no use
 * but to be evaluated; any mention of it after the assignment (let, declare -i, ${a[x]}, …) may run it.
 */
function usesCodeValued(state: ScriptState): boolean {
  for (const name of state.codeValued) {
    const escaped = name.replace(/[^A-Za-z0-9_]/g, "");
    const mentions = state.src.match(new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`, "g"))?.length ?? 0;
    const assignments = state.src.match(new RegExp(`(?<![A-Za-z0-9_])${escaped}\\+?=`, "g"))?.length ?? 0;
    if (mentions > assignments) return true;
  }
  return false;
}

/** Syntax that evaluates a name or an arithmetic expression, or (for "for") assigns a variable. */
const EVALUATING = new Set(["arithmetic_expansion", "c_style_for_statement", "compound_statement", "test_command", "expansion", "for_statement"]);

/**
 * Whether evaluating this node can run code bash finds in a value: an array subscript such as
 * a[$(cmd)] is expanded when the name is evaluated (arithmetic, [[ -v ]], ${!x}), and a loop
 * variable named PATH changes what later command names run.
 */
function evaluatesCode(node: SyntaxNode, state: ScriptState): boolean {
  const src = state.src;
  switch (node.type) {
    case "expansion": {
      if (!node.children.some((c) => c.type === "!" && c.field === "operator")) return false;
      // ${!prefix*} and ${!array[@]} list names; ${!name} expands whatever name the value holds.
      return !/^\$\{![A-Za-z_]\w*(\*|@|\[[@*]\])\}$/.test(src.slice(node.start, node.end));
    }
    case "for_statement": {
      const v = node.children.find((c) => c.field === "variable");
      return v !== undefined && DANGEROUS_ENV.test(src.slice(v.start, v.end));
    }
    case "compound_statement":
      if (node.children[0]?.type !== "((") return false;
      break;
    case "test_command":
      if (testsNameWithCode(node, src)) return true;
      break;
  }
  if (state.codeValued.size === 0) return false;
  for (const m of src.slice(node.start, node.end).matchAll(/[A-Za-z_]\w*/g)) if (state.codeValued.has(m[0])) return true;
  return false;
}

/** [[ -v NAME ]] with a subscript that holds a substitution, or a name not known before it runs. */
function testsNameWithCode(node: SyntaxNode, src: string): boolean {
  for (const c of node.children) {
    if (c.type === "unary_expression") {
      const op = c.children.find((k) => k.field === "operator");
      const operand = c.children.find((k) => k !== op && k.named);
      if (op && operand && testEvaluatesCode(src.slice(op.start, op.end), wordOf(operand, src))) return true;
    }
    if (c.children.length > 0 && testsNameWithCode(c, src)) return true;
  }
  return false;
}

function hasSubstitutionNode(n: SyntaxNode): boolean {
  return n.type === "command_substitution" || n.children.some(hasSubstitutionNode);
}

function assignmentName(node: SyntaxNode, src: string): string {
  const name = node.children.find((c) => c.field === "name") ?? node.children[0];
  return name ? src.slice(name.start, name.end).replace(/\[.*$/, "").replace(/\+$/, "") : "";
}

/**
 * A here-document's text as a double-quoted word with the same expansions: double quotes outside
 * substitutions are escaped (inside $(…) and `…` they are the command's own).
 */
function asDoubleQuoted(text: string): string {
  let out = "";
  let depth = 0;
  let backquoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\") {
      out += ch + (text[i + 1] ?? " ");
      i++;
      continue;
    }
    if (ch === "`") backquoted = !backquoted;
    else if (!backquoted && ch === "$" && text[i + 1] === "(") {
      depth++;
      out += "$(";
      i++;
      continue;
    } else if (!backquoted && depth > 0 && ch === "(") depth++;
    else if (!backquoted && depth > 0 && ch === ")") depth--;
    out += ch === '"' && depth === 0 && !backquoted ? '\\"' : ch;
  }
  return `"${out}"`;
}

/** The arithmetic a node evaluates: $((…)), ((…)), a for ((…)) header, an array subscript. */
function arithmeticText(node: SyntaxNode, src: string): string | undefined {
  switch (node.type) {
    case "arithmetic_expansion":
      return src.slice(node.start, node.end);
    case "compound_statement":
      return node.children[0]?.type === "((" ? src.slice(node.start, node.end) : undefined;
    case "c_style_for_statement": {
      const text = src.slice(node.start, node.end);
      const close = text.indexOf("))");
      return close < 0 ? text : text.slice(0, close);
    }
    case "subscript": {
      const index = node.children.find((c) => c.field === "index");
      return index ? src.slice(index.start, index.end) : undefined;
    }
    default:
      return undefined;
  }
}

/** Variables an arithmetic expression assigns (PATH=1, IFS+=2, HISTSIZE++): their effect, as for NAME=value. */
function arithmeticAssignments(text: string): CategorySet {
  const out: CategorySet = new Set();
  const names = [
    ...[...text.matchAll(/(?<![A-Za-z0-9_$])([A-Za-z_][A-Za-z0-9_]*)\s*(?:[-+*/%&|^]|<<|>>)?=(?!=)/g)].map((m) => m[1]!),
    ...[...text.matchAll(/(?:\+\+|--)\s*([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*)\s*(?:\+\+|--)/g)].map((m) => m[1] ?? m[2]!),
  ];
  for (const name of names) addAll(out, variableEffect(name));
  return out;
}

/** Node types the grammar parses fully: their commands are found by the walk. */
const PARSED = new Set(["command_substitution", "process_substitution", "expansion", "simple_expansion", "arithmetic_expansion", "string", "raw_string"]);

/** The texts of the plain words and patterns under a ${…}, outside parsed substitutions, that hold `…` or $(…). */
function unparsedTexts(node: SyntaxNode, src: string): string[] {
  const out: string[] = [];
  for (const c of node.children) {
    if (PARSED.has(c.type)) continue;
    if (c.children.length === 0) {
      const text = src.slice(c.start, c.end);
      if (/`|\$\(/.test(text)) out.push(text);
    } else {
      out.push(...unparsedTexts(c, src));
    }
  }
  return out;
}

/** Builtins that split what they read by IFS and run nothing: IFS= read -r line is the usual way to read lines. */
const SPLITS_INPUT = new Set(["read", "mapfile", "readarray"]);

/**
 * NAME=value in front of a command sets it for that command only: a name that changes what the
 * command runs is opaque; history settings do not reach this shell's history.
 */
function prefixEffect(name: string, program: Word | undefined, assignment = ""): CategorySet {
  if (name === "IFS" && program?.literal && SPLITS_INPUT.has(program.value)) return new Set();
  if (SYSTEM_PATH.test(assignment)) return new Set();
  return DANGEROUS_ENV.test(name) ? new Set(["opaque"]) : new Set();
}

/** One word written across a backslash-newline. */
function joinWords(a: Word, b: Word): Word {
  if (a.literal && b.literal) return { value: a.value + b.value, literal: true, mayBeOption: false };
  return { value: a.value + b.value, literal: false, mayBeOption: a.literal ? (a.value === "" ? b.mayBeOption : a.value.startsWith("-")) : a.mayBeOption };
}

function lastStdin(redirects: Redirect[]): Stdin | undefined {
  let s: Stdin | undefined;
  for (const r of redirects) if (r.stdin) s = r.stdin;
  return s;
}

/** Terminal and null devices: writing to them changes nothing. */
const HARMLESS_DEVICE = /^\/dev\/(null|zero|full|stdout|stderr|stdin|tty|fd\/\d+|pts\/\d+)$|^\/proc\/self\/fd\/\d+$/;

/**
 * The redirections of a command in the order bash applies them. The grammar nests redirections
 * written after a here-document's start inside the here-document node, and it hangs words after a
 * redirection's target on that redirection as further destinations: bash passes those words to
 * the command as arguments, except a number written against the next redirection's operator
 * (`0>&1`), which is that redirection's descriptor.
 */
function readRedirects(nodes: SyntaxNode[], src: string): { redirects: Redirect[]; words: Word[] } {
  const redirects: Redirect[] = [];
  const words: Word[] = [];
  for (const node of nodes) {
    redirects.push(readRedirect(node, src));
    // Words after a here-document's start are the command's arguments (or, after NAME=value, its name).
    if (node.type === "heredoc_redirect") for (const c of node.children) if (c.field === "argument") words.push(wordOf(c, src));
    const nested = node.type === "heredoc_redirect" ? node.children.filter((c) => REDIRECT_TYPES.has(c.type)) : [];
    if (nested.length > 0) {
      const inner = readRedirects(nested, src);
      redirects.push(...inner.redirects);
      words.push(...inner.words);
    }
    if (node.type !== "file_redirect") continue;
    const dest = node.children.filter((c) => c.field === "destination");
    for (let i = 1; i < dest.length; i++) {
      const d = dest[i]!;
      const next = src.slice(d.end, d.end + 1);
      if (i === dest.length - 1 && d.type === "number" && (next === ">" || next === "<")) continue;
      words.push(wordOf(d, src));
    }
  }
  return { redirects, words };
}

function readRedirect(node: SyntaxNode, src: string): Redirect {
  if (node.type === "heredoc_redirect") {
    const start = node.children.find((c) => c.type === "heredoc_start");
    const body = node.children.find((c) => c.type === "heredoc_body");
    const quoted = start ? /['"\\]/.test(src.slice(start.start, start.end)) : false;
    const text = body ? src.slice(body.start, body.end) : "";
    const literal = quoted || !body || body.children.every((c) => c.type === "heredoc_content" || !c.named);
    const op = node.children.find((c) => !c.named && c.type.startsWith("<<"))?.type ?? "<<";
    return { fact: { op, target: text }, categories: [], stdin: { kind: "text", text, literal } };
  }
  if (node.type === "herestring_redirect") {
    const target = node.children.find((c) => c.named && c.type !== "file_descriptor");
    const w = target ? wordOf(target, src) : { value: "", literal: true, mayBeOption: false };
    return { fact: { op: "<<<", target: w.value }, categories: [], stdin: { kind: "text", text: w.value + "\n", literal: w.literal } };
  }
  const fd = node.children.find((c) => c.field === "descriptor");
  const opNode = node.children.find((c) => !c.named && c.type !== "ERROR");
  const dest = node.children.filter((c) => c.field === "destination");
  const op = (fd ? src.slice(fd.start, fd.end) : "") + (opNode ? opNode.type : "");
  const rawOp = src.slice(node.start, dest[0]?.start ?? node.end);
  // n>&- and n<&- close a descriptor.
  if (dest.length === 0 && /[<>]&-\s*$/.test(rawOp)) return { fact: { op: rawOp.trim(), target: "-" }, categories: [] };
  // A process substitution is a pipe to or from a command that the walk judges on its own.
  if (dest[0]?.type === "process_substitution") return { fact: { op: op || rawOp.trim(), target: src.slice(dest[0].start, dest[0].end) }, categories: [] };
  const destWord = dest.length > 0 ? wordOf(dest[0]!, src) : { value: "", literal: false, mayBeOption: false };
  const redirect: Redirect = { fact: { op: op || rawOp.trim(), target: destWord.value }, categories: redirectCategories(rawOp, destWord) };
  // <file, 0<&3, <>file: standard input now comes from elsewhere, not from the text given to the script.
  const input = /^\s*(\d*)\s*<(&|>)?/.exec(rawOp);
  if (input && (input[1] === "" || input[1] === "0")) redirect.stdin = STREAM;
  return redirect;
}

function redirectCategories(rawOp: string, target: Word): ShellCategory[] {
  const writes = rawOp.includes(">");
  const duplicates = /[<>]&\s*$/.test(rawOp) || /&\s*$/.test(rawOp);
  if (duplicates && target.literal && /^(\d+-?|-)$/.test(target.value)) return [];
  if (!target.literal) return writes ? ["mutating", "opaque"] : ["opaque"];
  const t = target.value;
  if (/^\/dev\/(tcp|udp)\//.test(t)) return ["network"];
  if (!writes) return [];
  if (HARMLESS_DEVICE.test(t)) return [];
  if (t.startsWith("/dev/") || /^\/proc\/(sysrq-trigger|kcore|kmem|mem)$/.test(t)) return ["destructive"];
  // Kernel settings.
  if (/^\/(proc|sys)\//.test(t)) return ["mutating", "privileged"];
  if (PRIVILEGE_FILE.test(t)) return ["mutating", "privileged"];
  return ["mutating"];
}
