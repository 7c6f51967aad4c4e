// Splits and rebuilds one COPY OUT data line in PostgreSQL's text or CSV format (default
// delimiters), so masking can see each value. Anything else is not split (the caller fails closed).

export type CopyTextFormat = "text" | "csv";

const TEXT_UNESCAPE: Record<string, number> = { b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92 };

/** Decodes a text-format line (without its trailing newline) into values; null for \N. */
export function splitTextLine(line: Buffer): (Buffer | null)[] {
  const out: (Buffer | null)[] = [];
  let cur: number[] = [];
  let raw = "";
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (c === undefined || c === 9) {
      out.push(raw === "\\N" ? null : Buffer.from(cur));
      cur = [];
      raw = "";
      continue;
    }
    if (c === 92 && i + 1 < line.length) {
      const n = String.fromCharCode(line[i + 1]!);
      raw += "\\" + n;
      if (n in TEXT_UNESCAPE) {
        cur.push(TEXT_UNESCAPE[n]!);
        i++;
      } else if (/[0-7]/.test(n)) {
        let j = i + 1, v = 0;
        while (j < line.length && j < i + 4 && /[0-7]/.test(String.fromCharCode(line[j]!))) v = v * 8 + (line[j++]! - 48);
        cur.push(v & 0xff);
        i = j - 1;
      } else if (n === "x" && i + 2 < line.length && /[0-9a-fA-F]/.test(String.fromCharCode(line[i + 2]!))) {
        let j = i + 2, v = 0;
        while (j < line.length && j < i + 4 && /[0-9a-fA-F]/.test(String.fromCharCode(line[j]!))) v = v * 16 + parseInt(String.fromCharCode(line[j++]!), 16);
        cur.push(v);
        i = j - 1;
      } else if (n === "N") {
        i++;
      } else {
        cur.push(line[i + 1]!);
        i++;
      }
      continue;
    }
    raw += String.fromCharCode(c);
    cur.push(c);
  }
  return out;
}

export function joinTextLine(values: (Buffer | null)[]): Buffer {
  const parts: string[] = values.map((v) =>
    v === null ? "\\N" : v.toString("utf8").replace(/[\\\t\n\r\b\f\v]/g, (ch) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\b": "\\b", "\f": "\\f", "\v": "\\v" })[ch]!),
  );
  return Buffer.from(parts.join("\t"), "utf8");
}

/** Decodes one CSV record (default quote and delimiter); unquoted empty means NULL. */
export function splitCsvLine(line: Buffer): (Buffer | null)[] | undefined {
  const s = line.toString("utf8");
  const out: (Buffer | null)[] = [];
  let i = 0;
  for (;;) {
    if (s[i] === '"') {
      let v = "";
      i++;
      for (;;) {
        if (i >= s.length) return undefined; // an unterminated quote: multi-line values are not split
        if (s[i] === '"') {
          if (s[i + 1] === '"') { v += '"'; i += 2; continue; }
          i++;
          break;
        }
        v += s[i++];
      }
      out.push(Buffer.from(v, "utf8"));
    } else {
      const end = s.indexOf(",", i);
      const v = end < 0 ? s.slice(i) : s.slice(i, end);
      if (v.includes('"')) return undefined;
      out.push(v === "" ? null : Buffer.from(v, "utf8"));
      i = end < 0 ? s.length : end;
    }
    if (i >= s.length) return out;
    if (s[i] !== ",") return undefined;
    i++;
    if (i === s.length) { out.push(null); return out; }
  }
}

export function joinCsvLine(values: (Buffer | null)[]): Buffer {
  return Buffer.from(
    values.map((v) => {
      if (v === null) return "";
      const t = v.toString("utf8");
      return t === "" || /[",\n\r]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
    }).join(","),
    "utf8",
  );
}
