// A shell word as bash would see it after quote and escape removal, and whether its value is
// known before the command runs (no expansion, substitution or glob).
import type { SyntaxNode } from "./syntax.js";

export interface Word {
  /** The value after quote removal when literal; the source text otherwise. */
  value: string;
  /** True when the value is exactly known (no $…, `…`, glob, brace or tilde expansion). */
  literal: boolean;
  /** A non-literal word that could expand to something starting with "-" (an option). */
  mayBeOption: boolean;
  /** For a non-literal word, the text it is known to start with (of= in of="$DEV"); none: "". */
  prefix?: string;
  /** A non-literal word whose expansions are all quoted: it stays one word (--since="$(date)"). */
  unsplit?: boolean;
}

const GLOB = /[*?[]/;
/** The start of a word that is a long option given a value after "=" (--since=…). */
export const LONG_OPTION_WITH_VALUE = /^--[A-Za-z0-9][A-Za-z0-9_-]*=/;
/** Where a process substitution's pipe appears. */
export const PIPE_PATH = "/dev/fd/";
const NUMERIC_SPECIAL = /^\$([$!?#]|PPID|UID|EUID|BASHPID)$/;
/** Unquoted expansions whose value is split into words. */
const SPLIT = new Set(["simple_expansion", "expansion", "command_substitution"]);
const DQ_ESCAPABLE = new Set(["$", "`", '"', "\\", "\n"]);

export function wordOf(node: SyntaxNode, src: string): Word {
  const text = src.slice(node.start, node.end);
  switch (node.type) {
    case "word":
    case "command_name":
      return node.children.length === 1 && node.type === "command_name" ? wordOf(node.children[0]!, src) : bareWord(text);
    case "number":
    case "variable_name":
      return { value: text, literal: true, mayBeOption: false };
    case "raw_string":
      return { value: text.slice(1, -1), literal: true, mayBeOption: false };
    case "ansi_c_string":
      return { value: decodeAnsiC(text.slice(2, -1)), literal: true, mayBeOption: false };
    case "string":
      return quotedString(node, src);
    case "translated_string": {
      const inner = node.children.find((c) => c.type === "string");
      return inner ? quotedString(inner, src) : { value: text, literal: false, mayBeOption: true };
    }
    case "concatenation": {
      const parts = node.children.map((c) => wordOf(c, src));
      const first = parts[0];
      let prefix = "";
      for (const p of parts) {
        prefix += p.literal ? p.value : (p.prefix ?? "");
        if (!p.literal) break;
      }
      return {
        prefix,
        value: parts.every((p) => p.literal) ? parts.map((p) => p.value).join("") : text,
        literal: parts.every((p) => p.literal),
        unsplit: parts.every((p) => p.literal || p.unsplit),
        // -$F, --$MODE: an option whose name is only known when it runs; a$X splits into more
        // words where $X holds spaces, and a later one may be an option.
        mayBeOption: (first ? (first.literal ? (first.value === "" ? parts.some((p) => p.mayBeOption) : first.value.startsWith("-")) : first.mayBeOption) : false)
          || node.children.slice(1).some((c) => SPLIT.has(c.type)),
      };
    }
    case "process_substitution":
      // Expands to a /dev/fd/N path: a pipe to or from the command inside.
      return { value: text, literal: false, mayBeOption: false, prefix: PIPE_PATH };
    case "simple_expansion":
      // $$, $!, $?, $# and the read-only numeric variables expand to digits, never to an option.
      if (NUMERIC_SPECIAL.test(text)) return { value: text, literal: false, mayBeOption: false };
      return { value: text, literal: false, mayBeOption: true };
    default:
      // $x, ${x}, $(…), `…`, $((…)), {a,b}, arrays: unknown until run time.
      return { value: text, literal: false, mayBeOption: true };
  }
}

/** An unquoted word: backslash escapes removed; glob, brace and tilde expansion make it non-literal. */
function bareWord(text: string): Word {
  let out = "";
  let dynamic = false;
  let prefix = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\") {
      const next = text[i + 1];
      if (next === undefined) break;
      i++;
      if (next !== "\n") out += next;
      continue;
    }
    if (!dynamic) prefix = out;
    if (GLOB.test(ch) || ch === "$" || ch === "`" || (ch === "{" && /[,.]/.test(text.slice(i)))) dynamic = true;
    if (ch === "~" && i === 0) dynamic = true;
    out += ch;
  }
  if (!dynamic) return { value: out, literal: true, mayBeOption: false };
  return { value: text, literal: false, mayBeOption: !/^[^*?[{$`\\~-]/.test(text), prefix };
}

function quotedString(node: SyntaxNode, src: string): Word {
  const inner = src.slice(node.start + 1, node.end - 1);
  const named = node.children.filter((c) => c.named);
  if (named.some((c) => c.type !== "string_content")) {
    const firstNamed = named[0];
    const leading = firstNamed !== undefined && firstNamed.type === "string_content" && firstNamed.start === node.start + 1
      ? unescapeDoubleQuoted(src.slice(firstNamed.start, firstNamed.end)) : undefined;
    const startsLiteral = leading !== undefined && !leading.startsWith("-");
    // "--name=$X" is that long option with a value known only when it runs.
    const option = leading !== undefined ? LONG_OPTION_WITH_VALUE.exec(leading) : null;
    return { value: inner, literal: false, mayBeOption: !startsLiteral, unsplit: true,
      prefix: startsLiteral ? leading : option ? option[0] : "" };
  }
  return { value: unescapeDoubleQuoted(inner), literal: true, mayBeOption: false };
}

export function unescapeDoubleQuoted(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "\\" && i + 1 < s.length && DQ_ESCAPABLE.has(s[i + 1]!)) {
      i++;
      if (s[i] !== "\n") out += s[i];
    } else {
      out += ch;
    }
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: "\x07", b: "\b", e: "\x1b", E: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
  "\\": "\\", "'": "'", '"': '"', "?": "?",
};

/** Decodes the body of a $'…' string the way bash does. */
export function decodeAnsiC(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== "\\" || i + 1 >= s.length) {
      out += ch;
      continue;
    }
    const e = s[++i]!;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
    } else if (e === "x" || e === "u" || e === "U") {
      const max = e === "x" ? 2 : e === "u" ? 4 : 8;
      const m = /^[0-9a-fA-F]+/.exec(s.slice(i + 1, i + 1 + max));
      if (m) {
        out += String.fromCodePoint(Math.min(parseInt(m[0], 16), 0x10ffff));
        i += m[0].length;
      } else {
        out += "\\" + e;
      }
    } else if (/[0-7]/.test(e)) {
      const m = /^[0-7]{1,3}/.exec(s.slice(i))!;
      out += String.fromCharCode(parseInt(m[0], 8) & 0xff);
      i += m[0].length - 1;
    } else if (e === "c" && i + 1 < s.length) {
      out += String.fromCharCode(s.charCodeAt(++i) & 0x1f);
    } else {
      out += "\\" + e;
    }
  }
  return out;
}

/** Text brace expansion applies to with nothing else to expand: no quotes, escapes, $, globs or tilde. */
const PLAIN_BRACE_WORD = /^[A-Za-z0-9_./,:=@%+\-{}]+$/;
const MAX_BRACE_WORDS = 64;

/**
 * The words a plain unquoted word with brace expansion becomes ({rm,-rf,/x}, a{b,c}, {1..3}), in
 * bash's order; undefined when the word is not such a word or expands to too many.
 */
export function braceWords(text: string): Word[] | undefined {
  if (!text.includes("{") || !PLAIN_BRACE_WORD.test(text)) return undefined;
  const values = expandBraces(text);
  if (values === undefined || (values.length === 1 && values[0] === text)) return undefined;
  // bash drops words that expand to nothing only when unquoted and empty: {a,} keeps "a" and "".
  return values.filter((v) => v !== "").map((value) => ({ value, literal: true, mayBeOption: false }));
}

function expandBraces(text: string): string[] | undefined {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "{") continue;
    let depth = 0;
    let close = -1;
    const commas: number[] = [];
    for (let j = i; j < text.length; j++) {
      const ch = text[j];
      if (ch === "{") depth++;
      else if (ch === "}" && --depth === 0) {
        close = j;
        break;
      } else if (ch === "," && depth === 1) commas.push(j);
    }
    if (close < 0) return [text];
    const body = text.slice(i + 1, close);
    let alternatives: string[] | undefined;
    if (commas.length > 0) {
      alternatives = [];
      let from = i + 1;
      for (const c of [...commas, close]) {
        alternatives.push(text.slice(from, c));
        from = c + 1;
      }
    } else {
      alternatives = sequence(body);
    }
    if (alternatives === undefined) continue;
    const rest = expandBraces(text.slice(close + 1));
    if (rest === undefined) return undefined;
    const out: string[] = [];
    for (const alt of alternatives) {
      const inner = expandBraces(alt);
      if (inner === undefined) return undefined;
      for (const a of inner) {
        for (const r of rest) {
          out.push(text.slice(0, i) + a + r);
          if (out.length > MAX_BRACE_WORDS) return undefined;
        }
      }
    }
    return out;
  }
  return [text];
}

/** {1..5}, {a..e}, {10..1..2}: the values, or undefined when the body is no sequence. */
function sequence(body: string): string[] | undefined {
  const m = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/.exec(body);
  if (!m) return undefined;
  const numeric = /\d/.test(m[1]!);
  if (numeric !== /\d/.test(m[2]!)) return undefined;
  const a = numeric ? Number(m[1]) : m[1]!.charCodeAt(0);
  const b = numeric ? Number(m[2]) : m[2]!.charCodeAt(0);
  const step = Math.abs(Number(m[3] ?? 1)) || 1;
  if (Math.abs(b - a) / step > MAX_BRACE_WORDS) return undefined;
  const out: string[] = [];
  for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) out.push(numeric ? String(v) : String.fromCharCode(v));
  return out;
}
