// Splits and rebuilds one COPY OUT data line in PostgreSQL's text or CSV format, with the
// statement's delimiter, NULL string, quote and escape characters, so masking can see each value.
// A line that does not parse is not split (the caller fails closed).

/** The options of a text or CSV COPY (see CopyFormat in runtime/sql/types.ts). */
export interface CopyLineFormat {
  format: "text" | "csv";
  delimiter: string;
  null: string;
  quote: string;
  escape: string;
}

export const TEXT_DEFAULTS: CopyLineFormat = { format: "text", delimiter: "\t", null: "\\N", quote: '"', escape: '"' };
export const CSV_DEFAULTS: CopyLineFormat = { format: "csv", delimiter: ",", null: "", quote: '"', escape: '"' };

const TEXT_UNESCAPE: Record<string, number> = { b: 8, f: 12, n: 10, r: 13, t: 9, v: 11 };
const OCTAL = /[0-7]/;
const HEX = /[0-9a-fA-F]/;

/** Decodes a line (without its trailing newline) into values; null for the NULL string. */
export function splitCopyLine(line: Buffer, f: CopyLineFormat): (Buffer | null)[] | undefined {
  return f.format === "csv" ? splitCsv(line, f) : splitText(line, f);
}

export function joinCopyLine(values: (Buffer | null)[], f: CopyLineFormat): Buffer {
  return f.format === "csv" ? joinCsv(values, f) : joinText(values, f);
}

function splitText(line: Buffer, f: CopyLineFormat): (Buffer | null)[] {
  const delimiter = f.delimiter.charCodeAt(0);
  const out: (Buffer | null)[] = [];
  let cur: number[] = [];
  // The field as sent: the NULL string is compared before backslashes are decoded.
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (c === undefined || c === delimiter) {
      out.push(line.toString("utf8", start, i) === f.null ? null : Buffer.from(cur));
      cur = [];
      start = i + 1;
      continue;
    }
    if (c === 92 && i + 1 < line.length) {
      const n = String.fromCharCode(line[i + 1]!);
      if (n in TEXT_UNESCAPE) {
        cur.push(TEXT_UNESCAPE[n]!);
        i++;
      } else if (OCTAL.test(n)) {
        let j = i + 1, v = 0;
        while (j < line.length && j < i + 4 && OCTAL.test(String.fromCharCode(line[j]!))) v = v * 8 + (line[j++]! - 48);
        cur.push(v & 0xff);
        i = j - 1;
      } else if (n === "x" && i + 2 < line.length && HEX.test(String.fromCharCode(line[i + 2]!))) {
        let j = i + 2, v = 0;
        while (j < line.length && j < i + 4 && HEX.test(String.fromCharCode(line[j]!))) v = v * 16 + parseInt(String.fromCharCode(line[j++]!), 16);
        cur.push(v);
        i = j - 1;
      } else {
        // `\\`, an escaped delimiter, or any other character taken as itself.
        cur.push(line[i + 1]!);
        i++;
      }
      continue;
    }
    cur.push(c);
  }
  return out;
}

function joinText(values: (Buffer | null)[], f: CopyLineFormat): Buffer {
  const d = f.delimiter;
  const escapes: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f", "\v": "\\v" };
  const parts = values.map((v) => {
    if (v === null) return f.null;
    let out = "";
    for (const ch of v.toString("utf8")) out += escapes[ch] ?? (ch === d ? "\\" + ch : ch);
    return out;
  });
  return Buffer.from(parts.join(d), "utf8");
}

function splitCsv(line: Buffer, f: CopyLineFormat): (Buffer | null)[] | undefined {
  const s = line.toString("utf8");
  const { delimiter: d, quote: q, escape: e } = f;
  const out: (Buffer | null)[] = [];
  let i = 0;
  for (;;) {
    if (s[i] === q) {
      let v = "";
      i++;
      for (;;) {
        if (i >= s.length) return undefined; // an unterminated quote
        if (s[i] === e && (s[i + 1] === q || (e !== q && s[i + 1] === e))) {
          v += s[i + 1];
          i += 2;
          continue;
        }
        if (s[i] === q) {
          i++;
          break;
        }
        v += s[i++];
      }
      out.push(Buffer.from(v, "utf8"));
    } else {
      const end = s.indexOf(d, i);
      const v = end < 0 ? s.slice(i) : s.slice(i, end);
      if (v.includes(q)) return undefined;
      out.push(v === f.null ? null : Buffer.from(v, "utf8"));
      i = end < 0 ? s.length : end;
    }
    if (i >= s.length) return out;
    if (s[i] !== d) return undefined;
    i++;
    if (i === s.length) {
      out.push(f.null === "" ? null : Buffer.alloc(0));
      return out;
    }
  }
}

function joinCsv(values: (Buffer | null)[], f: CopyLineFormat): Buffer {
  const { delimiter: d, quote: q, escape: e } = f;
  return Buffer.from(
    values.map((v) => {
      if (v === null) return f.null;
      const t = v.toString("utf8");
      const needs = t === "" || t === f.null || t.includes(d) || t.includes(q) || t.includes(e) || /[\n\r]/.test(t);
      if (!needs) return t;
      let body = "";
      for (const ch of t) body += ch === q || ch === e ? e + ch : ch;
      return q + body + q;
    }).join(d),
    "utf8",
  );
}
