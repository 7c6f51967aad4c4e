import { createToken, Lexer, type TokenType } from "chevrotain";

// Keywords are reserved words that cannot name a field; words such as `principal`, `kind` or
// `groups` stay identifiers because they are also field names, and the parser reads them by text.

/** Any word, keyword or not: field names after a dot may be spelled like keywords. */
export const Word = createToken({ name: "Word", pattern: Lexer.NA });
export const Identifier = createToken({ name: "Identifier", pattern: /[A-Za-z_][A-Za-z0-9_]*/, categories: [Word] });

const keywordNames = [
  "namespace", "import", "const", "columns", "is",
  "rule", "test", "allow", "deny", "review", "mask", "when", "reason",
  "on", "tagged", "by", "quorum", "once", "for", "hold", "retry", "expires",
  "with", "detected", "and", "or", "not", "in", "contains", "like", "matches", "within",
  "any", "all", "has", "true", "false", "given", "acting", "at", "from", "because",
  "expect", "no", "masks",
] as const;
export type Keyword = (typeof keywordNames)[number];

export const Keywords = Object.fromEntries(
  keywordNames.map((k) => [k, createToken({ name: `Kw_${k}`, pattern: new RegExp(`${k}(?![A-Za-z0-9_])`), longer_alt: Identifier, categories: [Word] })]),
) as Record<Keyword, TokenType>;

export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED, line_breaks: true });
export const Comment = createToken({ name: "Comment", pattern: /(?:#|\/\/)[^\n]*/, group: "comments" });
export const StringLit = createToken({ name: "StringLit", pattern: /"(?:[^"\\\n]|\\.)*"/ });
export const Timestamp = createToken({
  name: "Timestamp",
  pattern: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/,
});
export const Cidr = createToken({ name: "Cidr", pattern: /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?:\/\d{1,2})?/ });
export const TimeOfDay = createToken({ name: "TimeOfDay", pattern: /\d{1,2}:\d{2}(?![0-9])/ });
export const Duration = createToken({ name: "Duration", pattern: /(?:\d+(?:ms|s|m|h|d|w))+(?![A-Za-z0-9_])/ });
export const Integer = createToken({ name: "Integer", pattern: /\d+/ });
export const LBrace = createToken({ name: "LBrace", pattern: /\{/ });
export const RBrace = createToken({ name: "RBrace", pattern: /\}/ });
export const LBracket = createToken({ name: "LBracket", pattern: /\[/ });
export const RBracket = createToken({ name: "RBracket", pattern: /\]/ });
export const LParen = createToken({ name: "LParen", pattern: /\(/ });
export const RParen = createToken({ name: "RParen", pattern: /\)/ });
export const Comma = createToken({ name: "Comma", pattern: /,/ });
export const Colon = createToken({ name: "Colon", pattern: /:/ });
export const Dot = createToken({ name: "Dot", pattern: /\./ });
export const Star = createToken({ name: "Star", pattern: /\*/ });
export const Minus = createToken({ name: "Minus", pattern: /-/ });
export const EqEq = createToken({ name: "EqEq", pattern: /==/ });
export const NotEq = createToken({ name: "NotEq", pattern: /!=/ });
export const LtEq = createToken({ name: "LtEq", pattern: /<=/ });
export const GtEq = createToken({ name: "GtEq", pattern: />=/ });
export const Lt = createToken({ name: "Lt", pattern: /</ });
export const Gt = createToken({ name: "Gt", pattern: />/ });
export const Assign = createToken({ name: "Assign", pattern: /=/ });
export const QuotedIdent = createToken({ name: "QuotedIdent", pattern: /`[^`\n]+`/ });

export const allTokens: TokenType[] = [
  WhiteSpace, Comment, StringLit, QuotedIdent, Timestamp, Cidr, TimeOfDay, Duration, Integer,
  LBrace, RBrace, LBracket, RBracket, LParen, RParen, Comma, Colon, Dot, Star, Minus,
  EqEq, NotEq, LtEq, GtEq, Lt, Gt, Assign,
  ...Object.values(Keywords),
  Identifier, Word,
];

// Lines end at \n only (a \r\n pair counts once, a lone \r not at all), as the diagnostic printer counts them.
export const hoopLexer = new Lexer(allTokens, {
  ensureOptimizations: false,
  positionTracking: "full",
  lineTerminatorsPattern: /\n/g,
  lineTerminatorCharacters: ["\n"],
});

/** The value of a string literal token, escapes resolved. */
export function unquote(image: string): string {
  const body = image.slice(1, -1);
  return body.replace(/\\(u\{[0-9a-fA-F]{1,6}\}|.)/g, (_, e: string) => {
    if (e.startsWith("u{")) {
      const cp = parseInt(e.slice(2, -1), 16);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : "\uFFFD";
    }
    return e === "n" ? "\n" : e === "t" ? "\t" : e === "r" ? "\r" : e;
  });
}

/** A string literal for `value`, the inverse of unquote. */
export function quote(value: string): string {
  return '"' + value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/\r/g, "\\r") + '"';
}

const units: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
export function durationSeconds(text: string): number {
  let total = 0;
  for (const m of text.matchAll(/(\d+)(ms|s|m|h|d|w)/g)) total += Number(m[1]) * units[m[2]!]!;
  return total;
}
