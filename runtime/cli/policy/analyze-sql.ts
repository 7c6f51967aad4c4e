// `policy analyze sql [--catalog FILE | --url URL] [--json] "<sql>"`: what the gateway sees in SQL text.
import { parseArgs, stringFlag, boolFlag, UsageError, type CliIO } from "../args.js";
import { analyzeSql, initSqlAnalyzer, loadLiveCatalog, readCatalogFile, type Catalog, type SqlAnalysis } from "../../sql/index.js";

const USAGE = "usage: policy analyze sql [--catalog FILE | --url URL] [--json] \"<sql>\"  (or the SQL on stdin with -)";

export async function runAnalyzeSql(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ["json"]);
  const catalogFile = stringFlag(args, "catalog");
  const url = stringFlag(args, "url");
  if (catalogFile && url) throw new UsageError(`give --catalog or --url, not both\n${USAGE}`);
  let text = args.positional.join(" ");
  if (text === "-" || (text === "" && !io.isTTY && args.positional.length === 0)) text = await io.readStdin();
  if (text.trim() === "") throw new UsageError(USAGE);
  await initSqlAnalyzer();
  let catalog: Catalog | undefined;
  if (catalogFile) catalog = readCatalogFile(catalogFile);
  else if (url) catalog = await loadLiveCatalog(url);
  const a = analyzeSql(text, catalog ? { catalog } : {});
  if (boolFlag(args, "json")) {
    io.out(JSON.stringify(toJson(a), null, 2) + "\n");
  } else {
    io.out(render(a));
  }
  return a.facts.parseError ? 1 : 0;
}

function toJson(a: SqlAnalysis) {
  return {
    readOnly: a.facts.readOnly,
    ...(a.facts.parseError ? { parseError: a.facts.parseError } : {}),
    statements: a.facts.statements,
    lineage: a.statements.map((s) => s.lineage?.columns ?? null),
  };
}

function render(a: SqlAnalysis): string {
  if (a.facts.parseError) {
    const p = a.facts.parseError;
    return `parse error${p.position ? ` at position ${p.position}` : ""}: ${p.message}\nreadOnly: false\n`;
  }
  const lines = [`readOnly: ${a.facts.readOnly}`];
  a.facts.statements.forEach((f, i) => {
    lines.push(`statement ${i + 1}: ${f.kind} (${f.command})${f.opaque ? " opaque" : ""}${f.selectInto ? " select-into" : ""}`);
    const list = (label: string, xs: string[]) => { if (xs.length) lines.push(`  ${label}: ${xs.join(", ")}`); };
    list("tables read", f.tablesRead);
    list("tables written", f.tablesWritten);
    list("columns read", f.columnsRead);
    list("columns written", f.columnsWritten);
    list("columns in predicates", f.columnsInPredicates);
    list("functions", f.functions);
    list("side-effect functions", f.sideEffectFunctions);
    if (f.kind === "write" && ["update", "delete", "merge"].includes(f.command)) lines.push(`  hasWhere: ${f.hasWhere}${f.whereIsTautology ? " (tautology)" : ""}`);
    if (f.copyTarget !== "none") lines.push(`  copy: ${f.copyTarget}`);
    if (f.setting) lines.push(`  setting: ${f.setting}`);
  });
  a.statements.forEach((s, i) => {
    if (!s.lineage) return;
    lines.push(`output of statement ${i + 1}:`);
    for (const c of s.lineage.columns) {
      const from = c.unknown ? "unknown" + (c.sources.length ? ` + ${c.sources.join(", ")}` : "") : c.sources.length ? c.sources.join(", ") : "(no column)";
      lines.push(`  ${c.expands ? "*" : c.name} ← ${from}${c.direct ? " (as is)" : c.transformed ? " (transformed)" : ""}`);
    }
  });
  return lines.join("\n") + "\n";
}
