// The cache key of a statement's shape: its text with plain literals taken out, so
// `… WHERE aid = 12345` and `… WHERE aid = 678` share one analysis.
//
// Safety rests on lexing literals exactly as PostgreSQL does, and on stripping only literals whose
// content can never change the parse: standard '…' strings, dollar-quoted strings and plain decimal
// numbers. Escape strings (E'…'), bit strings, Unicode strings, identifiers (quoted or not), odd
// numerals and the string after UESCAPE (it changes how a U&"…" identifier reads) are kept verbatim.
// Numbers keep their parse-node kind in the marker: an integer that fits in 32 bits is an integer
// constant to the parser, anything else a float, and `ORDER BY 2` means a position where
// `ORDER BY 2.0` does not. When the analysis finds a literal's value mattered (constant folding,
// utility statements), the cache additionally keys on the literals themselves (see cache.ts).
//
// The scanner is on the path of every statement, so it is one pass over char codes that writes the
// key into a reused buffer and hashes it as it goes; strings are built only when asked for.

export interface ShapeKey {
  key: string;
  /** The stripped literals in order, for entries whose facts depend on them. */
  literals: string[];
}

const enum C {
  TAB = 9, LF = 10, VT = 11, FF = 12, CR = 13, SPACE = 32, DQUOTE = 34, DOLLAR = 36, AMP = 38, QUOTE = 39,
  STAR = 42, PLUS = 43, MINUS = 45, DOT = 46, SLASH = 47, D0 = 48, D9 = 57, UPPER_A = 65, UPPER_E = 69,
  UPPER_U = 85, UPPER_Z = 90, BACKSLASH = 92, UNDERSCORE = 95, LOWER_A = 97, LOWER_E = 101, LOWER_U = 117, LOWER_Z = 122,
  MARK = 1,
}

// Marker letters after U+0001: string, dollar string, 32-bit integer, other number.
const M_STRING = 115, M_DOLLAR = 100, M_INT = 105, M_NUM = 110;

// What the previous token was, for string continuation: not a kept string, or one kept verbatim
// that was read with standard or with escape (E'…') rules.
const NOT_KEPT = 0, KEPT_STANDARD = 1, KEPT_ESCAPE = 2;

// Character classes for codes below 128 (every code from 128 up is an identifier character).
const IDENT_START = 1, IDENT_PART = 2, SPACE = 4;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= C.LOWER_A && c <= C.LOWER_Z) || (c >= C.UPPER_A && c <= C.UPPER_Z) || c === C.UNDERSCORE;
  const digit = c >= C.D0 && c <= C.D9;
  CLASS[c] = (letter ? IDENT_START | IDENT_PART : 0) | (digit || c === C.DOLLAR ? IDENT_PART : 0) | (c === C.SPACE || (c >= C.TAB && c <= C.CR) ? SPACE : 0);
}
const isIdentChar = (c: number) => (c < 128 ? (CLASS[c]! & IDENT_PART) !== 0 : true);
const isDigit = (c: number) => c >= C.D0 && c <= C.D9;

/**
 * The result of scanning one text: the key as char codes with its hash (FNV-1a folded to 30 bits,
 * a small integer), and where the stripped literals are. A scan object is reused across calls;
 * read it before the next scan.
 */
export class ShapeScan {
  buf = new Uint16Array(256);
  len = 0;
  hash = 0;
  text = "";
  /** Start and end offsets of each stripped literal in `text`. */
  lits = new Int32Array(32);
  litCount = 0;

  /** The key as a string. */
  key(): string {
    const b = this.buf;
    let s = "";
    for (let i = 0; i < this.len; i += 4096) s += String.fromCharCode.apply(null, b.subarray(i, Math.min(this.len, i + 4096)) as unknown as number[]);
    return s;
  }

  /** Whether the key equals `k`, without building a string. */
  keyEquals(k: string): boolean {
    const n = this.len;
    if (k.length !== n) return false;
    const b = this.buf;
    for (let i = 0; i < n; i++) if (k.charCodeAt(i) !== b[i]) return false;
    return true;
  }

  literals(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.litCount; i++) out.push(this.text.slice(this.lits[2 * i], this.lits[2 * i + 1]));
    return out;
  }

  /**
   * The literals joined by U+0001: the second-level key. A literal may itself hold U+0001, but each
   * one ends where its own syntax says (closing quote, closing dollar tag, end of the numeral) and the
   * key fixes their kinds, so the joined form still tells lists apart.
   */
  literalKey(): string {
    let s = "";
    for (let i = 0; i < this.litCount; i++) s += (i ? "\u0001" : "") + this.text.slice(this.lits[2 * i], this.lits[2 * i + 1]);
    return s;
  }
}

const MAX_CACHED_TEXT = 256 * 1024;

/** Returns undefined when the text cannot be lexed safely (unterminated literal, …): do not cache. */
export function shapeKey(text: string): ShapeKey | undefined {
  const s = new ShapeScan();
  return scanShape(text, s) ? { key: s.key(), literals: s.literals() } : undefined;
}

/**
 * Scans `text` into `s`. False when the text cannot be lexed safely (unterminated literal or
 * comment, or a U+0001 outside a stripped literal that could forge a marker) or is too long to be
 * worth keeping: such text is never cached.
 */
export function scanShape(text: string, s: ShapeScan): boolean {
  const n = text.length;
  // Very long texts are not cached: their parse dwarfs a lookup, and the reused buffer (twice the
  // text) and the stored key would stay in memory for good.
  if (n > MAX_CACHED_TEXT) return false;
  if (s.buf.length < 2 * n + 8) s.buf = new Uint16Array(2 * n + 64);
  const buf = s.buf;
  s.text = text;
  s.litCount = 0;
  let len = 0;
  // 0: no whitespace before the next token, 32: a space, 10: whitespace holding a newline.
  let pending = 0;
  // The previous token was UESCAPE: the string after it decides how a U& literal reads, so it is kept.
  let afterUescape = false;
  // The previous token was a string kept verbatim: a '…' after whitespace with a newline continues it
  // under the same lexing rules (PostgreSQL's string continuation), so it is kept too.
  let kept = NOT_KEPT;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128 && (CLASS[c]! & SPACE) !== 0) {
      let nl = pending === C.LF;
      do {
        if (c === C.LF || c === C.CR) nl = true;
        else if (c >= 128 || (CLASS[c]! & SPACE) === 0) break;
        c = text.charCodeAt(++i);
      } while (i < n);
      pending = nl ? C.LF : C.SPACE;
      continue;
    }
    if (c === C.MINUS && text.charCodeAt(i + 1) === C.MINUS) {
      // A line comment ends with a newline, so a string after it continues a string before it; it
      // stays in the key as `--` because it is not whitespace everywhere (around UESCAPE it is an error).
      if (pending !== 0) buf[len++] = pending;
      buf[len++] = C.MINUS;
      buf[len++] = C.MINUS;
      i += 2;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === C.LF || d === C.CR) break;
        i++;
      }
      pending = C.LF;
      continue;
    }
    const continues = pending === C.LF ? kept : NOT_KEPT;
    kept = NOT_KEPT;
    // Every token below is written after the whitespace that preceded it.
    if (pending !== 0) {
      buf[len++] = pending;
      pending = 0;
    }
    if (c < 128 && (CLASS[c]! & IDENT_START) !== 0 || c >= 128) {
      // Unquoted identifiers and keywords fold to lower case (ASCII only, as PostgreSQL does).
      const start = i;
      do {
        buf[len++] = c >= C.UPPER_A && c <= C.UPPER_Z ? c + 32 : c;
        c = text.charCodeAt(++i);
      } while (i < n && (c >= 128 || (CLASS[c]! & IDENT_PART) !== 0));
      const word = i - start;
      // E'…', B'…', X'…', N'…', U&'…', U&"…" and typed literals like date'…': content kept verbatim.
      const first = buf[len - word]!;
      const uAmp = c === C.AMP && word === 1 && first === C.LOWER_U;
      const q = uAmp ? text.charCodeAt(i + 1) : c;
      if ((c === C.QUOTE || uAmp) && (q === C.QUOTE || q === C.DQUOTE)) {
        const k = uAmp ? i + 1 : i;
        const escape = !uAmp && word === 1 && first === C.LOWER_E;
        const end = q === C.DQUOTE ? endOfQuotedIdent(text, k) : escape ? endOfEscapeString(text, k) : endOfStandardString(text, k);
        if (end < 0) return false;
        len = copyVerbatim(text, i, end, buf, len);
        if (len < 0) return false;
        if (q === C.QUOTE) kept = escape ? KEPT_ESCAPE : KEPT_STANDARD;
        else afterUescape = false;
        i = end;
        continue;
      }
      afterUescape = word === 7 && isUescape(buf, len - 7);
      continue;
    }
    if (c === C.QUOTE) {
      const escape = continues === KEPT_ESCAPE;
      const end = escape ? endOfEscapeString(text, i) : endOfStandardString(text, i);
      if (end < 0) return false;
      if (afterUescape || continues !== NOT_KEPT) {
        len = copyVerbatim(text, i, end, buf, len);
        if (len < 0) return false;
        kept = escape ? KEPT_ESCAPE : KEPT_STANDARD;
      } else {
        addLiteral(s, i, end);
        buf[len++] = C.MARK;
        buf[len++] = M_STRING;
      }
      i = end;
      continue;
    }
    if (c >= C.D0 && c <= C.D9 || (c === C.DOT && isDigit(text.charCodeAt(i + 1)))) {
      afterUescape = false;
      const end = endOfNumber(text, i);
      if (end > 0) {
        addLiteral(s, i, end);
        buf[len++] = C.MARK;
        buf[len++] = isInt4(text, i, end) ? M_INT : M_NUM;
        i = end;
        continue;
      }
      // Hex/octal/binary, underscores or trailing junk: keep the whole run verbatim.
      do {
        buf[len++] = c;
        c = text.charCodeAt(++i);
      } while (i < n && (c >= 128 || c === C.DOT || (CLASS[c]! & IDENT_PART) !== 0));
      continue;
    }
    if (c === C.SLASH && text.charCodeAt(i + 1) === C.STAR) {
      // Block comments nest; they stay a token because they break string continuation.
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        const d = text.charCodeAt(i);
        if (d === C.SLASH && text.charCodeAt(i + 1) === C.STAR) { depth++; i += 2; }
        else if (d === C.STAR && text.charCodeAt(i + 1) === C.SLASH) { depth--; i += 2; }
        else i++;
      }
      if (depth !== 0) return false;
      buf[len++] = C.SLASH; buf[len++] = C.STAR; buf[len++] = C.STAR; buf[len++] = C.SLASH;
      continue;
    }
    if (c === C.DQUOTE) {
      afterUescape = false;
      const end = endOfQuotedIdent(text, i);
      if (end < 0) return false;
      len = copyVerbatim(text, i, end, buf, len);
      if (len < 0) return false;
      i = end;
      continue;
    }
    if (c === C.DOLLAR) {
      const end = dollarString(text, i);
      if (end === -1) return false;
      if (end > 0) {
        if (afterUescape) {
          len = copyVerbatim(text, i, end, buf, len);
          if (len < 0) return false;
        } else {
          addLiteral(s, i, end);
          buf[len++] = C.MARK;
          buf[len++] = M_DOLLAR;
        }
        i = end;
        continue;
      }
      // $1 parameters and lone dollars stay as written.
      afterUescape = false;
      do {
        buf[len++] = c;
        c = text.charCodeAt(++i);
      } while (i < n && c >= C.D0 && c <= C.D9);
      continue;
    }
    // Operators and punctuation, one character at a time: adjacency is kept by not adding space.
    if (c === C.MARK) return false;
    afterUescape = false;
    buf[len++] = c;
    i++;
  }
  s.len = len;
  // FNV-1a of the key, folded to 30 bits so that it stays a small integer.
  let h = 0x811c9dc5 | 0;
  for (let p = 0; p < len; p++) h = Math.imul(h ^ buf[p]!, 16777619);
  s.hash = h & 0x3fffffff;
  return true;
}

/** Copies text[from, to) into the key; -1 when it holds the marker character. */
function copyVerbatim(text: string, from: number, to: number, buf: Uint16Array, len: number): number {
  for (let p = from; p < to; p++) {
    const d = text.charCodeAt(p);
    if (d === C.MARK) return -1;
    buf[len++] = d;
  }
  return len;
}

function addLiteral(s: ShapeScan, start: number, end: number): void {
  const at = 2 * s.litCount;
  if (at + 2 > s.lits.length) {
    const grown = new Int32Array(s.lits.length * 2);
    grown.set(s.lits);
    s.lits = grown;
  }
  s.lits[at] = start;
  s.lits[at + 1] = end;
  s.litCount++;
}

const UESCAPE = [117, 101, 115, 99, 97, 112, 101];
function isUescape(buf: Uint16Array, at: number): boolean {
  for (let i = 0; i < 7; i++) if (buf[at + i] !== UESCAPE[i]) return false;
  return true;
}

/** A digits-only numeral that PostgreSQL reads as a 32-bit integer constant (not a float). */
function isInt4(t: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && t.charCodeAt(i) === C.D0) i++;
  for (let j = i; j < end; j++) if (!isDigit(t.charCodeAt(j))) return false;
  const digits = end - i;
  return digits < 10 || (digits === 10 && t.slice(i, end) <= "2147483647");
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
    if (c === C.BACKSLASH) { j += 2; continue; }
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
  if (e === C.LOWER_E || e === C.UPPER_E) {
    let k = j + 1;
    if (t.charCodeAt(k) === C.PLUS || t.charCodeAt(k) === C.MINUS) k++;
    if (!isDigit(t.charCodeAt(k))) return 0;
    while (k < n && isDigit(t.charCodeAt(k))) k++;
    j = k;
  }
  if (j < n && (isIdentChar(t.charCodeAt(j)) || t.charCodeAt(j) === C.DOT)) return 0;
  return j;
}
