// The real PostgreSQL parser (libpg-query, WebAssembly): loaded once, then called synchronously.
import { loadModule, parseSync, parsePlPgSQLSync } from "libpg-query";

export class SqlParseError extends Error {
  constructor(message: string, readonly position?: number) {
    super(message);
  }
}

export interface RawStatement {
  stmt: Record<string, any>;
  location: number;
  length: number;
}

let ready = false;
let loading: Promise<void> | undefined;

export async function loadParser(): Promise<void> {
  if (ready) return;
  loading ??= loadModule().then(() => { ready = true; });
  await loading;
}

export function parserReady(): boolean {
  return ready;
}

/** Splits and parses a batch; throws SqlParseError with PostgreSQL's message and 1-based position. */
export function parseBatch(text: string): RawStatement[] {
  if (!ready) throw new SqlParseError("the SQL analyzer is not initialised (call initSqlAnalyzer first)");
  // The parser reads a C string: text after a NUL would be invisible to it but not to every server path.
  if (text.includes("\0")) throw new SqlParseError("statement text contains a NUL character", text.indexOf("\0") + 1);
  let result: { stmts?: { stmt?: Record<string, any>; stmt_location?: number; stmt_len?: number }[] };
  try {
    result = parseSync(text) as typeof result;
  } catch (e) {
    const err = e as { message?: string; sqlDetails?: { message?: string; cursorPosition?: number } };
    const pos = err.sqlDetails?.cursorPosition;
    throw new SqlParseError(err.sqlDetails?.message ?? err.message ?? "syntax error", typeof pos === "number" ? pos + 1 : undefined);
  }
  let ascii = true;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) { ascii = false; break; }
  const bytes = ascii ? undefined : Buffer.from(text, "utf8");
  const total = bytes ? bytes.length : text.length;
  return (result.stmts ?? []).map((s) => {
    // libpg-query reports byte offsets; convert to character offsets for callers.
    const start = s.stmt_location ?? 0;
    const len = s.stmt_len || total - start;
    const location = bytes ? bytes.subarray(0, start).toString("utf8").length : start;
    const length = bytes ? bytes.subarray(start, start + len).toString("utf8").length : len;
    return { stmt: s.stmt ?? {}, location, length };
  });
}

/** Parses a PL/pgSQL function body; throws SqlParseError. */
export function parsePlpgsql(body: string): Record<string, any>[] {
  if (!ready) throw new SqlParseError("the SQL analyzer is not initialised");
  let tag = "$plpgsql$";
  for (let i = 0; body.includes(tag); i++) tag = `$plpgsql${i}$`;
  try {
    const r = parsePlPgSQLSync(`CREATE FUNCTION hoop_inline() RETURNS void LANGUAGE plpgsql AS ${tag}${body}${tag}`) as { plpgsql_funcs?: Record<string, any>[] };
    return r.plpgsql_funcs ?? [];
  } catch (e) {
    throw new SqlParseError((e as Error).message ?? "PL/pgSQL syntax error");
  }
}

/** Parses a whole CREATE FUNCTION … LANGUAGE plpgsql statement (as pg_get_functiondef writes it); throws SqlParseError. */
export function parsePlpgsqlFunction(definition: string): Record<string, any>[] {
  if (!ready) throw new SqlParseError("the SQL analyzer is not initialised");
  try {
    const r = parsePlPgSQLSync(definition) as { plpgsql_funcs?: Record<string, any>[] };
    return r.plpgsql_funcs ?? [];
  } catch (e) {
    throw new SqlParseError((e as Error).message ?? "PL/pgSQL syntax error");
  }
}
