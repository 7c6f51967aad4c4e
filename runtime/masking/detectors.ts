// Content detectors: find card numbers, US SSNs, IBANs, emails and phone numbers in any text
// (cell values, JSON, composite values, command output) and mask what they find.
// Each candidate shape is checked further (Luhn, SSN area/group/serial rules, IBAN mod-97) to
// keep false positives on ordinary numbers, dates and amounts low.
import type { InfoType, MaskMethod } from "../../compiler/context/types.js";
import { REDACTED, type ValueMasker } from "./methods.js";

export interface Finding {
  infoType: InfoType;
  start: number;
  end: number;
}

/**
 * What one pass over the text learns, so that most cells skip every further check: the digit
 * count, the longest run of digits joined by single spaces or dashes (a card needs 13), whether
 * two capitals are followed by two digits (an IBAN's start), whether there is an `@` (email), and
 * whether a `+` or `(` could open an international or bracketed phone number (not touching a
 * letter or digit on its left, a digit on its right: `+00` of a timestamp cannot).
 */
interface Profile {
  digits: number; cardRun: number; ibanStart: boolean; at: boolean; plusOrParen: boolean;
  /** Digit groups of 3, 2 and 4 joined by one dash or space each (an SSN's shape). */
  ssnShape: boolean;
  /** Digit groups of 3, 3 and 4 joined by dots or dashes (a plain phone number's shape). */
  phoneShape: boolean;
}

const enum Ch {
  SPACE = 32, LPAREN = 40, PLUS = 43, MINUS = 45, DOT = 46, D0 = 48, D9 = 57, AT = 64, A = 65, Z = 90,
  LOWER_A = 97, LOWER_Z = 122,
}

const profileOut: Profile = { digits: 0, cardRun: 0, ibanStart: false, at: false, plusOrParen: false, ssnShape: false, phoneShape: false };

// Works group by group: a tight loop skips to the next digit, another runs to the end of its
// digit group, and the shape questions are answered once per group from its neighbours.
function profile(t: string): Profile {
  const n = t.length;
  let digits = 0, at = false;
  let cardRun = 0, run = 0, ibanStart = false, plusOrParen = false, ssnShape = false, phoneShape = false;
  // The two groups before the current one, when each was joined to the next by one character.
  let g1 = 0, s1 = 0, g2 = 0, s2 = 0, prevEnd = -2;
  let i = 0;
  for (;;) {
    let c = 0;
    while (i < n) {
      c = t.charCodeAt(i);
      if (c >= Ch.D0 && c <= Ch.D9) break;
      if (c === Ch.AT) at = true;
      i++;
    }
    if (i >= n) break;
    const start = i;
    do i++; while (i < n && (c = t.charCodeAt(i)) >= Ch.D0 && c <= Ch.D9);
    const len = i - start;
    const after = i < n ? c : 0;
    digits += len;
    const before = start > 0 ? t.charCodeAt(start - 1) : 0;
    const joined = prevEnd === start - 1;
    if (!joined) { g1 = 0; g2 = 0; }
    // One space or dash may sit between two digit groups of a card number.
    run = joined && (before === Ch.SPACE || before === Ch.MINUS) ? run + len : len;
    if (run > cardRun) cardRun = run;
    if (g2 === 3 && len === 4) {
      if (g1 === 2 && s1 === s2 && (s1 === Ch.MINUS || s1 === Ch.SPACE)) ssnShape = true;
      else if (g1 === 3 && (s1 === Ch.MINUS || s1 === Ch.DOT) && (s2 === Ch.MINUS || s2 === Ch.DOT)) phoneShape = true;
    }
    g2 = g1; s2 = s1; g1 = len; s1 = after;
    prevEnd = i;
    if (len >= 2 && start >= 2 && isUpper(before) && isUpper(t.charCodeAt(start - 2))) ibanStart = true;
    if ((before === Ch.PLUS || before === Ch.LPAREN) && !plusOrParen) {
      const b2 = start >= 2 ? t.charCodeAt(start - 2) : 0;
      plusOrParen = b2 !== Ch.PLUS && !isAlnumCode(b2);
    }
  }
  const p = profileOut;
  p.digits = digits; p.cardRun = cardRun; p.ibanStart = ibanStart; p.at = at; p.plusOrParen = plusOrParen;
  p.ssnShape = ssnShape; p.phoneShape = phoneShape;
  return p;
}

const isUpper = (c: number) => c >= Ch.A && c <= Ch.Z;
const isAlnumCode = (c: number) => (c >= Ch.D0 && c <= Ch.D9) || (c >= Ch.A && c <= Ch.Z) || (c >= Ch.LOWER_A && c <= Ch.LOWER_Z);

const isDigitAt = (t: string, i: number) => { const c = t.charCodeAt(i); return c >= Ch.D0 && c <= Ch.D9; };
const isAlnumAt = (t: string, i: number) => isAlnumCode(t.charCodeAt(i));

/**
 * `ddd-dd-dddd` or `ddd dd dddd` (one separator throughout) not touching digits or dashes. Letters
 * may touch it: `ssn219-09-9999` is what deleting the spaces of `ssn 219-09-9999` gives.
 */
function findSsns(t: string, out: Finding[]): void {
  const n = t.length;
  for (let i = 0; i + 11 <= n; i++) {
    const sep = t.charCodeAt(i + 3);
    if ((sep !== Ch.MINUS && sep !== Ch.SPACE) || t.charCodeAt(i + 6) !== sep) continue;
    if (!isDigitAt(t, i) || !isDigitAt(t, i + 1) || !isDigitAt(t, i + 2) || !isDigitAt(t, i + 4) || !isDigitAt(t, i + 5) ||
      !isDigitAt(t, i + 7) || !isDigitAt(t, i + 8) || !isDigitAt(t, i + 9) || !isDigitAt(t, i + 10)) continue;
    if (i > 0 && (isDigitAt(t, i - 1) || t.charCodeAt(i - 1) === Ch.MINUS)) continue;
    if (i + 11 < n && (isDigitAt(t, i + 11) || t.charCodeAt(i + 11) === Ch.MINUS)) continue;
    if (ssnPartsValid(t, i)) out.push({ infoType: "ssn", start: i, end: i + 11 });
    i += 10;
  }
}

function findLabelledSsns(t: string, out: Finding[]): void {
  LABELLED_SSN_RE.lastIndex = 0;
  for (let m = LABELLED_SSN_RE.exec(t); m; m = LABELLED_SSN_RE.exec(t)) {
    const start = m.index + m[0].length - 9;
    if (isDigitAt(t, start - 1)) continue;
    if (ssnPartsValid(t, start, true)) out.push({ infoType: "ssn", start, end: start + 9 });
  }
}

/** `ddd.ddd.dddd` / `ddd-ddd-dddd`: the one phone shape that needs neither `+` nor `(`. */
function findPlainPhones(t: string, out: Finding[]): void {
  const n = t.length;
  for (let i = 0; i + 12 <= n; i++) {
    const s1 = t.charCodeAt(i + 3), s2 = t.charCodeAt(i + 7);
    if ((s1 !== Ch.MINUS && s1 !== Ch.DOT) || (s2 !== Ch.MINUS && s2 !== Ch.DOT)) continue;
    if (!isDigitAt(t, i) || !isDigitAt(t, i + 1) || !isDigitAt(t, i + 2) || !isDigitAt(t, i + 4) || !isDigitAt(t, i + 5) ||
      !isDigitAt(t, i + 6) || !isDigitAt(t, i + 8) || !isDigitAt(t, i + 9) || !isDigitAt(t, i + 10) || !isDigitAt(t, i + 11)) continue;
    if (i > 0 && (isAlnumAt(t, i - 1) || t.charCodeAt(i - 1) === Ch.PLUS)) continue;
    if (i + 12 < n && isAlnumAt(t, i + 12)) continue;
    out.push({ infoType: "phone", start: i, end: i + 12 });
    i += 11;
  }
}

// Letters may not touch a card number: hex text (bytea, hashes) has long digit runs between them.
const CARD_RE = /(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])/g;
const IBAN_RE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g;
// The local part takes an apostrophe too (`o'neil@…`), or the part before it would be shown.
const EMAIL_RE = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Nine digits with no separators are an SSN only where a label says so (`ssn: 219099999`,
// `social security no. 219099999`); everywhere else they are ids, amounts and phone numbers.
const LABELLED_SSN_RE = /(?:ssn|social[ _.-]?sec(?:urity)?)(?:[ _.-]?(?:no|nr|num|number))?\.?[ \t:=#"'_-]{0,4}(\d{9})(?!\d)/gi;
const SSN_LABEL_RE = /ssn|social[ _.-]?sec/i;

// International (`+…`) and bracketed (`(ddd) …`) phone numbers; the plain shape is found by hand.
const PHONE_RE = /(?<![\dA-Za-z+])(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}|\(\d{3}\) ?\d{3}[ .-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4})(?![\dA-Za-z])/g;

function phoneValid(m: string): boolean {
  let digits = 0;
  for (let i = 0; i < m.length; i++) if (isDigitAt(m, i)) digits++;
  return digits >= 10 && digits <= 15;
}

export function luhn(digits: string): boolean {
  if (!/^\d{13,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Luhn over the digits of a matched card number whose separators are all one kind. */
function cardValid(m: string): boolean {
  let sum = 0, count = 0, sep = 0;
  for (let i = m.length - 1; i >= 0; i--) {
    const c = m.charCodeAt(i);
    if (c >= Ch.D0 && c <= Ch.D9) {
      let d = c - Ch.D0;
      if (count++ % 2 === 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    } else if (sep === 0) sep = c;
    // "4111 1111-1111 1111" mixes separators: not how card numbers are written.
    else if (c !== sep) return false;
  }
  return count >= 13 && count <= 19 && sum % 10 === 0;
}

/**
 * Area, group and serial of an SSN at `i` (not 000/666/9xx, 00, 0000): `ddd?dd?dddd`, or with
 * `joined` nine digits without separators.
 */
function ssnPartsValid(t: string, i: number, joined = false): boolean {
  const d = (k: number) => t.charCodeAt(i + k) - Ch.D0;
  const g = joined ? 3 : 4, s = joined ? 5 : 7;
  const area = d(0) * 100 + d(1) * 10 + d(2);
  return area !== 0 && area !== 666 && area < 900 && (d(g) | d(g + 1)) !== 0 && (d(s) | d(s + 1) | d(s + 2) | d(s + 3)) !== 0;
}

export function ssnValid(m: string): boolean {
  const d = m.replace(/\D/g, "");
  if (d.length !== 9) return false;
  const area = Number(d.slice(0, 3));
  const group = Number(d.slice(3, 5));
  const serial = Number(d.slice(5));
  return area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0;
}

const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27,
  GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25,
  QA: 29, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VG: 24, XK: 20,
};

export function ibanValid(iban: string): boolean {
  return iban.indexOf(" ") < 0 && ibanMatchValid(iban);
}

/** Country length and mod-97 of an IBAN whose groups may be separated by single spaces, read in place. */
function ibanMatchValid(m: string): boolean {
  const n = m.length;
  let len = 0;
  for (let i = 0; i < n; i++) if (m.charCodeAt(i) !== Ch.SPACE) len++;
  const want = IBAN_LENGTHS[m.slice(0, 2)];
  if (want !== undefined ? len !== want : len < 15 || len > 34) return false;
  // The first four characters move to the end; letters count as two digits (A = 10).
  // The remainder is taken only when the number grows large: % is the slow step.
  let rem = 0;
  for (let k = 4; k < n + 4; k++) {
    const c = m.charCodeAt(k < n ? k : k - n);
    if (c >= Ch.D0 && c <= Ch.D9) rem = rem * 10 + (c - Ch.D0);
    else if (c >= Ch.A && c <= Ch.Z) rem = rem * 100 + (c - 55);
    else if (c !== Ch.SPACE || k >= n) return false;
    if (rem >= 1e12) rem %= 97;
  }
  return rem % 97 === 1;
}

const ALL_TYPES: readonly InfoType[] = ["credit_card", "iban", "ssn", "email", "phone"];

function collect(re: RegExp, type: InfoType, valid: (m: string) => boolean, text: string, found: Finding[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (valid(m[0])) found.push({ infoType: type, start: m.index, end: m.index + m[0].length });
  }
}

/** All findings of the wanted detectors, in text order, overlapping ones merged into the first. */
export function detect(text: string, types: readonly InfoType[] = ALL_TYPES): Finding[] {
  const p = profile(text);
  if (p.digits < 9 && !p.at) return [];
  const all = types === ALL_TYPES;
  const found: Finding[] = [];
  if (p.digits === text.length) {
    // Digits only (a card number column): the card shape is the whole text or nothing.
    if (text.length >= 13 && text.length <= 19 && (all || types.includes("credit_card")) && cardValid(text)) {
      found.push({ infoType: "credit_card", start: 0, end: text.length });
    }
    return found;
  }
  // In the order findings are merged in: card, IBAN, SSN, email, phone.
  if (p.cardRun >= 13 && (all || types.includes("credit_card"))) collect(CARD_RE, "credit_card", cardValid, text, found);
  if (p.ibanStart && text.length >= 15 && (all || types.includes("iban"))) collect(IBAN_RE, "iban", ibanMatchValid, text, found);
  if (all || types.includes("ssn")) {
    if (p.ssnShape) findSsns(text, found);
    if (p.digits >= 9 && SSN_LABEL_RE.test(text)) findLabelledSsns(text, found);
  }
  if (p.at && (all || types.includes("email"))) collect(EMAIL_RE, "email", () => true, text, found);
  if (p.digits >= 10 && (all || types.includes("phone"))) {
    if (p.plusOrParen) collect(PHONE_RE, "phone", phoneValid, text, found);
    else if (p.phoneShape) findPlainPhones(text, found);
  }
  return found.length < 2 ? found : mergeFindings(found);
}

/** Sorts findings and joins those that overlap, so each masked span is masked once. */
export function mergeFindings(found: Finding[]): Finding[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Finding[] = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
    else merged.push({ ...f });
  }
  return merged;
}

export type DetectorRules = Partial<Record<InfoType, MaskMethod>>;

/** Masks every finding with its rule's method; returns the new text and how many were masked. */
export function maskDetected(text: string, rules: DetectorRules, masker: ValueMasker): { text: string; count: number } {
  const types = Object.keys(rules) as InfoType[];
  if (types.length === 0) return { text, count: 0 };
  const found = detect(text, types);
  if (found.length === 0) return { text, count: 0 };
  let out = "";
  let at = 0;
  for (const f of found) {
    out += text.slice(at, f.start);
    const method = rules[f.infoType] ?? "redact";
    // Inside a larger text a null cannot stand for the match; it is redacted instead.
    out += method === "null" ? REDACTED : (masker.mask(text.slice(f.start, f.end), method) ?? REDACTED);
    at = f.end;
  }
  return { text: out + text.slice(at), count: found.length };
}

/**
 * Masks a stream of text (command output, NOTICE texts) chunk by chunk. A match may straddle two
 * chunks, so the tail that could still grow into a match is held back until more text (or the end) comes.
 */
export function createStreamMasker(rules: DetectorRules, masker: ValueMasker, maxHold = 256) {
  let held = "";
  let count = 0;
  const split = (text: string): [string, string] => {
    // Hold back from the last character that cannot belong to any detected shape.
    let i = text.length;
    while (i > 0 && text.length - i < maxHold && /[A-Za-z0-9@._%+()\- '":=-]/.test(text[i - 1]!)) i--;
    if (text.length - i >= maxHold) i = text.length - maxHold;
    return [text.slice(0, i), text.slice(i)];
  };
  return {
    push(chunk: string): string {
      const [ready, rest] = split(held + chunk);
      held = rest;
      const r = maskDetected(ready, rules, masker);
      count += r.count;
      return r.text;
    },
    end(): string {
      const r = maskDetected(held, rules, masker);
      held = "";
      count += r.count;
      return r.text;
    },
    get masked(): number {
      return count;
    },
  };
}
