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
}

const GLOB = /[*?[]/;
const DQ_ESCAPABLE = new Set(["$", "`", '"', "\\", "\n"]);

export function wordOf(node: SyntaxNode, src: string): Word {
  const text = src.slice(node.start, node.end);
  switch (node.type) {
    case "word":
    case "command_name":
      return node.children.length === 1 && node.type === "command_name" ? wordOf(node.children[0]!, src) : bareWord(text);
    case "number":
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
      return {
        value: parts.every((p) => p.literal) ? parts.map((p) => p.value).join("") : text,
        literal: parts.every((p) => p.literal),
        mayBeOption: first ? (first.literal ? first.value === "" && parts.some((p) => p.mayBeOption) : first.mayBeOption) : false,
      };
    }
    case "process_substitution":
      // Expands to a /dev/fd/N path.
      return { value: text, literal: false, mayBeOption: false };
    default:
      // $x, ${x}, $(…), `…`, $((…)), {a,b}, arrays: unknown until run time.
      return { value: text, literal: false, mayBeOption: true };
  }
}

/** An unquoted word: backslash escapes removed; glob, brace and tilde expansion make it non-literal. */
function bareWord(text: string): Word {
  let out = "";
  let dynamic = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\") {
      const next = text[i + 1];
      if (next === undefined) break;
      i++;
      if (next !== "\n") out += next;
      continue;
    }
    if (GLOB.test(ch) || ch === "$" || ch === "`" || (ch === "{" && /[,.]/.test(text.slice(i)))) dynamic = true;
    if (ch === "~" && i === 0) dynamic = true;
    out += ch;
  }
  if (!dynamic) return { value: out, literal: true, mayBeOption: false };
  return { value: text, literal: false, mayBeOption: !/^[^*?[{$`\\~-]/.test(text) };
}

function quotedString(node: SyntaxNode, src: string): Word {
  const inner = src.slice(node.start + 1, node.end - 1);
  const named = node.children.filter((c) => c.named);
  if (named.some((c) => c.type !== "string_content")) {
    const firstNamed = named[0];
    const startsLiteral = firstNamed !== undefined && firstNamed.type === "string_content" && firstNamed.start === node.start + 1
      && !src.startsWith("-", firstNamed.start);
    return { value: inner, literal: false, mayBeOption: !startsLiteral };
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
