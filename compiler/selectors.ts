// Column selectors as policies write them: "[schema.]table.column", each part a name or a glob
// with `*` (any run of characters inside that part). A two-part selector matches any schema.
// The same matcher serves the type checker (syntax), compiled policies (predicates on columns)
// and the masking engine (which output columns a mask covers), so they cannot disagree.

export interface ColumnSelector {
  schema?: string;
  table: string;
  column: string;
  /** The selector as written. */
  text: string;
}

const PART = /^(?:[A-Za-z_*][A-Za-z0-9_$*]*|"(?:[^"]|"")+")$/;

/** Parses a selector; returns an error message instead of throwing. */
export function parseColumnSelector(text: string): ColumnSelector | { error: string } {
  const parts = splitQualified(text);
  if (!parts || parts.length < 2 || parts.length > 3) {
    return { error: `'${text}' is not a column selector: write table.column or schema.table.column` };
  }
  for (const p of parts) {
    if (!PART.test(p)) return { error: `'${p}' in '${text}' is not a name or a glob` };
  }
  const norm = parts.map(normalizePart);
  return norm.length === 3
    ? { schema: norm[0]!, table: norm[1]!, column: norm[2]!, text }
    : { table: norm[0]!, column: norm[1]!, text };
}

/** Whether a fully qualified column "schema.table.column" is covered by the selector. */
export function selectorMatches(sel: ColumnSelector, qualifiedColumn: string): boolean {
  const parts = splitQualified(qualifiedColumn);
  if (!parts || parts.length < 2) return false;
  const column = parts[parts.length - 1]!;
  const table = parts[parts.length - 2]!;
  const schema = parts.length >= 3 ? parts[parts.length - 3] : undefined;
  if (!globMatch(sel.column, column) || !globMatch(sel.table, table)) return false;
  if (sel.schema === undefined) return true;
  return schema !== undefined && globMatch(sel.schema, schema);
}

/** Whether a qualified table "schema.table" holds any column the selector could cover. */
export function selectorCoversTable(sel: ColumnSelector, qualifiedTable: string): boolean {
  const parts = splitQualified(qualifiedTable);
  if (!parts || parts.length < 1) return false;
  const table = parts[parts.length - 1]!;
  const schema = parts.length >= 2 ? parts[parts.length - 2] : undefined;
  if (!globMatch(sel.table, table)) return false;
  return sel.schema === undefined || (schema !== undefined && globMatch(sel.schema, schema));
}

// Quoted identifiers keep dots and case; unquoted ones fold to lower case as PostgreSQL does.
function splitQualified(text: string): string[] | undefined {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      if (quoted && text[i + 1] === '"') {
        cur += '""';
        i++;
        continue;
      }
      quoted = !quoted;
      cur += ch;
    } else if (ch === "." && !quoted) {
      parts.push(cur);
      cur = "";
    } else {
      cur += ch;
    }
  }
  if (quoted) return undefined;
  parts.push(cur);
  return parts;
}

function normalizePart(p: string): string {
  return p.startsWith('"') ? p.slice(1, -1).replace(/""/g, '"') : p.toLowerCase();
}

/** `*` matches any run of characters, `?` one character; everything else is literal. O(pattern × text), never exponential. */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0, t = 0, star = -1, mark = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== "*" && (pattern[p] === text[t] || pattern[p] === "?")) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}
