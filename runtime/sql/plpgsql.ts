// DO blocks and PL/pgSQL function bodies: the static SQL inside is analysed like any statement;
// dynamic EXECUTE, other languages, or anything that does not parse make the block opaque.
import type { SqlStatementFacts } from "../../compiler/context/types.js";
import type { Catalog } from "./catalog/types.js";
import { parseBatch, parsePlpgsql, parsePlpgsqlFunction } from "./parser.js";
import { analyzeStatement } from "./statement.js";

type Node = Record<string, any>;

const DYNAMIC = new Set(["PLpgSQL_stmt_dynexecute", "PLpgSQL_stmt_dynfors"]);

export function analyzeDoBlock(doNode: Node, catalog: Catalog | undefined): { statements: SqlStatementFacts[]; opaque: boolean } {
  let body: string | undefined;
  let language = "plpgsql";
  for (const a of doNode.args ?? []) {
    const d = a.DefElem;
    if (d?.defname === "as") body = d.arg?.String?.sval;
    if (d?.defname === "language") language = String(d.arg?.String?.sval ?? "").toLowerCase();
  }
  if (body === undefined || language !== "plpgsql") return { statements: [], opaque: true };
  return analyzePlpgsql(() => parsePlpgsql(body), catalog);
}

/** A PL/pgSQL function's CREATE FUNCTION statement (pg_get_functiondef), analysed as a DO block's body is. */
export function analyzePlpgsqlFunction(definition: string, catalog: Catalog | undefined): { statements: SqlStatementFacts[]; opaque: boolean } {
  return analyzePlpgsql(() => parsePlpgsqlFunction(definition), catalog);
}

/** The static SQL of PL/pgSQL, each statement analysed; opaque when it or any SQL in it does not parse, or any SQL is dynamic. */
function analyzePlpgsql(parse: () => Node[], catalog: Catalog | undefined): { statements: SqlStatementFacts[]; opaque: boolean } {
  let funcs: Node[];
  try {
    funcs = parse();
  } catch {
    return { statements: [], opaque: true };
  }
  const statements: SqlStatementFacts[] = [];
  let opaque = false;
  const sql = (text: string, mode: number) => {
    const tries = mode === 0 ? [text] : [`SELECT ${text.includes(":=") ? text.slice(text.indexOf(":=") + 2) : text}`, text];
    for (const t of tries) {
      try {
        for (const s of parseBatch(t)) {
          const r = analyzeStatement(s.stmt, catalog, undefined);
          statements.push(r.analysis.facts, ...r.analysis.embedded);
        }
        return;
      } catch {
        /* try the next reading */
      }
    }
    opaque = true;
  };
  const visit = (v: unknown) => {
    if (!v || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    const o = v as Node;
    for (const [k, val] of Object.entries(o)) {
      if (DYNAMIC.has(k)) opaque = true;
      if (k === "PLpgSQL_stmt_open" && (val?.dynquery || val?.query?.PLpgSQL_expr === undefined)) opaque = true;
      if (k === "PLpgSQL_expr" && typeof val?.query === "string") {
        sql(val.query, Number(val.parseMode ?? 0));
        continue;
      }
      visit(val);
    }
  };
  visit(funcs);
  return { statements, opaque };
}
