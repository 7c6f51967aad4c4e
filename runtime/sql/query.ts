// Name resolution and lineage for queries and data-changing statements: which relations a statement
// reads and writes, which columns it reads, writes and filters on, and where each output column comes from.
// Resolution over-approximates when unsure (a column that could come from two tables comes from both),
// because every consumer of these facts fails closed on what they contain.
import type { Catalog, CatalogFunction } from "./catalog/types.js";
import { FactsBuilder } from "./facts.js";
import { foldPredicate } from "./fold.js";
import { classifyFunction, DYNAMIC_SQL_FUNCTIONS, type FunctionInfo, mayBeFunction, namedFunctionHasSideEffects, RECORD_SET_FUNCTIONS, SCALAR_SET_FUNCTIONS, SET_RETURNING, sqlBodyText, VALUE_FREE_AGGREGATES } from "./functions.js";
import { formattedType, isBuiltinType } from "./builtin-types.js";
import { parseBatch } from "./parser.js";

export type Node = Record<string, any>;

export interface Lin {
  sources: Set<string>;
  direct: boolean;
  unknown: boolean;
  /** See ColumnLineage.transformed. */
  transformed: boolean;
  /**
   * Working the value out can raise an error (a cast, a division, a function that checks its input),
   * so whatever decides whether it is worked out at all decides whether the statement fails.
   */
  fallible?: boolean;
}

export interface OutCol {
  name: string;
  lin: Lin;
  /** Stands for zero or more columns not known by name. */
  expands?: boolean;
}

interface Item {
  alias: string;
  /** What `alias.*` gives, when not `cols` followed by the rest. */
  star?: OutCol[];
  /** "schema.table" when this is a stored relation. */
  table?: string;
  cols: OutCol[];
  /** May have columns beyond `cols` (no catalog). */
  open: boolean;
  openLin: (name: string) => Lin;
  restLin: Lin;
  /** A function in FROM: the alias may stand for a single value of any type, not a row. */
  fromFunction?: boolean;
}

interface Cte {
  cols: OutCol[];
}

export interface Scope {
  items: Item[];
  parent?: Scope;
  ctes: Map<string, Cte>;
  /** Parameter lineage inside a SQL function body: by position and by name. */
  params?: { byIndex: Lin[]; byName: Map<string, Lin> };
}

export const emptyLin = (): Lin => ({ sources: new Set(), direct: false, unknown: false, transformed: false });
export const unknownLin = (): Lin => ({ sources: new Set(), direct: false, unknown: true, transformed: false });
const columnLin = (source: string, direct = true): Lin => ({ sources: new Set([source]), direct, unknown: false, transformed: false });

export function unionLin(lins: Lin[], direct = false): Lin {
  const out = emptyLin();
  for (const l of lins) {
    for (const s of l.sources) out.sources.add(s);
    out.unknown ||= l.unknown;
    out.transformed ||= l.transformed;
    if (l.fallible) out.fallible = true;
  }
  out.direct = direct && lins.length === 1 && lins[0]!.direct;
  return out;
}

/**
 * Types a cast to which shows a text value unchanged, when written without a length: `char` and
 * `character` arrive from the parser as bpchar(1), `"char"` keeps one byte, `name` cuts at 63 bytes.
 */
const TEXT_TYPES = new Set(["text", "varchar", "bpchar", "citext"]);
const MAX_DEPTH = 12;

const strOf = (n: Node | undefined): string => String(n?.String?.sval ?? "");
/** TABLESAMPLE methods of PostgreSQL (SYSTEM, BERNOULLI) and of its contrib modules tsm_system_rows and tsm_system_time: they only pick rows. */
const SAMPLE_METHODS: ReadonlySet<string> = new Set(["system", "bernoulli", "system_rows", "system_time"]);
/** The function names PostgreSQL 15 reads SQL/JSON syntax of later versions as. */
const SQL_JSON_CALLS: Readonly<Record<string, string>> = {
  JsonScalarExpr: "json_scalar", JsonSerializeExpr: "json_serialize", JsonParseExpr: "json", JsonObjectConstructor: "json_object",
  JsonArrayConstructor: "json_array", JsonArrayQueryConstructor: "json_array", JsonObjectAgg: "json_objectagg",
  JsonArrayAgg: "json_arrayagg", JsonTable: "json_table", MergeSupportFunc: "merge_action",
};
const JSON_FUNC_OPS: Readonly<Record<string, string>> = { JSON_VALUE_OP: "json_value", JSON_QUERY_OP: "json_query", JSON_EXISTS_OP: "json_exists", JSON_TABLE_OP: "json_table" };

/**
 * Catalog columns that hold values taken from table columns: statistics sampled from them (most
 * common values, histograms), and the text of other sessions' statements, whose literals are
 * whatever those sessions wrote or looked up (pg_stat_activity.query, pg_stat_statements).
 */
const SAMPLED_VALUE_COLUMNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["pg_catalog.pg_statistic", new Set(["stavalues1", "stavalues2", "stavalues3", "stavalues4", "stavalues5"])],
  ["pg_catalog.pg_stats", new Set(["most_common_vals", "histogram_bounds", "most_common_elems"])],
  ["pg_catalog.pg_stats_ext", new Set(["most_common_vals"])],
  ["pg_catalog.pg_stats_ext_exprs", new Set(["most_common_vals", "histogram_bounds", "most_common_elems"])],
  ["pg_catalog.pg_statistic_ext_data", new Set(["stxdmcv", "stxdexpr"])],
  ["pg_catalog.pg_stat_activity", new Set(["query"])],
  ["pg_catalog.pg_stat_statements", new Set(["query"])],
  ["public.pg_stat_statements", new Set(["query"])],
]);

/** Per catalog: whether turning a value into a type ("schema.name" as written) runs only PostgreSQL's own code. */
const harmlessTypes = new WeakMap<Catalog, Map<string, boolean>>();

export class QueryAnalyzer {
  constructor(
    readonly facts: FactsBuilder,
    readonly catalog: Catalog | undefined,
    private readonly depth = 0,
    /** Function oids whose bodies are being followed (stops recursion). */
    private readonly following: Set<number> = new Set(),
  ) {}

  /** Set when a literal's value decided a fact: the shape cache must then key on literal values too. */
  literalSensitive = false;

  private markSensitive = () => { this.literalSensitive = true; };

  child(): QueryAnalyzer {
    const c = new QueryAnalyzer(new FactsBuilder(), this.catalog, this.depth + 1, this.following);
    return c;
  }

  /** Runs a nested data-changing statement with its own facts entry, merged into ours. */
  private nested(node: Node, scope: Scope | undefined): OutCol[] | null {
    const c = this.child();
    const out = c.statement(node, scope);
    this.literalSensitive ||= c.literalSensitive;
    this.facts.absorb(c.facts);
    return out;
  }

  /** Analyzes one query or DML node, filling `facts`; returns output columns (null for none). */
  statement(node: Node, scope?: Scope): OutCol[] | null {
    this.userTypes(node);
    if (node.SelectStmt) return this.select(node.SelectStmt, scope);
    if (node.InsertStmt) return this.insert(node.InsertStmt, scope);
    if (node.UpdateStmt) return this.update(node.UpdateStmt, scope);
    if (node.DeleteStmt) return this.delete(node.DeleteStmt, scope);
    if (node.MergeStmt) return this.merge(node.MergeStmt, scope);
    this.facts.opaque = true;
    this.facts.kind = "utility";
    return null;
  }

  /**
   * Notes every type named inside `node` (casts, column definition lists, XMLTABLE and JSON_TABLE
   * columns, parameter types) that is not built in: a value turned into it runs the type's domain
   * CHECK constraints or a cast function of the type's owner, which may do anything
   * (CHECK (nextval('s') > 0), CREATE CAST … WITH FUNCTION). Without a catalog no user type is
   * known; with one, a relation's row type whose columns are all of built-in types is harmless.
   */
  userTypes(node: unknown): void {
    if (Array.isArray(node)) {
      for (const x of node) if (x && typeof x === "object") this.userTypes(x);
      return;
    }
    const o = node as Node;
    for (const k in o) {
      const v = o[k];
      if (!v || typeof v !== "object") continue;
      if ((k === "typeName" || k === "TypeName") && Array.isArray(v.names)) this.typeUse(v);
      this.userTypes(v);
    }
  }

  private typeUse(tn: Node): void {
    const parts: string[] = tn.names.map(strOf);
    const name = parts[parts.length - 1] ?? "";
    const schema = parts.length >= 2 ? parts[parts.length - 2] : undefined;
    if (this.typeHarmless(schema, name, 0) && !this.castIntoRuns(schema, name)) return;
    const called = `cast to ${parts.join(".")}`;
    this.facts.functions.add(called);
    this.facts.sideEffectFunctions.add(called);
  }

  /**
   * Whether turning a value into this type runs nothing but PostgreSQL's own code: a built-in type,
   * or (from the catalog) an enum, a domain whose CHECK expressions and base type are harmless, a
   * composite or range whose parts are, with no user-defined cast into it or input function.
   */
  private typeHarmless(schema: string | undefined, name: string, depth: number): boolean {
    if (isBuiltinType(schema, name)) return true;
    const catalog = this.catalog;
    if (!catalog || depth > 8) return false;
    let memo = harmlessTypes.get(catalog);
    if (!memo) harmlessTypes.set(catalog, (memo = new Map()));
    const key = `${schema ?? ""}.${name}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    memo.set(key, false);
    const partHarmless = (type: string) => {
      const t = formattedType(type);
      return t === "builtin" || this.typeHarmless(t.schema, t.name, depth + 1);
    };
    let harmless = false;
    const t = catalog.type?.(schema, name) ?? (name.startsWith("_") ? catalog.type?.(schema, name.slice(1)) : undefined);
    if (t) {
      harmless = t.kind !== "p" &&
        (t.functions ?? []).every((f) => !namedFunctionHasSideEffects(f, catalog)) &&
        (t.checks ?? []).every((e) => this.expressionHarmless(e)) &&
        (t.parts ?? []).every(partHarmless);
    } else {
      // Without recorded types: a relation's row type is harmless when its columns' types are.
      const rel = catalog.relation(schema, name);
      harmless = !!rel && rel.columns.length > 0 && rel.columns.every((c) => partHarmless(c.type));
    }
    memo.set(key, harmless);
    return harmless;
  }

  /** With a catalog: a user-defined cast into this built-in type whose function has side effects (from a user type to text, say). */
  private castIntoRuns(schema: string | undefined, name: string): boolean {
    const catalog = this.catalog;
    if (!catalog?.castsInto || !isBuiltinType(schema, name)) return false;
    const base = name.startsWith("_") ? name.slice(1) : name;
    return catalog.castsInto(base).some((f) => namedFunctionHasSideEffects(f, catalog));
  }

  /** Whether a stored expression (a domain's CHECK) calls nothing with side effects. */
  private expressionHarmless(expr: string): boolean {
    try {
      const stmts = parseBatch(`SELECT ${expr}`);
      if (stmts.length !== 1) return false;
      const c = this.child();
      c.statement(stmts[0]!.stmt);
      return c.facts.sideEffectFunctions.size === 0 && !c.facts.opaque && c.facts.kind === "read";
    } catch {
      return false;
    }
  }

  // ---- scopes and names ----------------------------------------------------------------------

  private newScope(parent?: Scope): Scope {
    return { items: [], parent, ctes: new Map(), params: parent?.params };
  }

  private findCte(scope: Scope | undefined, name: string): Cte | undefined {
    for (let s = scope; s; s = s.parent) {
      const c = s.ctes.get(name);
      if (c) return c;
    }
    return undefined;
  }

  private qualify(schema: string | undefined, name: string): { qualified: string; schema: string } {
    if (schema) return { qualified: `${schema}.${name}`, schema };
    const rel = this.catalog?.relation(undefined, name);
    if (rel) return { qualified: `${rel.schema}.${rel.name}`, schema: rel.schema };
    const s = name.startsWith("pg_") ? "pg_catalog" : (this.catalog?.searchPath[0] ?? "public");
    return { qualified: `${s}.${name}`, schema: s };
  }

  /** A stored relation as a FROM item (or the target of a write). */
  private relationItem(rv: Node, scope: Scope | undefined, read: boolean): Item {
    const name: string = rv.relname;
    const schema: string | undefined = rv.schemaname || undefined;
    const alias: string = rv.alias?.aliasname ?? name;
    const colAliases: string[] = (rv.alias?.colnames ?? []).map(strOf);
    if (!schema) {
      const cte = this.findCte(scope, name);
      if (cte) return this.itemFromCols(alias, renameCols(cte.cols, colAliases));
    }
    const { qualified } = this.qualify(schema, name);
    if (read) this.facts.tablesRead.add(qualified);
    const rel = this.catalog?.relation(schema, name);
    // Statistics catalogs hold values sampled from every analysed column, masked ones included.
    const sampled = SAMPLED_VALUE_COLUMNS.get(qualified);
    const ofSamples = (c: OutCol): OutCol => (sampled?.has(c.name) ? { ...c, lin: { ...c.lin, unknown: true } } : c);
    // Row-level security policies run their expressions on every row read, as the caller.
    if (rel?.policies?.length) this.policies(rel.policies);
    if (rel && (rel.kind === "view" || rel.kind === "matview")) {
      const cols = rel.definition && this.depth < MAX_DEPTH ? this.viewColumns(rel.definition, rel.kind === "view") : undefined;
      if (cols) {
        const named = cols.map((c, i) => ofSamples({ ...c, name: rel.columns[i]?.name ?? c.name }));
        return { ...this.itemFromCols(alias, renameCols(named, colAliases)), table: qualified };
      }
      // A view's query runs when it is read: one that cannot be followed may do anything.
      if (rel.kind === "view") this.facts.opaque = true;
    }
    if (rel) {
      const cols = rel.columns.map((c) => ofSamples({ name: c.name, lin: columnLin(`${qualified}.${c.name}`) }));
      return { ...this.itemFromCols(alias, renameCols(cols, colAliases)), table: qualified };
    }
    const item: Item = {
      alias, table: qualified, cols: [], open: true,
      openLin: (col) => ({ ...columnLin(`${qualified}.${col}`), unknown: !!sampled?.has(col) }),
      restLin: { ...columnLin(`${qualified}.*`), unknown: !!sampled },
    };
    if (colAliases.length) {
      // Column aliases rename the first columns, whose real names are unknown without a catalog.
      item.cols = colAliases.map((n) => ({ name: n, lin: { ...columnLin(`${qualified}.*`, false), unknown: !!sampled } }));
    }
    return item;
  }

  /**
   * A view's or materialized view's columns from its query. `runs`: the query runs when the view is
   * read (a plain view), so its calls, side effects and row locks (a view may end in FOR UPDATE) are ours;
   * a materialized view's query ran when it was refreshed.
   */
  private viewColumns(definition: string, runs: boolean): OutCol[] | undefined {
    try {
      const stmts = parseBatch(definition);
      if (stmts.length !== 1) return undefined;
      const c = this.child();
      const cols = c.statement(stmts[0]!.stmt);
      // The view's reads count as ours: a policy on customers sees reads through customer_contacts.
      for (const t of c.facts.tablesRead) this.facts.tablesRead.add(t);
      for (const t of c.facts.columnsRead) this.facts.columnsRead.add(t);
      if (runs) {
        for (const f of c.facts.functions) this.facts.functions.add(f);
        for (const f of c.facts.sideEffectFunctions) this.facts.sideEffectFunctions.add(f);
        for (const t of c.facts.tablesWritten) this.facts.tablesWritten.add(t);
        this.facts.opaque ||= c.facts.opaque;
        if (c.facts.kind !== "read" && this.facts.kind === "read") this.facts.kind = c.facts.kind;
      }
      return cols ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** The USING expressions of a relation's row-level security policies: the functions they call are called by reading it. */
  private policies(exprs: string[]): void {
    if (this.depth >= MAX_DEPTH) {
      this.facts.opaque = true;
      return;
    }
    for (const e of exprs) {
      try {
        const stmts = parseBatch(`SELECT ${e}`);
        if (stmts.length !== 1) throw new Error("not one expression");
        const c = this.child();
        c.statement(stmts[0]!.stmt);
        for (const f of c.facts.functions) this.facts.functions.add(f);
        for (const f of c.facts.sideEffectFunctions) this.facts.sideEffectFunctions.add(f);
        this.facts.opaque ||= c.facts.opaque;
        if (c.facts.kind !== "read" && this.facts.kind === "read") this.facts.kind = c.facts.kind;
      } catch {
        this.facts.opaque = true;
      }
    }
  }

  private itemFromCols(alias: string, cols: OutCol[]): Item {
    const exp = cols.filter((c) => c.expands);
    const known = cols.filter((c) => !c.expands);
    const rest = unionLin(exp.map((c) => c.lin));
    return {
      alias, cols: known, open: exp.length > 0,
      openLin: () => ({ ...rest, sources: new Set(rest.sources), direct: false }),
      restLin: rest,
    };
  }

  private itemColumns(item: Item): OutCol[] {
    if (item.star) return item.star;
    return item.open ? [...item.cols, { name: "*", lin: item.restLin, expands: true }] : item.cols;
  }

  /** Resolves a column reference; falls back to outer scopes and to whole-row references. */
  private resolveColumn(fields: Node[], scope: Scope | undefined): Lin {
    const names = fields.map((f) => (f.A_Star ? "*" : strOf(f)));
    const last = names[names.length - 1]!;
    if (names.length === 1) {
      const hits: Lin[] = [];
      for (let s = scope; s; s = s.parent) {
        const exact = s.items.filter((it) => it.cols.some((c) => c.name === last));
        if (exact.length) {
          hits.push(...exact.map((it) => it.cols.find((c) => c.name === last)!.lin));
          break;
        }
        const open = s.items.filter((it) => it.open);
        hits.push(...open.map((it) => it.openLin(last)));
        // Without a catalog `c` may be a column named c or the whole row of the item c: assume both.
        const named = s.items.find((it) => it.alias === last);
        if (open.length && named) hits.push(this.wholeRow(named));
        const p = s.params?.byName.get(last);
        if (p && s.items.length === 0) {
          hits.push(p);
          break;
        }
      }
      if (hits.length) return hits.length === 1 ? hits[0]! : unionLin(hits);
      const whole = this.findItem(scope, [last]);
      if (whole) return this.wholeRow(whole);
      const param = scope?.params?.byName.get(last);
      if (param) return param;
      return unknownLin();
    }
    const qual = names.slice(0, -1);
    const item = this.findItem(scope, qual);
    if (!item) {
      // `func.param` inside a SQL function body, or a composite field: not traceable here.
      return unknownLin();
    }
    if (last === "*") return this.wholeRow(item);
    const col = item.cols.find((c) => c.name === last);
    if (col) return col.lin;
    // c.f where c has no column f is the call f(c), as (c).f is: SELECT c.w FROM customers c runs w(customers),
    // SELECT x.nextval FROM to_regclass('s') x advances s. A row (a table's, a subquery's) is no argument
    // any built-in function with side effects takes; the single value of a function in FROM may be.
    const calls = this.fieldCalls({ ColumnRef: { fields: fields.slice(0, -1) } }, fields.slice(-1), scope, !item.fromFunction);
    if (item.open) return calls.length ? unionLin([item.openLin(last), ...calls]) : item.openLin(last);
    return calls.length ? unionLin(calls) : unknownLin();
  }

  private findItem(scope: Scope | undefined, qual: string[]): Item | undefined {
    const name = qual[qual.length - 1]!;
    const schema = qual.length >= 2 ? qual[qual.length - 2] : undefined;
    for (let s = scope; s; s = s.parent) {
      const it = s.items.find((i) => (schema ? i.table === `${schema}.${name}` : i.alias === name));
      if (it) return it;
    }
    return undefined;
  }

  /** `t.*` or `t` naming a FROM item rather than a column. */
  private isWholeRow(n: Node | undefined, scope: Scope | undefined): boolean {
    const fields: Node[] = n?.ColumnRef?.fields ?? [];
    if (!fields.length) return false;
    if (fields[fields.length - 1]!.A_Star) return fields.length > 1;
    const names = fields.map(strOf);
    const item = this.findItem(scope, names);
    if (!item) return false;
    // A column of that name in any item in reach wins, as in PostgreSQL.
    for (let s = scope; s; s = s.parent) if (names.length === 1 && s.items.some((i) => i.open || i.cols.some((c) => c.name === names[0]))) return false;
    return true;
  }

  private wholeRow(item: Item): Lin {
    return unionLin(this.itemColumns(item).map((c) => c.lin));
  }

  private noteRead(lin: Lin): Lin {
    for (const s of lin.sources) this.facts.columnsRead.add(s);
    return lin;
  }

  // ---- FROM --------------------------------------------------------------------------------------

  /** Adds the FROM list's items to `scope`; returns the columns `*` expands to, in order. */
  private fromClause(list: Node[] | undefined, scope: Scope): OutCol[] {
    const out: OutCol[] = [];
    for (const n of list ?? []) out.push(...this.fromItem(n, scope));
    return out;
  }

  private fromItem(n: Node, scope: Scope): OutCol[] {
    if (n.RangeVar) {
      const it = this.relationItem(n.RangeVar, scope, true);
      scope.items.push(it);
      return this.itemColumns(it);
    }
    if (n.RangeSubselect) {
      const rs = n.RangeSubselect;
      // LATERAL subqueries see the items to their left; others only see outer scopes, but seeing
      // more can only add candidates, never hide one.
      const cols = this.subquery(rs.subquery, scope) ?? [{ name: "*", lin: unknownLin(), expands: true }];
      const it = this.itemFromCols(rs.alias?.aliasname ?? "", renameCols(cols, (rs.alias?.colnames ?? []).map(strOf)));
      scope.items.push(it);
      return this.itemColumns(it);
    }
    if (n.RangeFunction) return this.rangeFunction(n.RangeFunction, scope);
    if (n.JoinExpr) return this.join(n.JoinExpr, scope);
    if (n.RangeTableSample) {
      const cols = this.fromItem(n.RangeTableSample.relation, scope);
      this.sampleMethod(n.RangeTableSample.method);
      // The sampled share and the seed decide which rows, and how many, come back.
      for (const e of [n.RangeTableSample.args, n.RangeTableSample.repeatable]) if (e) this.predicate(e, scope);
      return cols;
    }
    // XMLTABLE, JSON_TABLE and anything newer: columns derive from every expression inside.
    const lin = this.genericLin(n, scope);
    const alias = n.RangeTableFunc?.alias?.aliasname ?? n.JsonTable?.alias?.aliasname ?? "";
    const it: Item = { alias, cols: [], open: true, openLin: () => ({ ...lin, direct: false, sources: new Set(lin.sources) }), restLin: lin };
    scope.items.push(it);
    return this.itemColumns(it);
  }

  /**
   * A TABLESAMPLE method is a handler function (`TABLESAMPLE evil(1)` calls `evil(internal)`):
   * PostgreSQL's own and contrib's are known; any other is judged as a call of that function.
   */
  private sampleMethod(method: Node[] | undefined): void {
    const parts: string[] = (method ?? []).map(strOf);
    const name = parts[parts.length - 1] ?? "";
    const schema = parts.length >= 2 ? parts[parts.length - 2] : undefined;
    this.facts.functions.add(name);
    if (schema === undefined && SAMPLE_METHODS.has(name)) return;
    if (classifyFunction(schema, name, this.catalog).sideEffect) this.facts.sideEffectFunctions.add(name);
  }

  private rangeFunction(rf: Node, scope: Scope): OutCol[] {
    const lins: Lin[] = [];
    let cols: OutCol[] | undefined;
    for (const pair of rf.functions ?? []) {
      const items: Node[] = pair.List?.items ?? [];
      const fn = items[0];
      if (!fn) continue;
      if (fn.FuncCall) {
        const r = this.funcCall(fn.FuncCall, scope, true);
        lins.push(r.lin);
        if (rf.functions.length === 1 && r.cols) cols = r.cols;
      } else {
        lins.push(this.expr(fn, scope));
      }
    }
    const alias: string = rf.alias?.aliasname ?? firstFuncName(rf) ?? "";
    const colAliases: string[] = (rf.alias?.colnames ?? []).map(strOf);
    const colDefs: string[] = (rf.coldeflist ?? rf.alias?.coldeflist ?? []).map((c: Node) => String(c.ColumnDef?.colname ?? ""));
    const all = unionLin(lins);
    const mk = (): Lin => ({ ...all, sources: new Set(all.sources), direct: false });
    if (!cols && rf.functions?.length === 1 && !colDefs.length) {
      const known = builtinSetColumns(rf.functions[0]?.List?.items?.[0]?.FuncCall, alias);
      if (known) cols = known.map((name) => ({ name, lin: mk() }));
    }
    if (cols) {
      if (rf.ordinality) cols = [...cols, { name: "ordinality", lin: emptyLin() }];
      const it: Item = { ...this.itemFromCols(alias, renameCols(cols, colAliases)), fromFunction: true };
      scope.items.push(it);
      return this.itemColumns(it);
    }
    const names = colAliases.length ? colAliases : colDefs;
    if (names.length) {
      // A column definition list names every column; aliases may name only the first ones.
      const it: Item = { alias, cols: names.map((nm) => ({ name: nm, lin: mk() })), open: colDefs.length === 0, openLin: mk, restLin: all, fromFunction: true };
      // A scalar function in FROM yields one column named after the alias.
      scope.items.push(it);
      return this.itemColumns(it);
    }
    // A function returning one value gives one column named after the alias; a composite result,
    // columns of its own: which one this is, is not known here.
    const star: OutCol[] = [{ name: "*", lin: all, expands: true }];
    const it: Item = { alias, star, cols: [{ name: alias, lin: mk() }], open: true, openLin: mk, restLin: all, fromFunction: true };
    scope.items.push(it);
    return star;
  }

  private join(j: Node, scope: Scope): OutCol[] {
    const left = this.fromItem(j.larg, scope);
    const right = this.fromItem(j.rarg, scope);
    const using: string[] = (j.usingClause ?? []).map(strOf);
    // USING and NATURAL joins compare the merged columns with =.
    if (using.length || j.isNatural) this.catalogOperator("=");
    let cols: OutCol[];
    if (j.isNatural) {
      const known = (cs: OutCol[]) => cs.every((c) => !c.expands);
      if (known(left) && known(right)) {
        const common = left.filter((l) => right.some((r) => r.name === l.name)).map((l) => l.name);
        cols = mergeUsing(left, right, common);
        this.notePredicates(cols.slice(0, common.length).map((c) => c.lin));
      } else {
        // Which columns merge is unknown: one expanding entry carrying everything.
        cols = [{ name: "*", lin: unionLin([...left, ...right].map((c) => c.lin)), expands: true }];
      }
    } else if (using.length) {
      cols = mergeUsing(left, right, using);
      this.notePredicates(cols.slice(0, using.length).map((c) => c.lin));
    } else {
      cols = [...left, ...right];
    }
    if (j.quals) this.predicate(j.quals, scope);
    if (j.alias?.aliasname) {
      const it = this.itemFromCols(j.alias.aliasname, renameCols(cols, (j.alias.colnames ?? []).map(strOf)));
      scope.items.push(it);
    }
    return cols;
  }

  // ---- queries ------------------------------------------------------------------------------------

  private subquery(node: Node | undefined, scope: Scope | undefined): OutCol[] | null {
    if (!node) return null;
    if (node.SelectStmt) return this.select(node.SelectStmt, scope);
    return this.nested(node, scope);
  }

  private withClause(w: Node | undefined, scope: Scope): void {
    if (!w) return;
    for (const c of w.ctes ?? []) {
      const cte = c.CommonTableExpr;
      if (!cte) continue;
      const name: string = cte.ctename;
      const aliases: string[] = (cte.aliascolnames ?? []).map(strOf);
      const q: Node = cte.ctequery;
      if (w.recursive && q.SelectStmt && q.SelectStmt.op !== "SETOP_NONE" && q.SelectStmt.larg) {
        // Start from the non-recursive term, then widen until the lineage stops growing. A round
        // moves a source only one column further (r(a, b) AS (… SELECT b, a FROM r)), so no fixed
        // number of rounds is enough. Column lineage is a union of the previous round's columns,
        // so a source needs at most one round per column to reach any column it can reach; if the
        // lineage still grows after that, this analysis is wrong somewhere and the columns become
        // of unknown provenance.
        let cols = renameCols(this.select(q.SelectStmt.larg, scope), aliases);
        let settled = false;
        const rounds = cols.length + 3;
        for (let i = 0; i < rounds && !settled; i++) {
          scope.ctes.set(name, { cols });
          const next = renameCols(this.select(q.SelectStmt, scope), aliases);
          const merged = zipUnion(cols, next);
          settled = sameLineage(merged, cols);
          cols = merged;
        }
        if (!settled) cols = cols.map((c) => ({ ...c, lin: { ...unknownLin(), sources: new Set(c.lin.sources) } }));
        scope.ctes.set(name, { cols });
        continue;
      }
      const cols = q.SelectStmt ? this.select(q.SelectStmt, scope) : this.nested(q, scope);
      scope.ctes.set(name, { cols: renameCols(cols ?? [], aliases) });
    }
  }

  select(s: Node, outer: Scope | undefined): OutCol[] {
    const scope = this.newScope(outer);
    this.withClause(s.withClause, scope);
    if (s.op && s.op !== "SETOP_NONE") {
      const l = this.select(s.larg, scope);
      const r = this.select(s.rarg, scope);
      // INTERSECT, EXCEPT and UNION without ALL compare rows: which come back tells whether values are equal.
      if (s.op !== "SETOP_UNION" || !s.all) this.notePredicates([...l, ...r].map((c) => c.lin));
      this.orderAndLimit(s, scope, l);
      return zipUnion(l, r);
    }
    if (s.valuesLists) {
      const rows: OutCol[][] = s.valuesLists.map((row: Node) =>
        (row.List?.items ?? []).map((e: Node, i: number) => ({ name: `column${i + 1}`, lin: this.noteRead(this.expr(e, scope)) })));
      this.orderAndLimit(s, scope, rows[0] ?? []);
      return rows.reduce((acc, r) => zipUnion(acc, r));
    }
    const star = this.fromClause(s.fromClause, scope);
    if (s.whereClause) {
      this.predicate(s.whereClause, scope);
      const folded = foldPredicate(s.whereClause, this.markSensitive);
      this.facts.hasWhere = folded !== true;
      this.facts.whereIsTautology = folded === true;
    }
    const out: OutCol[] = [];
    for (const t of s.targetList ?? []) {
      const rt = t.ResTarget;
      if (!rt) continue;
      const v = rt.val as Node;
      const cols = this.expandedTarget(v, scope, star);
      if (cols) {
        for (const c of cols) this.noteRead(c.lin);
        out.push(...cols);
        continue;
      }
      out.push({ name: rt.name ?? figureName(v), lin: this.noteRead(this.expr(v, scope)) });
    }
    for (const g of s.groupClause ?? []) this.notePredicates([this.outputOrExpr(g, scope, out)]);
    if (s.havingClause) this.predicate(s.havingClause, scope);
    for (const d of s.distinctClause ?? []) if (d && Object.keys(d).length) this.notePredicates([this.outputOrExpr(d, scope, out)]);
    // Plain DISTINCT (an empty entry) compares whole output rows: how many remain tells which values are equal.
    if (s.distinctClause?.some((d: Node) => !d || !Object.keys(d).length)) this.notePredicates(out.map((c) => c.lin));
    for (const w of s.windowClause ?? []) this.windowDef(w.WindowDef, scope);
    this.orderAndLimit(s, scope, out);
    if (s.lockingClause?.length) {
      // FOR UPDATE / SHARE takes row locks: a write in effect.
      this.facts.kind = "write";
      for (const lc of s.lockingClause) {
        const rels: Node[] = lc.LockingClause?.lockedRels ?? [];
        const targets = rels.length ? rels.map((r) => this.findItem(scope, [r.RangeVar?.relname ?? ""])?.table).filter(Boolean) : scope.items.map((i) => i.table).filter(Boolean);
        for (const t of targets) this.facts.tablesWritten.add(t!);
      }
    }
    if (s.intoClause) {
      this.facts.selectInto = true;
      this.facts.kind = "ddl";
      const rel = s.intoClause.rel;
      if (rel) this.facts.tablesWritten.add(this.qualify(rel.schemaname || undefined, rel.relname).qualified);
    }
    return out;
  }

  /**
   * The columns of a select-list entry PostgreSQL expands into several (`*`, `t.*`, `(t).*`,
   * `(f(x)).*`); undefined for an entry that is one column. Output columns are matched to lineage
   * entries by position, so an expansion counted as one column would shift every column after it.
   */
  private expandedTarget(v: Node | undefined, scope: Scope, star: OutCol[]): OutCol[] | undefined {
    const fields: Node[] | undefined = v?.ColumnRef?.fields;
    if (fields && fields[fields.length - 1]?.A_Star) return fields.length === 1 ? star : this.starOf(fields.slice(0, -1), scope);
    const ind: Node[] | undefined = v?.A_Indirection?.indirection;
    if (!ind?.length || !ind[ind.length - 1]!.A_Star) return undefined;
    const arg: Node | undefined = v!.A_Indirection.arg;
    if (ind.length === 1 && arg?.ColumnRef) {
      const f: Node[] = arg.ColumnRef.fields ?? [];
      const qual = f[f.length - 1]?.A_Star ? f.slice(0, -1) : f;
      const item = qual.length && qual.every((x) => x.String) ? this.findItem(scope, qual.map(strOf)) : undefined;
      // (t).* is t's columns unless t is also a column name, which PostgreSQL would take first.
      if (item && (qual.length > 1 || f.length > qual.length || !this.mayBeColumn(scope, strOf(qual[0])))) return this.itemColumns(item);
    }
    // The fields of a composite value (a function's result, a composite column): how many, and
    // which carries what, is not known here.
    const whole = ind.length === 1 ? this.expr(arg, scope) : this.expr({ A_Indirection: { arg, indirection: ind.slice(0, -1) } }, scope);
    return [{ name: "*", lin: { ...whole, sources: new Set(whole.sources), direct: false }, expands: true }];
  }

  /** Whether a one-part name could resolve to a column of some FROM item in scope. */
  private mayBeColumn(scope: Scope | undefined, name: string): boolean {
    for (let s = scope; s; s = s.parent) if (s.items.some((it) => it.open || it.cols.some((c) => c.name === name))) return true;
    return false;
  }

  private starOf(qual: Node[], scope: Scope): OutCol[] {
    const item = this.findItem(scope, qual.map(strOf));
    if (!item) return [{ name: "*", lin: unknownLin(), expands: true }];
    return this.itemColumns(item);
  }

  private orderAndLimit(s: Node, scope: Scope, out: OutCol[]): void {
    for (const sb of s.sortClause ?? []) this.notePredicates([this.outputOrExpr(this.sortKey(sb)!, scope, out)]);
    // How many rows come back reveals LIMIT's and OFFSET's values, as a WHERE reveals its test.
    for (const n of [s.limitCount, s.limitOffset]) if (n) this.notePredicates([this.noteRead(this.expr(n, scope))]);
  }

  /** GROUP BY / ORDER BY may name an output column or give its position. */
  private outputOrExpr(n: Node, scope: Scope, out: OutCol[]): Lin {
    const f = n?.ColumnRef?.fields;
    if (f?.length === 1 && !f[0].A_Star) {
      const hit = out.find((c) => c.name === strOf(f[0]));
      if (hit && !scope.items.some((i) => i.cols.some((c) => c.name === hit.name))) return hit.lin;
    }
    const pos = n?.A_Const?.ival;
    if (pos !== undefined && n.A_Const) {
      this.literalSensitive = true;
      const c = out[Number(pos.ival ?? 0) - 1];
      return c ? c.lin : emptyLin();
    }
    return this.noteRead(this.expr(n, scope));
  }

  private windowDef(w: Node | undefined, scope: Scope): void {
    if (!w) return;
    for (const p of w.partitionClause ?? []) this.notePredicates([this.noteRead(this.expr(p, scope))]);
    for (const o of w.orderClause ?? []) this.notePredicates([this.noteRead(this.expr(this.sortKey(o), scope))]);
    // Frame offsets (ROWS BETWEEN n PRECEDING …) are expressions too, evaluated when the query runs.
    for (const off of [w.startOffset, w.endOffset]) if (off) this.noteRead(this.expr(off, scope));
  }

  private predicate(n: Node, scope: Scope): void {
    this.notePredicates([this.noteRead(this.expr(n, scope))]);
  }

  private notePredicates(lins: Lin[]): void {
    for (const l of lins) for (const s of l.sources) this.facts.columnsInPredicates.add(s);
  }

  private walkExprs(nodes: (Node | undefined)[], scope: Scope): void {
    for (const n of nodes) if (n) this.noteRead(this.expr(n, scope));
  }

  // ---- data-changing statements ----------------------------------------------------------------

  private target(rv: Node, scope: Scope, command: "insert" | "update" | "delete" | "merge"): Item {
    this.facts.kind = "write";
    this.facts.command = command;
    const it = this.relationItem(rv, scope, false);
    if (it.table) this.facts.tablesWritten.add(it.table);
    scope.items.push(it);
    return it;
  }

  private returning(list: Node[] | undefined, scope: Scope): OutCol[] | null {
    if (!list?.length) return null;
    // RETURNING old.x / new.x (PostgreSQL 18) name the target row before and after the change.
    const starCols = scope.items.flatMap((i) => this.itemColumns(i));
    const target = scope.items[0];
    if (target) scope.items.push({ ...target, alias: "old" }, { ...target, alias: "new" });
    const out: OutCol[] = [];
    for (const t of list) {
      const rt = t.ResTarget;
      const v = rt?.val as Node;
      const cols = this.expandedTarget(v, scope, starCols);
      if (cols) {
        for (const c of cols) this.noteRead(c.lin);
        out.push(...cols);
      } else if (rt) {
        out.push({ name: rt.name ?? figureName(v), lin: this.noteRead(this.expr(v, scope)) });
      }
    }
    return out;
  }

  private whereOfWrite(where: Node | undefined, scope: Scope): void {
    if (!where) {
      this.facts.hasWhere = false;
      return;
    }
    this.predicate(where, scope);
    if (where.CurrentOfExpr) {
      this.facts.hasWhere = true;
      return;
    }
    const folded = foldPredicate(where, this.markSensitive);
    this.facts.hasWhere = folded !== true;
    this.facts.whereIsTautology = folded === true;
  }

  private written(item: Item, names: string[]): void {
    if (!item.table) return;
    if (names.length === 0) {
      const cols = item.cols.length && !item.open ? item.cols.map((c) => `${item.table}.${c.name}`) : [`${item.table}.*`];
      for (const c of cols) this.facts.columnsWritten.add(c);
      return;
    }
    for (const n of names) this.facts.columnsWritten.add(`${item.table}.${n}`);
  }

  private insert(s: Node, outer: Scope | undefined): OutCol[] | null {
    const scope = this.newScope(outer);
    this.withClause(s.withClause, scope);
    if (s.selectStmt) {
      const src = this.newScope(scope);
      this.subquery(s.selectStmt, src);
    }
    const it = this.target(s.relation, scope, "insert");
    this.written(it, (s.cols ?? []).map((c: Node) => String(c.ResTarget?.name ?? "")));
    this.facts.hasWhere = false;
    const oc = s.onConflictClause;
    if (oc) {
      for (const t of oc.targetList ?? []) {
        if (t.ResTarget?.name) this.facts.columnsWritten.add(`${it.table}.${t.ResTarget.name}`);
        if (t.ResTarget?.val) this.noteRead(this.expr(t.ResTarget.val, scope));
      }
      if (oc.whereClause) this.predicate(oc.whereClause, scope);
      for (const e of oc.infer?.InferClause?.indexElems ?? []) this.walkExprs([e.IndexElem?.expr], scope);
    }
    return this.returning(s.returningClause?.exprs ?? s.returningList, scope);
  }

  private update(s: Node, outer: Scope | undefined): OutCol[] | null {
    const scope = this.newScope(outer);
    this.withClause(s.withClause, scope);
    const it = this.target(s.relation, scope, "update");
    this.fromClause(s.fromClause, scope);
    const names: string[] = [];
    for (const t of s.targetList ?? []) {
      const rt = t.ResTarget;
      if (!rt) continue;
      names.push(String(rt.name));
      if (rt.val) this.noteRead(this.expr(rt.val, scope));
    }
    this.written(it, names.length ? names : ["*"]);
    this.whereOfWrite(s.whereClause, scope);
    return this.returning(s.returningClause?.exprs ?? s.returningList, scope);
  }

  private delete(s: Node, outer: Scope | undefined): OutCol[] | null {
    const scope = this.newScope(outer);
    this.withClause(s.withClause, scope);
    this.target(s.relation, scope, "delete");
    this.fromClause(s.usingClause, scope);
    this.whereOfWrite(s.whereClause, scope);
    return this.returning(s.returningClause?.exprs ?? s.returningList, scope);
  }

  private merge(s: Node, outer: Scope | undefined): OutCol[] | null {
    const scope = this.newScope(outer);
    this.withClause(s.withClause, scope);
    const it = this.target(s.relation, scope, "merge");
    this.fromItem(s.sourceRelation, scope);
    this.whereOfWrite(s.joinCondition, scope);
    for (const w of s.mergeWhenClauses ?? []) {
      const mw = w.MergeWhenClause;
      if (!mw) continue;
      if (mw.condition) this.predicate(mw.condition, scope);
      const names: string[] = [];
      for (const t of mw.targetList ?? []) {
        if (t.ResTarget?.name) names.push(t.ResTarget.name);
        if (t.ResTarget?.val) this.noteRead(this.expr(t.ResTarget.val, scope));
      }
      for (const v of mw.values ?? []) this.noteRead(this.expr(v, scope));
      if (mw.commandType === "CMD_DELETE" || names.length || mw.commandType === "CMD_INSERT") this.written(it, names);
    }
    return this.returning(s.returningClause?.exprs ?? s.returningList, scope);
  }

  // ---- expressions --------------------------------------------------------------------------------

  expr(n: Node | undefined, scope: Scope | undefined): Lin {
    if (!n || typeof n !== "object") return emptyLin();
    if (Array.isArray(n)) return unionLin(n.map((x) => this.expr(x, scope)));
    if (n.List) return this.expr(n.List.items ?? [], scope);
    if (n.ColumnRef) return this.resolveColumn(n.ColumnRef.fields ?? [], scope);
    if (n.A_Const || n.SQLValueFunction || n.SetToDefault) return emptyLin();
    if (n.ParamRef) return scope?.params?.byIndex[(n.ParamRef.number ?? 1) - 1] ?? emptyLin();
    if (n.TypeCast) {
      const l = this.expr(n.TypeCast.arg, scope);
      const names: Node[] = n.TypeCast.typeName?.names ?? [];
      const t = strOf(names[names.length - 1]).toLowerCase();
      const builtinType = names.length === 1 || strOf(names[0]) === "pg_catalog";
      const arrayCast = (n.TypeCast.typeName?.arrayBounds ?? []).length > 0;
      // A length limit (varchar(12), bpchar(n), bit(n)…) cuts the value: a partial mask meant for
      // the whole value would show more of it.
      const limited = (n.TypeCast.typeName?.typmods ?? []).length > 0;
      const keepsText = builtinType && TEXT_TYPES.has(t) && !limited;
      const out = { ...l, sources: new Set(l.sources), direct: l.direct && keepsText && !arrayCast };
      // Reading text as another type checks it (a number, a date, JSON, an array literal); only a
      // cast to a text type, which at most cuts the value, takes any value.
      const total = builtinType && (TEXT_TYPES.has(t) || CUTTING_TEXT_TYPES.has(t)) && !arrayCast;
      const checked = total ? out : this.mayFail([{ node: n.TypeCast.arg, lin: out }], out);
      // Any other cast shows the value in another form (text as bytea is hex) or cuts it.
      return keepsText ? checked : this.transform(checked);
    }
    if (n.CollateClause) return this.expr(n.CollateClause.arg, scope);
    if (n.NamedArgExpr) return this.expr(n.NamedArgExpr.arg, scope);
    if (n.FuncCall) return this.funcCall(n.FuncCall, scope, false).lin;
    if (n.SubLink) return this.subLink(n.SubLink, scope);
    if (n.A_Expr) return this.operator(n.A_Expr, scope);
    if (n.BoolExpr) {
      // AND and OR stop at the first operand that decides: the operands before one that can fail
      // decide whether it runs (the planner may also reorder them).
      const args: Lin[] = (n.BoolExpr.args ?? []).map((a: Node) => this.expr(a, scope));
      this.guarded(args, args);
      return valueFree(unionLin(args));
    }
    if (n.NullTest) return valueFree(this.expr(n.NullTest.arg, scope));
    if (n.BooleanTest) return valueFree(this.expr(n.BooleanTest.arg, scope));
    if (n.CaseExpr) {
      // The result is one of the THEN / ELSE values; the tests only choose which, and so whether
      // a THEN or ELSE that can fail is worked out.
      const c = n.CaseExpr;
      // CASE x WHEN v compares x = v.
      if (c.arg) this.catalogOperator("=");
      const testLins: Lin[] = [c.arg, ...(c.args ?? []).map((w: Node) => w.CaseWhen?.expr)].map((t) => this.expr(t, scope));
      const results: Lin[] = [...(c.args ?? []).map((w: Node) => this.expr(w.CaseWhen?.result, scope)), this.expr(c.defresult, scope)];
      this.guarded(testLins, [...testLins.slice(2), ...results]);
      const tests = valueFree(unionLin(testLins));
      return unionLin([tests, ...results]);
    }
    // COALESCE, GREATEST / LEAST choose one of their values; arrays and rows show each as it is.
    // COALESCE works out a value only when those before it are null.
    if (n.CoalesceExpr) {
      const args: Lin[] = (n.CoalesceExpr.args ?? []).map((a: Node) => this.expr(a, scope));
      this.guarded(args.slice(0, -1), args.slice(1));
      return unionLin(args);
    }
    if (n.MinMaxExpr) return this.expr(n.MinMaxExpr.args, scope);
    if (n.A_ArrayExpr) {
      // Arrays of arrays must have sub-arrays of one size: an array computed from a value can fail that.
      const elements: Node[] = n.A_ArrayExpr.elements ?? [];
      const lins = elements.map((e) => this.expr(e, scope));
      const lin = unionLin(lins);
      return elements.length > 1 && elements.some((e, i) => valueMayBeArray(e, lins[i]!)) ? this.mayFail(elements.map((e, i) => ({ node: e, lin: lins[i]! })), lin) : lin;
    }
    if (n.RowExpr) return this.expr(n.RowExpr.args, scope);
    if (n.XmlExpr) {
      const x = n.XmlExpr;
      const args: Node[] = [...(x.named_args ?? []).map((r: Node) => r.ResTarget?.val), ...(x.args ?? [])];
      const lins = args.map((a) => this.expr(a, scope));
      const lin = this.transform(unionLin(lins));
      // xmlelement, xmlforest and xmlconcat escape any text; XMLPARSE, XMLPI, XMLROOT check theirs.
      return TOTAL_XML.has(String(x.op)) ? lin : this.mayFail(args.map((a, i) => ({ node: a, lin: lins[i]! })), lin);
    }
    if (n.A_Indirection) {
      const ind: Node[] = n.A_Indirection.indirection ?? [];
      const arg = n.A_Indirection.arg;
      // (c).ssn picks one column out of a whole-row reference; a row's own column wins over a function of that name.
      if (arg?.ColumnRef && ind.length === 1 && ind[0]!.String) {
        const item = this.findItem(scope, (arg.ColumnRef.fields ?? []).map(strOf));
        if (item) {
          const col = item.cols.find((c) => c.name === strOf(ind[0]));
          if (col) return col.lin;
          if (item.open) {
            const calls = this.fieldCalls(arg, ind, scope, !item.fromFunction);
            return calls.length ? unionLin([item.openLin(strOf(ind[0])), ...calls]) : item.openLin(strOf(ind[0]));
          }
        }
      }
      const l = this.expr(arg, scope);
      const idx = unionLin(ind.filter((i) => !i.String).map((i) => this.expr(i, scope)));
      this.noteRead(idx);
      return unionLin([l, ...this.fieldCalls(arg, ind, scope)]);
    }
    return this.genericLin(n, scope);
  }

  /**
   * `(x).f` is PostgreSQL's other spelling of `f(x)` when x has no field f: `('seq').nextval`
   * advances a sequence. Every field name that may be a function is analysed as a call of it.
   */
  private fieldCalls(arg: Node | undefined, ind: Node[], scope: Scope | undefined, userOnly = false): Lin[] {
    const calls: Lin[] = [];
    for (const i of ind) {
      const name = i.String ? strOf(i) : "";
      if (name && mayBeFunction(name, this.catalog, userOnly)) calls.push(this.funcCall({ funcname: [{ String: { sval: name } }], args: arg ? [arg] : [] }, scope, false).lin);
    }
    return calls;
  }

  /** Any other node: the union of everything inside it, as a derived value that may fail on it. */
  private genericLin(n: Node, scope: Scope | undefined): Lin {
    const parts: Lin[] = [];
    this.collectLins(n, scope, parts);
    const lin = this.transform(unionLin(parts));
    return this.mayFail([{ lin }], lin);
  }

  /**
   * A step that raises an error for some values of its inputs (a failed cast, a division by zero,
   * input a function refuses): whether the statement fails tells something of those values, as a
   * predicate on them would, so their columns are predicate columns. A literal input fails for
   * every row or none. Returns the step's value, marked as one that can fail.
   */
  private mayFail(inputs: { node?: Node; lin: Lin }[], result: Lin): Lin {
    const varying = inputs.filter((i) => !isLiteral(i.node));
    if (!varying.length) return result;
    this.notePredicates(varying.map((i) => i.lin));
    return { ...result, sources: new Set(result.sources), fallible: true };
  }

  /**
   * `deciders` choose whether `guarded` values are worked out (CASE tests, the values before one in
   * COALESCE, the other operands of AND / OR): when one of those can fail, the deciders are predicates.
   */
  private guarded(deciders: Lin[], guarded: Lin[]): void {
    if (guarded.some((l) => l.fallible)) this.notePredicates(deciders);
  }

  /** An operator: comparisons say nothing of the values' text, concatenation keeps it, the rest changes it. */
  private operator(a: Node, scope: Scope | undefined): Lin {
    const op = operatorName(a.name);
    // Only these kinds name an operator; BETWEEN, IN, LIKE and the rest are spelled by keyword.
    const named = a.kind === "AEXPR_OP" || a.kind === "AEXPR_OP_ANY" || a.kind === "AEXPR_OP_ALL";
    if (!named) this.keywordOperators(a);
    if (named && this.userOperator(a.name)) {
      const l = this.expr([a.lexpr, a.rexpr], scope);
      return { ...l, sources: new Set(l.sources), direct: false, unknown: true };
    }
    switch (a.kind) {
      case "AEXPR_OP":
        if (op === "||" && a.lexpr && a.rexpr) {
          const operands: Node[] = [];
          flattenConcat(a, operands);
          return this.joined(operands.map((o) => ({ lin: this.expr(o, scope), text: literalText(o) })));
        }
        if (op !== undefined && COMPARISONS.has(op) && a.lexpr && a.rexpr) return valueFree(this.patternOperands(a, op, scope));
        // Taking a JSON member or element shows it as it is.
        if (op !== undefined && JSON_ACCESS.has(op)) return this.expr([a.lexpr, a.rexpr], scope);
        // Arithmetic and the rest: a division by zero, an overflow, a value out of range.
        return this.transform(this.computed(a, scope));
      case "AEXPR_NULLIF":
        return this.expr([a.lexpr, a.rexpr], scope);
      case "AEXPR_OP_ANY": case "AEXPR_OP_ALL":
        return valueFree(this.patternOperands(a, op, scope));
      case "AEXPR_LIKE": case "AEXPR_ILIKE": case "AEXPR_SIMILAR":
        return valueFree(this.patternOperands(a, "~~", scope));
      case "AEXPR_DISTINCT": case "AEXPR_NOT_DISTINCT":
        return valueFree(this.patternOperands(a, undefined, scope));
      case "AEXPR_IN":
      case "AEXPR_BETWEEN": case "AEXPR_NOT_BETWEEN": case "AEXPR_BETWEEN_SYM": case "AEXPR_NOT_BETWEEN_SYM": {
        // x IN (a, b) and x BETWEEN a AND b are worked out as ORs and ANDs of comparisons, which
        // stop at the first that decides.
        const listed: Node[] = a.rexpr?.List?.items ?? (Array.isArray(a.rexpr) ? a.rexpr : [a.rexpr]);
        const operands = [a.lexpr, ...listed].map((o: Node) => this.expr(o, scope));
        this.guarded(operands, operands);
        return valueFree(unionLin(operands));
      }
    }
    return this.transform(this.computed(a, scope));
  }

  /** An operator computing a new value from its operands, which can fail on them. */
  private computed(a: Node, scope: Scope | undefined): Lin {
    const operands = [a.lexpr, a.rexpr].filter(Boolean).map((o: Node) => ({ node: o, lin: this.expr(o, scope) }));
    return this.mayFail(operands, unionLin(operands.map((o) => o.lin)));
  }

  /**
   * The operands of a comparison. Comparing takes any values, but a pattern (LIKE, SIMILAR TO, a
   * regular expression, a text search query) is checked first: a pattern computed from a value fails on some values.
   */
  private patternOperands(a: Node, op: string | undefined, scope: Scope | undefined): Lin {
    const left = this.expr(a.lexpr, scope);
    const right = this.expr(a.rexpr, scope);
    const lin = unionLin([left, right]);
    // Rows are compared field by field, stopping at the first pair that decides.
    if (a.lexpr?.RowExpr || a.rexpr?.RowExpr) this.guarded([left, right], [left, right]);
    if (op === undefined || !PATTERN_OPERATORS.has(op)) return lin;
    // SIMILAR TO arrives as a call of similar_to_escape on the right.
    return this.mayFail([{ node: a.rexpr, lin: right }], lin);
  }

  /**
   * Whether an operator name is not one PostgreSQL defines: a user-defined operator runs whatever
   * function it names (CREATE OPERATOR … FUNCTION = nextval), so it counts as a side-effecting call.
   */
  private userOperator(name: Node[] | undefined): boolean {
    const op = operatorName(name);
    if (op !== undefined && BUILTIN_OPERATORS.has(op)) return (name ?? []).length === 1 && this.catalogOperator(op);
    const called = `operator ${(name ?? []).map(strOf).join(".")}`;
    this.facts.functions.add(called);
    this.facts.sideEffectFunctions.add(called);
    return true;
  }

  /**
   * An operator spelled with a name PostgreSQL defines (=, <, ~~ …) may still be a user's, for the
   * user's types: with a catalog, a user-defined operator of that name whose function has side
   * effects makes the use a side-effecting call (which overload applies depends on types not known here).
   */
  private catalogOperator(op: string): boolean {
    const catalog = this.catalog;
    const ops = catalog?.operators?.(undefined, op) ?? [];
    if (!catalog || !ops.some((o) => namedFunctionHasSideEffects(o.function, catalog))) return false;
    this.facts.functions.add(`operator ${op}`);
    this.facts.sideEffectFunctions.add(`operator ${op}`);
    return true;
  }

  /** IN, LIKE, IS DISTINCT FROM, NULLIF, BETWEEN … call the operators their keyword stands for (IN (SELECT …), CASE x WHEN and JOIN USING: see subLink, expr and join). */
  private keywordOperators(a: Node): void {
    if (!this.catalog?.operators) return;
    if (typeof a.kind === "string" && a.kind.includes("BETWEEN")) {
      this.catalogOperator(">=");
      this.catalogOperator("<=");
      return;
    }
    const op = operatorName(a.name);
    if (op !== undefined) this.catalogOperator(op);
  }

  /** The expression of an ORDER BY entry; `USING op` sorts by calling that operator. */
  private sortKey(sb: Node): Node | undefined {
    if (sb?.SortBy?.useOp) this.userOperator(sb.SortBy.useOp);
    return sb?.SortBy?.node ?? sb;
  }

  /**
   * Values written one after the other (a || b, concat, string_agg …). Each keeps its characters,
   * but two that touch can make one run of them, which the detectors no longer take for a secret:
   * a card number or an SSN must not touch a letter or digit ('9' || memo makes a 17-digit run),
   * an SSN not a dash either, and a card number's digit groups may be joined by one space. Values
   * are kept apart by a literal whose character on the touching side is none of those, or is a
   * space followed by such a character or by nothing at all.
   */
  private joined(pieces: { lin: Lin; text?: string }[]): Lin {
    // Which literal keeps pieces apart decides: the shape cache must tell 'x' from ', '.
    if (pieces.some((p) => p.text !== undefined)) this.literalSensitive = true;
    const lin = unionLin(pieces.map((p) => p.lin));
    const present: { lin: Lin; text?: string }[] = [];
    for (const p of pieces) {
      const prev = present[present.length - 1];
      if (p.text === "") continue;
      if (p.text !== undefined && prev?.text !== undefined) prev.text += p.text;
      else present.push({ ...p });
    }
    for (let i = 0; i + 1 < present.length && !lin.transformed; i++) {
      const a = present[i]!, b = present[i + 1]!;
      const apart = (a.text !== undefined && separates([...a.text].reverse().join(""), i === 0)) ||
        (b.text !== undefined && separates(b.text, i + 2 === present.length));
      if (!apart && (this.textual(a.lin) || this.textual(b.lin))) lin.transformed = true;
    }
    return lin;
  }

  /** A value computed from its inputs: a text input reaches it changed. */
  private transform(l: Lin): Lin {
    return !l.transformed && this.textual(l) ? { ...l, sources: new Set(l.sources), transformed: true } : l;
  }

  /** Whether the value may carry a text column's characters: a source of a text (or unknown) type. */
  private textual(l: Lin): boolean {
    if (l.unknown) return true;
    for (const src of l.sources) if (sourceMayHoldText(src, this.catalog)) return true;
    return false;
  }

  private collectLins(v: unknown, scope: Scope | undefined, parts: Lin[]): void {
    if (!v || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) this.collectLins(x, scope, parts);
      return;
    }
    const o = v as Node;
    let only: string | undefined;
    let count = 0;
    for (const key in o) {
      only = key;
      if (++count > 1) break;
    }
    // A node wrapper is one key naming the node type (capitalised) around its fields.
    if (count === 1) {
      const k = only!;
      const first = k.charCodeAt(0);
      const inner = o[k];
      if (first >= 65 && first <= 90 && inner && typeof inner === "object") {
        switch (k) {
          case "ColumnRef": case "FuncCall": case "SubLink": case "TypeCast": case "ParamRef": case "A_Indirection":
            parts.push(this.expr(o, scope));
            return;
          case "SelectStmt":
            parts.push(unionLin(this.select(inner, scope).map((c) => c.lin)));
            return;
          case "RangeVar":
            parts.push(unknownLin());
            return;
          case "A_Const":
            return;
          case "SortBy":
            this.collectLins(this.sortKey(o), scope, parts);
            return;
          case "A_Expr":
            // The common operator node: only its operands can carry values (its operator may still be a user's).
            if (inner.kind === "AEXPR_OP" || inner.kind === "AEXPR_OP_ANY" || inner.kind === "AEXPR_OP_ALL") this.userOperator(inner.name);
            else this.keywordOperators(inner);
            this.collectLins(inner.lexpr, scope, parts);
            this.collectLins(inner.rexpr, scope, parts);
            return;
        }
        this.olderServerCall(k, inner);
        this.collectLins(inner, scope, parts);
        return;
      }
    }
    for (const key in o) if (key !== "location") this.collectLins(o[key], scope, parts);
  }

  /**
   * SQL/JSON syntax of PostgreSQL 16–18 (`JSON_VALUE(…)`, `JSON_OBJECT(…)`, `JSON_TABLE`, …) and
   * MERGE_ACTION() are plain function calls to a PostgreSQL 15 server: a user function of that name
   * in the catalog's search path is judged as the call it would be there.
   */
  private olderServerCall(nodeType: string, inner: Node): void {
    if (!this.catalog) return;
    const name = nodeType === "JsonFuncExpr" ? JSON_FUNC_OPS[String(inner.op)] : SQL_JSON_CALLS[nodeType];
    if (!name || !this.catalog.searchPath.some((s) => s !== "pg_catalog" && this.catalog!.functions(s, name).length > 0)) return;
    this.facts.functions.add(name);
    if (classifyFunction(undefined, name, this.catalog).sideEffect) this.facts.sideEffectFunctions.add(name);
  }

  private subLink(sl: Node, scope: Scope | undefined): Lin {
    // x op ANY (SELECT …), x op ALL (…), (a, b) op (SELECT …) call op for every row.
    if (sl.operName?.length) this.userOperator(sl.operName);
    // x IN (SELECT …) is x = ANY (SELECT …) without the operator written.
    else if (sl.subLinkType === "ANY_SUBLINK") this.catalogOperator("=");
    const test = sl.testexpr ? this.expr(sl.testexpr, scope) : emptyLin();
    const inner = this.child();
    const cols = inner.select(sl.subselect?.SelectStmt ?? {}, scope) ?? [];
    this.literalSensitive ||= inner.literalSensitive;
    this.facts.absorbFacts(inner.facts.build());
    for (const e of inner.facts.embedded) this.facts.embedded.push(e);
    if (sl.subLinkType === "EXPR_SUBLINK") {
      const c = cols[0];
      const lin = c && cols.length === 1 && !c.expands ? c.lin : unionLin(cols.map((x) => x.lin));
      // A scalar subquery fails when it returns more than one row.
      return { ...lin, sources: new Set(lin.sources), fallible: true };
    }
    if (sl.subLinkType === "ARRAY_SUBLINK") {
      const lin = unionLin(cols.map((x) => x.lin));
      // Rows that are arrays must all have one size.
      const target: Node[] = sl.subselect?.SelectStmt?.targetList ?? [];
      const only = target.length === 1 ? target[0]!.ResTarget?.val : undefined;
      const scalar = only && cols.length === 1 && !cols[0]!.expands && !valueMayBeArray(only, cols[0]!.lin);
      return scalar ? lin : this.mayFail([{ lin }], lin);
    }
    // EXISTS / IN / ANY / ALL: a boolean that depends on what the subquery filtered on. IN, ANY and
    // ALL stop at the first row that decides: the test and the rows before one that can fail decide whether it is worked out.
    const filtered = [...inner.facts.columnsInPredicates].map((s) => columnLin(s, false));
    if (sl.subLinkType !== "EXISTS_SUBLINK") this.guarded([test, ...cols.map((x) => x.lin)], cols.map((x) => x.lin));
    return valueFree(unionLin([test, ...cols.map((x) => x.lin), ...filtered]));
  }

  /** A function call: facts, lineage, and for set-returning SQL functions their output columns. */
  funcCall(fc: Node, scope: Scope | undefined, inFrom: boolean): { lin: Lin; cols?: OutCol[] } {
    // The parser has folded unquoted names already; a quoted "Upper" is another function than upper.
    const parts: string[] = (fc.funcname ?? []).map(strOf);
    const name = parts[parts.length - 1] ?? "";
    const schema = parts.length >= 2 ? parts[parts.length - 2] : undefined;
    this.facts.functions.add(name);
    // The parser writes JSON_OBJECT(…) of PostgreSQL 16+ as pg_catalog.json_object; to a PostgreSQL 15
    // server json_object(…) is unqualified and may reach a user function of that name.
    const info = classifyFunction(schema === "pg_catalog" && name === "json_object" ? undefined : schema, name, this.catalog);
    if (info.sideEffect) this.facts.sideEffectFunctions.add(name);
    if (info.opaqueReads && DYNAMIC_SQL_FUNCTIONS.has(name)) this.facts.opaque = true;
    const args: Lin[] = (fc.args ?? []).map((a: Node) => this.noteRead(this.expr(a, scope)));
    const checked = this.checkedArguments(schema, name, fc.args ?? [], args, scope);
    const r = this.callResult(fc, scope, inFrom, name, schema, info, args);
    return checked || args.some((l) => l.fallible) ? { ...r, lin: { ...r.lin, sources: new Set(r.lin.sources), fallible: true } } : r;
  }

  /**
   * Notes the arguments that can make a call fail (all of them for a function not known to take any
   * value there); returns whether the call can fail.
   */
  private checkedArguments(schema: string | undefined, name: string, nodes: Node[], args: Lin[], scope: Scope | undefined): boolean {
    const user = schema !== undefined ? schema !== "pg_catalog" : this.catalog?.searchPath.some((s) => s !== "pg_catalog" && this.catalog!.functions(s, name).length > 0) ?? false;
    let total = user ? undefined : totalArguments(name, nodes.length);
    // format('%*s', w, x) reads a width from a value.
    if (name === "format") {
      // The decision reads the literal: the shape cache must tell '%s' from '%*s'.
      this.literalSensitive = true;
      if ((literalText(nodes[0]) ?? "*").includes("*")) total = undefined;
    }
    // array_agg of arrays needs them all of one size.
    if (name === "array_agg" && nodes[0] && valueMayBeArray(nodes[0], args[0]!) && !this.isWholeRow(nodes[0], scope)) total = undefined;
    // A named argument may stand anywhere: only a function total in all of them takes it unchecked.
    const checked = nodes.map((node, i) => ({ node, lin: args[i]! }))
      .filter((a, i) => total !== "all" && (a.node?.NamedArgExpr || !total?.(i)));
    return !!this.mayFail(checked, emptyLin()).fallible;
  }

  private callResult(fc: Node, scope: Scope | undefined, inFrom: boolean, name: string, schema: string | undefined, info: FunctionInfo, args: Lin[]): { lin: Lin; cols?: OutCol[] } {
    // A set-returning function's arguments decide how many rows there are (generate_series(1, x)
    // returns x rows, regexp_matches(x, '^8') one or none): a count of them reveals the values.
    if (inFrom || SET_RETURNING.has(name)) this.notePredicates(args);
    // count(DISTINCT x) and other DISTINCT aggregates compare their inputs.
    if (fc.agg_distinct) this.notePredicates(args);
    if (fc.agg_filter) this.predicate(fc.agg_filter, scope ?? this.newScope());
    const order: Lin[] = (fc.agg_order ?? []).map((o: Node) => this.noteRead(this.expr(this.sortKey(o), scope)));
    // Sorting compares the values, as a query's ORDER BY does.
    this.notePredicates(order);
    if (fc.over) this.windowDef(fc.over.WindowDef ?? fc.over, scope ?? this.newScope());
    if (VALUE_FREE_AGGREGATES.has(name) && !schema) {
      // count(x) counts the rows where x is not NULL: of a column that is its NULLs, of anything
      // computed from one (count(CASE WHEN ssn LIKE '8%' THEN 1 END)) a test of its values.
      // A whole row (count(a.*) over an outer join) is NULL only where the join found no row.
      const nodes: Node[] = fc.args ?? [];
      this.notePredicates(args.filter((a, i) => !a.direct && !this.isWholeRow(nodes[i], scope)));
      return { lin: emptyLin() };
    }
    // WITHIN GROUP (ORDER BY y) is the aggregated input of an ordered-set aggregate: mode() and
    // percentile_disc() return y values. An ordinary aggregate's ORDER BY (string_agg(x, ',' ORDER BY y))
    // only orders the x values it returns, which the predicate facts above account for.
    const lin = unionLin(fc.agg_within_group ? [...args, ...order] : args);
    if (info.opaqueReads) lin.unknown = true;
    const builtin = !schema || schema === "pg_catalog";
    if (builtin && !info.sqlBody && !info.opaqueReads) return { lin: this.builtinResult(name, fc, args, lin) };
    if (info.sqlBody) {
      const body = this.followSqlFunction(info.sqlBody, args);
      if (!body) return { lin: { ...lin, unknown: true } };
      const bodyLin = unionLin([lin, ...body.map((c) => c.lin)]);
      if (inFrom && info.sqlBody.returnsSet !== undefined) {
        const names = info.sqlBody.resultColumns;
        const cols = body.map((c, i) => ({ ...c, name: names?.[i] ?? c.name }));
        return { lin: bodyLin, cols };
      }
      return { lin: bodyLin };
    }
    return { lin: this.transform(lin) };
  }

  /** How a built-in function's result shows its arguments' text. */
  private builtinResult(name: string, fc: Node, args: Lin[], lin: Lin): Lin {
    const argNodes: Node[] = fc.args ?? [];
    if (VALUE_FREE_RESULTS.has(name)) return valueFree(lin);
    if (fc.agg_within_group) return name === "mode" || name === "percentile_disc" ? lin : this.transform(lin);
    const piece = (i: number) => ({ lin: args[i] ?? emptyLin(), text: literalText(argNodes[i]) });
    // VARIADIC passes an array whose elements are written one after the other.
    const values = (from: number) => {
      const ps = args.slice(from).map((_, i) => piece(from + i));
      return fc.func_variadic && ps.length ? [...ps, ps[ps.length - 1]!] : ps;
    };
    const withSeparator = (ps: { lin: Lin; text?: string }[], sep: { lin: Lin; text?: string }) => ps.flatMap((p, i) => (i ? [sep, p] : [p]));
    let glued: Lin | undefined;
    switch (name) {
      case "concat": case "textcat":
        glued = this.joined(values(0));
        break;
      case "concat_ws":
        glued = this.joined(withSeparator(values(1), piece(0)));
        break;
      // Over several rows (or array elements) each value follows the previous one and the separator.
      case "string_agg":
        glued = this.joined([piece(0), piece(1), piece(0)]);
        break;
      case "array_to_string":
        glued = this.joined(args.length > 2 ? [piece(0), piece(1), piece(2), piece(1), piece(0)] : [piece(0), piece(1), piece(0)]);
        break;
      case "btrim": case "ltrim": case "rtrim":
        // Without a character list only white space goes; with one, digits of a card number could.
        return args.length === 1 ? lin : this.transform(lin);
    }
    if (glued) return { ...lin, transformed: lin.transformed || glued.transformed };
    return TEXT_KEEPING_FUNCTIONS.has(name) ? lin : this.transform(lin);
  }

  private followSqlFunction(fn: CatalogFunction, args: Lin[]): OutCol[] | undefined {
    if (this.following.has(fn.oid) || this.depth >= MAX_DEPTH || !fn.body) return undefined;
    let stmts;
    try {
      stmts = parseBatch(sqlBodyText(fn.body));
    } catch {
      return undefined;
    }
    this.following.add(fn.oid);
    try {
      const scope = this.newScope();
      const byName = new Map<string, Lin>();
      fn.argNames.forEach((n, i) => { if (n) byName.set(n, args[i] ?? emptyLin()); });
      scope.params = { byIndex: args, byName };
      let last: OutCol[] | null = null;
      for (const s of stmts) {
        const c = this.child();
        last = c.statement(s.stmt, scope);
        this.facts.absorbFacts(c.facts.build());
        if (c.facts.kind !== "read") this.facts.embedded.push(c.facts.build());
      }
      return last ?? undefined;
    } finally {
      this.following.delete(fn.oid);
    }
  }
}

function renameCols(cols: OutCol[] | null, names: string[]): OutCol[] {
  const list = cols ?? [];
  if (!names.length) return list;
  let i = 0;
  return list.map((c) => (c.expands || i >= names.length ? c : { ...c, name: names[i++]! }));
}

/** Set operations and VALUES: column i carries what any branch's column i carries. */
function zipUnion(a: OutCol[], b: OutCol[]): OutCol[] {
  if (a.some((c) => c.expands) || b.some((c) => c.expands) || a.length !== b.length) {
    return [{ name: a[0]?.name ?? "*", lin: unionLin([...a, ...b].map((c) => c.lin)), expands: true }];
  }
  return a.map((c, i) => ({ name: c.name, lin: unionLin([c.lin, b[i]!.lin], true) }))
    .map((c, i) => ({ ...c, lin: { ...c.lin, direct: a[i]!.lin.direct && b[i]!.lin.direct } }));
}

function sameLineage(a: OutCol[], b: OutCol[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((c, i) => c.lin.unknown === b[i]!.lin.unknown && c.lin.direct === b[i]!.lin.direct && c.lin.transformed === b[i]!.lin.transformed &&
    c.lin.sources.size === b[i]!.lin.sources.size && [...c.lin.sources].every((s) => b[i]!.lin.sources.has(s)));
}

function mergeUsing(left: OutCol[], right: OutCol[], names: string[]): OutCol[] {
  const pick = (cs: OutCol[], n: string): Lin[] => {
    const hit = cs.find((c) => c.name === n && !c.expands);
    if (hit) return [hit.lin];
    return cs.filter((c) => c.expands).map((c) => c.lin);
  };
  const merged: OutCol[] = names.map((n) => ({ name: n, lin: unionLin([...pick(left, n), ...pick(right, n)]) }));
  const rest = (cs: OutCol[]) => cs.filter((c) => c.expands || !names.includes(c.name));
  return [...merged, ...rest(left), ...rest(right)];
}

/** The result columns of a built-in set-returning function in FROM, as PostgreSQL names them. */
function builtinSetColumns(fc: Node | undefined, alias: string): string[] | undefined {
  if (!fc || fc.agg_star || fc.func_variadic) return undefined;
  const parts: string[] = (fc.funcname ?? []).map(strOf);
  const name = parts[parts.length - 1] ?? "";
  if (parts.length > 2 || (parts.length === 2 && parts[0] !== "pg_catalog")) return undefined;
  if (SCALAR_SET_FUNCTIONS.has(name) || (name === "unnest" && (fc.args ?? []).length === 1)) return [alias];
  return RECORD_SET_FUNCTIONS.get(name);
}

/** A value showing nothing of its inputs' text (a length, a position, a truth value). */
function valueFree(l: Lin): Lin {
  return l.transformed ? { ...l, sources: new Set(l.sources), transformed: false } : l;
}

/** Built-in functions whose result shows each argument's text as it is, in order (at most quoted, or in capitals). */
const TEXT_KEEPING_FUNCTIONS = new Set([
  // upper keeps what the detectors look for; lower and initcap do not (an IBAN is in capitals).
  "upper",
  "min", "max", "mode", "percentile_disc", "first_value", "last_value", "nth_value", "lag", "lead", "any_value",
  "array_agg", "json_agg", "jsonb_agg", "json_agg_strict", "jsonb_agg_strict", "json_object_agg", "jsonb_object_agg",
  "to_json", "to_jsonb", "row_to_json", "array_to_json", "json_build_object", "jsonb_build_object", "json_build_array",
  "jsonb_build_array", "array_append", "array_prepend", "array_cat", "unnest", "json_each", "jsonb_each", "json_each_text",
  "jsonb_each_text", "json_array_elements", "jsonb_array_elements", "json_array_elements_text", "jsonb_array_elements_text",
  "json_extract_path", "jsonb_extract_path", "json_extract_path_text", "jsonb_extract_path_text",
]);

/** Built-in functions whose result is a length, position, count or truth value, never text of their arguments. */
const VALUE_FREE_RESULTS = new Set([
  "length", "char_length", "character_length", "octet_length", "bit_length", "position", "strpos", "starts_with",
  "array_length", "cardinality", "json_array_length", "jsonb_array_length", "num_nulls", "num_nonnulls",
  "bool_and", "bool_or", "every", "rank", "dense_rank", "percent_rank", "cume_dist",
]);

/** Casts to these text types cut a value to a length (or one byte) and take any value. */
const CUTTING_TEXT_TYPES = new Set(["name", "char"]);

/** XML constructors that escape whatever text they are given. */
const TOTAL_XML = new Set(["IS_XMLELEMENT", "IS_XMLFOREST", "IS_XMLCONCAT", "IS_DOCUMENT"]);

/** Comparison operators whose right operand is a pattern or query that is checked before use. */
const PATTERN_OPERATORS = new Set(["~", "~*", "!~", "!~*", "~~", "~~*", "!~~", "!~~*", "@@"]);

/**
 * Built-in functions that take any value in every argument: no input makes them raise an error
 * (text functions, hashes, lengths and positions, JSON and array builders, most aggregates and
 * window functions). A masked value may flow through them without its value deciding whether the
 * statement fails.
 */
const TOTAL_FUNCTIONS = new Set([
  "upper", "lower", "initcap", "char_length", "character_length", "octet_length", "bit_length", "md5", "reverse",
  "concat", "concat_ws", "textcat", "quote_literal", "quote_nullable", "quote_ident", "ascii", "btrim", "ltrim",
  "rtrim", "replace", "translate", "strpos", "position", "starts_with", "left", "right", "to_hex", "sha224",
  "sha256", "sha384", "sha512", "hashtext", "hashtextextended", "pg_column_size", "num_nulls", "num_nonnulls",
  "count", "min", "max", "sum", "avg", "array_agg", "string_agg", "json_agg", "jsonb_agg", "json_agg_strict",
  "jsonb_agg_strict", "bool_and", "bool_or", "every", "any_value", "xmlagg",
  "row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "first_value", "last_value", "lag", "lead",
  "to_json", "to_jsonb", "row_to_json", "array_to_json", "json_build_array", "jsonb_build_array", "jsonb_pretty",
  "jsonb_strip_nulls", "json_strip_nulls", "json_extract_path", "jsonb_extract_path", "json_extract_path_text",
  "jsonb_extract_path_text", "json_typeof", "jsonb_typeof",
  "array_append", "array_prepend", "array_length", "cardinality", "array_positions",
  "array_remove", "array_replace", "array_to_string", "string_to_array", "array_ndims", "array_dims",
  "pg_typeof", "now", "current_timestamp", "clock_timestamp", "statement_timestamp", "transaction_timestamp", "random",
]);

/**
 * Built-ins that take any value in some arguments only; the others (a length, a pattern, a format,
 * a key) are checked. Keyed by name, then by the number of arguments when that matters.
 */
const TOTAL_ARGUMENTS: ReadonlyMap<string, (i: number, n: number) => boolean> = new Map<string, (i: number, n: number) => boolean>([
  // length(bytea, encoding) checks the bytes.
  ["length", (_i, n) => n === 1],
  ["substr", (i) => i === 0], ["substring", (i) => i === 0], ["split_part", (i) => i <= 1], ["overlay", (i) => i <= 1],
  ["lpad", (i) => i !== 1], ["rpad", (i) => i !== 1], ["encode", (i) => i === 0], ["to_char", (i) => i === 0],
  // The start position must not be NULL.
  ["array_position", (i) => i <= 1],
  ["regexp_replace", (i) => i === 0 || i === 2], ["regexp_match", (i) => i === 0], ["regexp_matches", (i) => i === 0],
  ["regexp_like", (i) => i === 0], ["regexp_count", (i) => i === 0], ["regexp_instr", (i) => i === 0],
  ["regexp_substr", (i) => i === 0], ["regexp_split_to_array", (i) => i === 0], ["regexp_split_to_table", (i) => i === 0],
  // The format string is checked; the values it places are not.
  ["format", (i) => i > 0],
  // Keys must not be null; values may be anything.
  ["json_build_object", (i) => i % 2 === 1], ["jsonb_build_object", (i) => i % 2 === 1],
  ["json_object_agg", (i) => i === 1], ["jsonb_object_agg", (i) => i === 1],
  ["jsonb_set", (i) => i === 2], ["jsonb_insert", (i) => i === 2],
]);

function totalArguments(name: string, n: number): "all" | ((i: number) => boolean) | undefined {
  if (TOTAL_FUNCTIONS.has(name)) return "all";
  const f = TOTAL_ARGUMENTS.get(name);
  return f ? (i) => f(i, n) : undefined;
}

/** A literal, alone or cast: the same for every row, so an error it causes is the same for every row. */
function isLiteral(n: Node | undefined): boolean {
  if (!n) return false;
  if (n.A_Const) return true;
  if (n.TypeCast) return isLiteral(n.TypeCast.arg);
  return false;
}

/** Built-ins whose result is an array. */
const ARRAY_RESULTS = new Set([
  "string_to_array", "regexp_split_to_array", "regexp_match", "array_agg", "array_append", "array_prepend", "array_cat",
  "array_remove", "array_replace", "array_fill", "trim_array", "xpath", "array_reverse", "array_sample", "array_shuffle",
]);

/**
 * Whether a value may be an array: by its expression, or as a column that is not a stored column's own
 * value (a column of a subquery may hold an array computed from a value).
 */
function valueMayBeArray(n: Node, lin: Lin): boolean {
  return mayBeArray(n) || (!!n.ColumnRef && !lin.direct && lin.sources.size + (lin.unknown ? 1 : 0) > 0);
}

/** Whether an array element may itself be an array (whose size a value could decide). */
function mayBeArray(n: Node): boolean {
  if (n.A_ArrayExpr || n.SubLink?.subLinkType === "ARRAY_SUBLINK" || n.SubLink?.subLinkType === "EXPR_SUBLINK") return true;
  if (n.TypeCast) return (n.TypeCast.typeName?.arrayBounds ?? []).length > 0 || mayBeArray(n.TypeCast.arg);
  if (n.FuncCall) {
    const parts: Node[] = n.FuncCall.funcname ?? [];
    const name = strOf(parts[parts.length - 1]);
    return ARRAY_RESULTS.has(name) || parts.length > 1 && strOf(parts[0]) !== "pg_catalog" || !TOTAL_FUNCTIONS.has(name) && !TOTAL_ARGUMENTS.has(name);
  }
  return !!(n.A_Indirection || n.CaseExpr || n.CoalesceExpr || n.ParamRef);
}

/** Operators with a truth value for a result. */
const COMPARISONS = new Set([
  "=", "<>", "!=", "<", ">", "<=", ">=", "~", "~*", "!~", "!~*", "~~", "~~*", "!~~", "!~~*", "@@", "@>", "<@", "&&",
  "?", "?|", "?&", "^@", "@?",
]);
const JSON_ACCESS = new Set(["->", "->>", "#>", "#>>"]);

/** The operator's name when it is a built-in one (unqualified or in pg_catalog). */
/** The operator names PostgreSQL defines itself (pg_operator of a fresh cluster; != is read as <>). */
const BUILTIN_OPERATORS: ReadonlySet<string> = new Set(
  ("!! !~ !~* !~~ !~~* # ## #- #> #>> % & && &< &<| &> * *< *<= *<> *= *> *>= + - -> ->> -|- / < <-> << <<= <<| <= <> <@ " +
    "<^ = > >= >> >>= >^ ? ?# ?& ?- ?-| ?| ?|| @ @-@ @> @? @@ @@@ ^ ^@ | |&> |/ |>> || ||/ ~ ~* ~<=~ ~<~ ~= ~>=~ ~>~ ~~ ~~* !=").split(" "),
);

function operatorName(name: Node[] | undefined): string | undefined {
  const parts = (name ?? []).map(strOf);
  if (parts.length === 1 || (parts.length === 2 && parts[0] === "pg_catalog")) return parts[parts.length - 1];
  return undefined;
}

function flattenConcat(a: Node, out: Node[]): void {
  for (const side of [a.lexpr, a.rexpr]) {
    const inner = side?.A_Expr;
    if (inner?.kind === "AEXPR_OP" && operatorName(inner.name) === "||" && inner.lexpr && inner.rexpr) flattenConcat(inner, out);
    else out.push(side);
  }
}

/** The text of a string constant (also as `'x'::text`); undefined for anything else. */
function literalText(n: Node | undefined): string | undefined {
  // A cast to another type could change the text (bpchar drops trailing spaces).
  const cast = n?.TypeCast;
  const castName = strOf(cast?.typeName?.names?.[cast.typeName.names.length - 1]);
  const c = n?.A_Const ?? (cast && (castName === "text" || castName === "varchar") && !cast.typeName.typmods ? cast.arg?.A_Const : undefined);
  if (!c) return undefined;
  if (c.isnull) return "";
  return c.sval ? String(c.sval.sval ?? "") : undefined;
}

const isAlnum = (ch: string | undefined) => ch !== undefined && /^[A-Za-z0-9]$/.test(ch);

/**
 * Whether a literal keeps the value it touches apart. `text` starts on the touching side;
 * `outermost` when nothing lies beyond the literal's other end.
 */
function separates(text: string, outermost: boolean): boolean {
  const ch = text[0];
  if (ch === undefined || isAlnum(ch) || ch === "-") return false;
  if (ch !== " ") return true;
  return text.length > 1 ? !isAlnum(text[1]) : outermost;
}

/** Column types whose values are numbers, times or truth values, never free text. */
const NON_TEXT_TYPES = new Set([
  "smallint", "integer", "bigint", "numeric", "real", "double precision", "boolean", "date", "time without time zone",
  "time with time zone", "timestamp without time zone", "timestamp with time zone", "interval", "uuid", "oid", "money",
]);
const textualSources = new WeakMap<Catalog, Map<string, boolean>>();

/** Whether a "schema.table.column" source may hold text: it does unless the catalog gives it a non-text type. */
function sourceMayHoldText(source: string, catalog: Catalog | undefined): boolean {
  if (!catalog) return true;
  let known = textualSources.get(catalog);
  if (!known) textualSources.set(catalog, (known = new Map()));
  let v = known.get(source);
  if (v === undefined) {
    const col = source.slice(source.lastIndexOf(".") + 1);
    const table = source.slice(0, source.lastIndexOf("."));
    const dot = table.indexOf(".");
    const rel = dot > 0 ? catalog.relation(table.slice(0, dot), table.slice(dot + 1)) : undefined;
    const type = rel?.columns.find((c) => c.name === col)?.type.replace(/\(\d+(,\d+)?\)/g, "").replace(/(\[\])+$/, "");
    v = type === undefined || !NON_TEXT_TYPES.has(type);
    known.set(source, v);
  }
  return v;
}

function firstFuncName(rf: Node): string | undefined {
  const fn = rf.functions?.[0]?.List?.items?.[0]?.FuncCall;
  const parts: Node[] = fn?.funcname ?? [];
  return parts.length ? strOf(parts[parts.length - 1]) : undefined;
}

/** The label PostgreSQL gives an output column without an alias (FigureColname, roughly). */
export function figureName(v: Node | undefined): string {
  if (!v) return "?column?";
  if (v.ColumnRef) {
    // c.*::text is labelled c.
    const f: Node[] = (v.ColumnRef.fields ?? []).filter((x: Node) => x.String);
    return f.length ? strOf(f[f.length - 1]) : "?column?";
  }
  if (v.FuncCall) {
    const p: Node[] = v.FuncCall.funcname ?? [];
    return strOf(p[p.length - 1]) || "?column?";
  }
  if (v.TypeCast) {
    const inner = figureName(v.TypeCast.arg);
    if (inner !== "?column?") return inner;
    const names: Node[] = v.TypeCast.typeName?.names ?? [];
    return strOf(names[names.length - 1]) || "?column?";
  }
  if (v.A_Indirection) {
    const ind: Node[] = v.A_Indirection.indirection ?? [];
    const lastStr = [...ind].reverse().find((i) => i.String);
    return lastStr ? strOf(lastStr) : figureName(v.A_Indirection.arg);
  }
  if (v.CaseExpr) return "case";
  if (v.CoalesceExpr) return "coalesce";
  if (v.MinMaxExpr) return v.MinMaxExpr.op === "IS_GREATEST" ? "greatest" : "least";
  if (v.SubLink) {
    if (v.SubLink.subLinkType === "EXISTS_SUBLINK") return "exists";
    if (v.SubLink.subLinkType === "ARRAY_SUBLINK") return "array";
    if (v.SubLink.subLinkType !== "EXPR_SUBLINK") return "?column?";
    const t = v.SubLink.subselect?.SelectStmt?.targetList?.[0]?.ResTarget;
    return t ? t.name ?? figureName(t.val) : "?column?";
  }
  if (v.A_ArrayExpr) return "array";
  if (v.RowExpr) return "row";
  return "?column?";
}
