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

/** Counts gathered in one pass so that most cells skip every regular expression. */
interface Profile { digits: number; at: boolean; upper: number; length: number }

function profile(t: string): Profile {
  let digits = 0, upper = 0, at = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c === 64) at = true;
  }
  return { digits, at, upper, length: t.length };
}

interface Detector {
  type: InfoType;
  /** Cheap test that the text could hold a match at all. */
  maybe: (p: Profile) => boolean;
  re: RegExp;
  valid: (match: string) => boolean;
}


const DETECTORS: Detector[] = [
  {
    type: "credit_card",
    maybe: (p) => p.digits >= 13,
    re: /(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])/g,
    valid: (m) => luhn(m.replace(/[ -]/g, "")) && consistentSeparators(m),
  },
  {
    type: "iban",
    maybe: (p) => p.upper >= 2 && p.digits >= 2 && p.length >= 15,
    re: /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g,
    valid: (m) => ibanValid(m.replace(/ /g, "")),
  },
  {
    type: "ssn",
    maybe: (p) => p.digits >= 9,
    re: /(?<![\dA-Za-z-])\d{3}([- ])\d{2}\1\d{4}(?![\dA-Za-z-])/g,
    valid: ssnValid,
  },
  {
    type: "email",
    maybe: (p) => p.at,
    re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
    valid: () => true,
  },
  {
    type: "phone",
    maybe: (p) => p.digits >= 10,
    re: /(?<![\dA-Za-z+])(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}|\(\d{3}\) ?\d{3}[ .-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4})(?![\dA-Za-z])/g,
    valid: (m) => {
      const digits = m.replace(/\D/g, "").length;
      return digits >= 10 && digits <= 15;
    },
  },
];

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

// "4111 1111-1111 1111" mixes separators: not how card numbers are written.
function consistentSeparators(m: string): boolean {
  const seps = m.replace(/\d/g, "");
  return seps.length === 0 || /^( +|-+)$/.test(seps);
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
  const want = IBAN_LENGTHS[iban.slice(0, 2)];
  if (want !== undefined ? iban.length !== want : iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

/** All findings of the wanted detectors, in text order, overlapping ones merged into the first. */
export function detect(text: string, types: readonly InfoType[] = ["credit_card", "iban", "ssn", "email", "phone"]): Finding[] {
  const found: Finding[] = [];
  const p = profile(text);
  if (p.digits < 9 && !p.at) return found;
  for (const d of DETECTORS) {
    if (!d.maybe(p) || !types.includes(d.type)) continue;
    d.re.lastIndex = 0;
    for (let m = d.re.exec(text); m; m = d.re.exec(text)) {
      if (d.valid(m[0])) found.push({ infoType: d.type, start: m.index, end: m.index + m[0].length });
    }
  }
  if (found.length < 2) return found;
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
    while (i > 0 && text.length - i < maxHold && /[A-Za-z0-9@._%+()\- -]/.test(text[i - 1]!)) i--;
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
