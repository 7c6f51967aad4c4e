// Reads a catalog snapshot from a live database's pg_catalog over one short connection.
import pg from "pg";
import { CatalogError, type CatalogFunction, type CatalogRelation, type CatalogSnapshot, type RelationKind, type Volatility } from "./types.js";
import { SnapshotCatalog } from "./snapshot.js";

const RELATIONS = `
  SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, c.relkind AS kind,
         CASE WHEN c.relkind IN ('v','m') THEN pg_get_viewdef(c.oid) END AS definition,
         CASE WHEN c.relrowsecurity THEN (SELECT json_agg(pg_get_expr(p.polqual, p.polrelid)) FROM pg_policy p
                                          WHERE p.polrelid = c.oid AND p.polcmd IN ('r', '*') AND p.polqual IS NOT NULL) END AS policies,
         coalesce(json_agg(json_build_object('name', a.attname, 'attnum', a.attnum, 'type', format_type(a.atttypid, a.atttypmod))
                  ORDER BY a.attnum) FILTER (WHERE a.attnum > 0), '[]') AS columns
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  WHERE c.relkind IN ('r','v','m','f','p') AND n.nspname NOT IN ('information_schema', 'pg_toast')
    AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%'
  GROUP BY c.oid, n.nspname, c.relname, c.relkind, c.relrowsecurity`;

// Built-in functions are known from a generated list; the catalog carries everything else.
const FUNCTIONS = `
  SELECT p.oid::int AS oid, n.nspname AS schema, p.proname AS name, p.prokind AS kind, l.lanname AS language,
         p.provolatile AS volatility, p.prosecdef AS security_definer, p.proretset AS returns_set,
         to_json(coalesce(p.proargnames, '{}')) AS arg_names, to_json(p.proargmodes) AS arg_modes,
         CASE WHEN l.lanname = 'sql' THEN coalesce(pg_get_function_sqlbody(p.oid), p.prosrc) END AS body,
         CASE WHEN l.lanname = 'plpgsql' THEN pg_get_functiondef(p.oid) END AS definition,
         (SELECT json_agg(sn.nspname || '.' || sp.proname) FROM pg_aggregate ag
            CROSS JOIN unnest(ARRAY[ag.aggtransfn, ag.aggfinalfn, ag.aggcombinefn, ag.aggserialfn, ag.aggdeserialfn,
                                    ag.aggmtransfn, ag.aggminvtransfn, ag.aggmfinalfn]::oid[]) AS fn(oid)
            JOIN pg_proc sp ON sp.oid = fn.oid JOIN pg_namespace sn ON sn.oid = sp.pronamespace
            WHERE ag.aggfnoid = p.oid AND sn.nspname <> 'pg_catalog') AS support,
         (SELECT json_agg(a.attname ORDER BY a.attnum) FROM pg_attribute a
            WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) AS row_columns
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
  LEFT JOIN pg_type t ON t.oid = p.prorettype
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')`;

// User-defined types and what runs when a value becomes one: domain checks, casts into it, a range's
// canonical function, input functions (those outside pg_catalog).
const TYPES = `
  SELECT t.oid::int AS oid, n.nspname AS schema, t.typname AS name, t.typtype AS kind,
         (SELECT json_agg(pg_get_expr(c.conbin, 0)) FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c') AS checks,
         CASE t.typtype
           WHEN 'd' THEN json_build_array(format_type(t.typbasetype, NULL))
           WHEN 'c' THEN (SELECT json_agg(format_type(a.atttypid, NULL)) FROM pg_attribute a
                          WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
           WHEN 'r' THEN (SELECT json_build_array(format_type(r.rngsubtype, NULL)) FROM pg_range r WHERE r.rngtypid = t.oid)
         END AS parts,
         (SELECT json_agg(DISTINCT sn.nspname || '.' || sp.proname)
            FROM (SELECT k.castfunc AS f FROM pg_cast k WHERE k.casttarget = t.oid
                  UNION ALL SELECT r.rngcanonical::oid FROM pg_range r WHERE r.rngtypid = t.oid
                  UNION ALL SELECT unnest(ARRAY[t.typinput, t.typreceive, t.typmodin]::oid[])) fs
            JOIN pg_proc sp ON sp.oid = fs.f JOIN pg_namespace sn ON sn.oid = sp.pronamespace
            WHERE sn.nspname <> 'pg_catalog') AS functions
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
    AND n.nspname NOT LIKE 'pg_temp%' AND t.typtype IN ('b', 'c', 'd', 'e', 'r', 'm')
    AND NOT (t.typcategory = 'A' AND t.typelem <> 0)`;

const OPERATORS = `
  SELECT n.nspname AS schema, o.oprname AS name, pn.nspname || '.' || p.proname AS function
  FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
  JOIN pg_proc p ON p.oid = o.oprcode JOIN pg_namespace pn ON pn.oid = p.pronamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')`;

const CASTS = `
  SELECT tt.typname AS target, sn.nspname || '.' || sp.proname AS function
  FROM pg_cast k JOIN pg_type tt ON tt.oid = k.casttarget
  JOIN pg_proc sp ON sp.oid = k.castfunc JOIN pg_namespace sn ON sn.oid = sp.pronamespace
  WHERE sn.nspname <> 'pg_catalog' AND tt.typnamespace = 'pg_catalog'::regnamespace`;

const KINDS: Record<string, RelationKind> = { r: "table", v: "view", m: "matview", f: "foreign", p: "partitioned" };
const VOLATILITY: Record<string, Volatility> = { i: "immutable", s: "stable", v: "volatile" };

export async function readLiveSnapshot(url: string): Promise<CatalogSnapshot> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const path = await client.query<{ p: string[] }>("SELECT to_json(current_schemas(false)) AS p");
    const db = await client.query<{ d: string }>("SELECT current_database() AS d");
    const rels = await client.query(RELATIONS);
    const funcs = await client.query(FUNCTIONS);
    const typeRows = await client.query(TYPES);
    const operators = await client.query(OPERATORS);
    const casts = await client.query(CASTS);
    const relations: CatalogRelation[] = rels.rows.map((r) => ({
      oid: r.oid, schema: r.schema, name: r.name, kind: KINDS[r.kind] ?? "other",
      columns: r.columns, ...(r.definition ? { definition: r.definition } : {}), ...(r.policies ? { policies: r.policies } : {}),
    }));
    const functions: CatalogFunction[] = funcs.rows.map((f) => {
      const names: string[] = f.arg_names ?? [];
      const modes: string[] | null = f.arg_modes;
      const tableCols = modes ? names.filter((_, i) => modes[i] === "t") : [];
      const inArgs = modes ? names.filter((_, i) => modes[i] === "i" || modes[i] === "b" || modes[i] === "v") : names;
      const resultColumns: string[] | undefined = tableCols.length ? tableCols : f.row_columns ?? undefined;
      return {
        oid: f.oid, schema: f.schema, name: f.name, kind: f.kind, language: f.language,
        volatility: VOLATILITY[f.volatility] ?? "volatile", securityDefiner: f.security_definer, returnsSet: f.returns_set,
        argNames: inArgs, ...(resultColumns ? { resultColumns } : {}), ...(f.body ? { body: f.body } : {}),
        ...(f.definition ? { definition: f.definition } : {}),
        ...(f.kind === "a" ? { support: f.support ?? [] } : {}),
      };
    });
    return {
      format: "hoop-catalog/1", source: db.rows[0]!.d, takenAt: new Date().toISOString(),
      searchPath: path.rows[0]!.p, relations, functions,
      types: typeRows.rows.map((t) => ({
        oid: t.oid, schema: t.schema, name: t.name, kind: t.kind,
        ...(t.checks ? { checks: t.checks } : {}), ...(t.parts ? { parts: t.parts } : {}), ...(t.functions ? { functions: t.functions } : {}),
      })),
      operators: operators.rows.map((o) => ({ schema: o.schema, name: o.name, function: o.function })),
      casts: casts.rows.map((c) => ({ target: c.target, function: c.function })),
    };
  } catch (e) {
    throw new CatalogError(`cannot read the catalog: ${scrubUrl((e as Error).message, url)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function loadLiveCatalog(url: string): Promise<SnapshotCatalog> {
  return new SnapshotCatalog(await readLiveSnapshot(url));
}

// Connection errors can echo the URL; the password in it must not reach a log.
function scrubUrl(message: string, url: string): string {
  let pw = "";
  try { pw = decodeURIComponent(new URL(url).password); } catch { /* not a URL */ }
  return pw ? message.split(pw).join("***") : message;
}
