// The detectors written as plain regular expressions over the whole text: slow but obviously
// what the shapes say. The fast single-pass detectors must find exactly what this finds.
import type { InfoType } from "../../compiler/context/types.js";
import { ibanValid, luhn, mergeFindings, ssnValid, type Finding } from "../../runtime/masking/index.js";

const SHAPES: { type: InfoType; re: RegExp; valid: (m: string) => boolean }[] = [
  {
    type: "credit_card",
    re: /(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])/g,
    valid: (m) => luhn(m.replace(/[ -]/g, "")) && /^( *|-*)$/.test(m.replace(/\d/g, "")),
  },
  { type: "iban", re: /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g, valid: (m) => ibanValid(m.replace(/ /g, "")) },
  { type: "ssn", re: /(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])/g, valid: ssnValid },
  // Nine bare digits after a label; the finding is the digits alone.
  { type: "ssn", re: /(?<=(?:ssn|social[ _.-]?sec(?:urity)?)(?:[ _.-]?(?:no|nr|num|number))?\.?[ \t:=#"'_-]{0,4})(?<!\d)\d{9}(?!\d)/gi, valid: ssnValid },
  { type: "email", re: /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, valid: () => true },
  {
    type: "phone",
    re: /(?<![\dA-Za-z+])(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}|\(\d{3}\) ?\d{3}[ .-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4})(?![\dA-Za-z])/g,
    valid: (m) => { const n = m.replace(/\D/g, "").length; return n >= 10 && n <= 15; },
  },
];

export function detectByRegex(text: string): Finding[] {
  const found: Finding[] = [];
  for (const d of SHAPES) {
    for (const m of text.matchAll(d.re)) if (d.valid(m[0])) found.push({ infoType: d.type, start: m.index, end: m.index + m[0].length });
  }
  return mergeFindings(found);
}
