// The cache key of a statement's shape: its text with plain literals taken out, so
// `… WHERE aid = 12345` and `… WHERE aid = 678` share one analysis.
//
// Safety rests on lexing literals exactly as PostgreSQL does, and on stripping only literals whose
// content can never change the parse: standard '…' strings, dollar-quoted strings and plain decimal
// numbers. Escape strings (E'…'), bit strings, Unicode strings, identifiers (quoted or not) and odd
// numerals are kept verbatim. When the analysis finds a literal's value mattered (constant folding,
// utility statements), the cache additionally keys on the literals themselves (see cache.ts).

export interface ShapeKey {
  key: string;
  /** The stripped literals in order, for entries whose facts depend on them. */
  literals: string[];
}

const enum C {
  TAB = 9, LF = 10, CR = 13, SPACE = 32, DQUOTE = 34, DOLLAR = 36, QUOTE = 39, STAR = 42, MINUS = 45, DOT = 46, SLASH = 47,
  D0 = 48, D9 = 57, AMP = 38, UPPER_A = 65, UPPER_Z = 90, UNDERSCORE = 95, LOWER_A = 97, LOWER_Z = 122,
}

const isIdentStart = (c: number) => (c >= C.LOWER_A && c <= C.LOWER_Z) || (c >= C.UPPER_A && c <= C.UPPER_Z) || c === C.UNDERSCORE || c >= 128;
const isIdentChar = (c: number) => isIdentStart(c) || (c >= C.D0 && c <= C.D9) || c === C.DOLLAR;
const isDigit = (c: number) => c >= C.D0 && c <= C.D9;
const isSpace = (c: number) => c === C.SPACE || c === C.TAB || c === C.LF || c === C.CR || c === 11 || c === 12;

/** Returns undefined when the text cannot be lexed safely (unterminated literal, …): do not cache. */
export function shapeKey(text: string): ShapeKey | undefined {
  const n = text.length;
  // Markers below use U+0001; text holding one could forge a marker, so it is never cached.
  if (text.includes("\u0001")) return undefined;
  const literals: string[] = [];
  let key = "";
  let i = 0;
  let pendingSpace = "";
  const emit = (s: string) => {
    key += pendingSpace + s;
    pendingSpace = "";
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      let nl = false;
      while (i < n && isSpace(text.charCodeAt(i))) {
        if (text.charCodeAt(i) === C.LF || text.charCodeAt(i) === C.CR) nl = true;
        i++;
      }
      if (pendingSpace !== "\n") pendingSpace = nl ? "\n" : " ";
      continue;
    }
    if (c === C.MINUS && text.charCodeAt(i + 1) === C.MINUS) {
      // A line comment is whitespace that ends with a newline.
      while (i < n && text.charCodeAt(i) !== C.LF && text.charCodeAt(i) !== C.CR) i++;
      pendingSpace = "\n";
      continue;
    }
    if (c === C.SLASH && text.charCodeAt(i + 1) === C.STAR) {
      // Block comments nest; they are kept as a token because they break string continuation.
      let depth = 0;
      while (i < n) {
        if (text.charCodeAt(i) === C.SLASH && text.charCodeAt(i + 1) === C.STAR) { depth++; i += 2; continue; }
        if (text.charCodeAt(i) === C.STAR && text.charCodeAt(i + 1) === C.SLASH) { depth--; i += 2; if (depth === 0) break; continue; }
        i++;
      }
      if (depth !== 0) return undefined;
      emit("/**/");
      continue;
    }
    if (c === C.QUOTE) {
      const end = endOfStandardString(text, i);
      if (end < 0) return undefined;
      literals.push(text.slice(i, end));
      emit("\u0001s");
      i = end;
      continue;
    }
    if (c === C.DQUOTE) {
      const end = endOfQuotedIdent(text, i);
      if (end < 0) return undefined;
      emit(text.slice(i, end));
      i = end;
      continue;
    }
    if (c === C.DOLLAR) {
      const d = dollarString(text, i);
      if (d === -1) return undefined;
      if (d > 0) {
        literals.push(text.slice(i, d));
        emit("\u0001d");
        i = d;
        continue;
      }
      // $1 parameters and lone dollars stay as written.
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      emit(text.slice(i, j));
      i = j;
      continue;
    }
    if (isDigit(c) || (c === C.DOT && isDigit(text.charCodeAt(i + 1)))) {
      const end = endOfNumber(text, i);
      if (end > 0) {
        literals.push(text.slice(i, end));
        emit("\u0001n");
        i = end;
        continue;
      }
      // Hex/octal/binary, underscores or trailing junk: keep the whole run verbatim.
      let j = i;
      while (j < n && (isIdentChar(text.charCodeAt(j)) || text.charCodeAt(j) === C.DOT)) j++;
      emit(text.slice(i, j));
      i = j;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentChar(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      const next = text.charCodeAt(j);
      if (next === C.QUOTE || (next === C.AMP && (word === "u" || word === "U"))) {
        // E'…', B'…', X'…', N'…', U&'…', U&"…" and typed literals like date'…': content kept verbatim.
        let k = next === C.AMP ? j + 1 : j;
        const q = text.charCodeAt(k);
        if (q === C.QUOTE || q === C.DQUOTE) {
          const end = q === C.DQUOTE ? endOfQuotedIdent(text, k) : word.toLowerCase() === "e" ? endOfEscapeString(text, k) : endOfStandardString(text, k);
          if (end < 0) return undefined;
          emit(text.slice(i, end));
          i = end;
          continue;
        }
        k = j;
      }
      // Unquoted identifiers and keywords fold to lower case (ASCII only, as PostgreSQL does).
      emit(isAscii(word) ? word.toLowerCase() : asciiLower(word));
      i = j;
      continue;
    }
    emit(text[i]!);
    i++;
    // Operators stay glued to their neighbours only if they were: record adjacency by not adding space.
  }
  return { key, literals };
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function asciiLower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= C.UPPER_A && c <= C.UPPER_Z) return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  }
  return s;
}

function endOfStandardString(t: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const k = t.indexOf("'", j);
    if (k < 0) return -1;
    if (t.charCodeAt(k + 1) === C.QUOTE) { j = k + 2; continue; }
    return k + 1;
  }
}

function endOfEscapeString(t: string, i: number): number {
  let j = i + 1;
  while (j < t.length) {
    const c = t.charCodeAt(j);
    if (c === 92) { j += 2; continue; }
    if (c === C.QUOTE) {
      if (t.charCodeAt(j + 1) === C.QUOTE) { j += 2; continue; }
      return j + 1;
    }
    j++;
  }
  return -1;
}

function endOfQuotedIdent(t: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const k = t.indexOf('"', j);
    if (k < 0) return -1;
    if (t.charCodeAt(k + 1) === C.DQUOTE) { j = k + 2; continue; }
    return k + 1;
  }
}

/** End of a $tag$…$tag$ string; 0 when this dollar does not open one; -1 when it never closes. */
function dollarString(t: string, i: number): number {
  let j = i + 1;
  if (j < t.length && isDigit(t.charCodeAt(j))) return 0;
  while (j < t.length && isIdentChar(t.charCodeAt(j)) && t.charCodeAt(j) !== C.DOLLAR) j++;
  if (t.charCodeAt(j) !== C.DOLLAR) return 0;
  const tag = t.slice(i, j + 1);
  const close = t.indexOf(tag, j + 1);
  return close < 0 ? -1 : close + tag.length;
}

/** End of a plain decimal numeral not followed by identifier characters; 0 otherwise. */
function endOfNumber(t: string, i: number): number {
  const n = t.length;
  let j = i;
  while (j < n && isDigit(t.charCodeAt(j))) j++;
  if (t.charCodeAt(j) === C.DOT && t.charCodeAt(j + 1) !== C.DOT) {
    j++;
    while (j < n && isDigit(t.charCodeAt(j))) j++;
  }
  const e = t.charCodeAt(j);
  if (e === 101 || e === 69) {
    let k = j + 1;
    if (t.charCodeAt(k) === 43 || t.charCodeAt(k) === C.MINUS) k++;
    if (!isDigit(t.charCodeAt(k))) return 0;
    while (k < n && isDigit(t.charCodeAt(k))) k++;
    j = k;
  }
  if (j < n && (isIdentChar(t.charCodeAt(j)) || t.charCodeAt(j) === C.DOT)) return 0;
  return j;
}
