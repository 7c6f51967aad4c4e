// Error and notice texts of the database for a request whose results are masked. PostgreSQL puts
// the offending value into many messages (`invalid input syntax for type integer: "…"`, `value
// "…" is out of range`, `requested character too large for encoding: …`, a JSON or XML parser's
// context line), so a cast of any function of a masked column would print it, past the row masker
// and out of the detectors' sight once transformed (reversed, split, hex-encoded). What the client
// wrote itself (names, literals) may be echoed; anything else that could be a value is withheld.

export type DatabaseTextPart = "message" | "detail";

export const WITHHELD = "[REDACTED]";
export const DETAIL_WITHHELD = "[withheld by the gateway: the request reads masked data]";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_$]*(?:\.[A-Za-z_][A-Za-z0-9_$]*)*$/;
/**
 * A quoted span (group 1: its text), or else a run of characters with at least two digits
 * (numbers, dates, codes, numbered tokens) outside any quoted span.
 */
const QUOTED_OR_DIGITS = /"([^"\n]*)"|[A-Za-z0-9_.@+-]*\d[A-Za-z0-9_.@+:/-]*\d[A-Za-z0-9_.@+-]*/g;

/**
 * `message` (the primary text and the hint): quoted spans stay only when they are a name the
 * request spells out (a relation, column, function or type), other runs with two or more digits
 * only when the request contains them as a word; `detail` (detail, context, internal query): the
 * database's own elaborations, which quote input lines and key values, are withheld whole.
 */
export function withholdValues(text: string, request: string, part: DatabaseTextPart): string {
  if (part === "detail") return text === "" ? text : DETAIL_WITHHELD;
  const words = requestWords(request);
  return text.replace(QUOTED_OR_DIGITS, (run, quoted: string | undefined) => {
    if (quoted !== undefined) return IDENTIFIER.test(quoted) && words.has(quoted.toLowerCase()) ? run : `"${WITHHELD}"`;
    return words.has(run.toLowerCase()) ? run : WITHHELD;
  });
}

const wordCache = new Map<string, Set<string>>();

/** The request's words as a client would see them echoed: identifiers (folded to lower case), numbers and names with dots. */
function requestWords(request: string): Set<string> {
  let words = wordCache.get(request);
  if (words) return words;
  words = new Set(request.toLowerCase().match(/[a-z0-9_$.@+:/-]+/g) ?? []);
  for (const w of [...words]) for (const part of w.split(/[.:/+-]/)) if (part) words.add(part);
  if (wordCache.size > 256) wordCache.clear();
  wordCache.set(request, words);
  return words;
}
