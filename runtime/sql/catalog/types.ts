// The catalog the analyzer consults for `*` expansion, views, SQL function bodies and OIDs.
// One in-memory shape (`CatalogSnapshot`) serves both sources: read live from pg_catalog, or
// loaded from a JSON file written by `policy catalog dump`.

export type RelationKind = "table" | "view" | "matview" | "foreign" | "partitioned" | "other";
export type Volatility = "immutable" | "stable" | "volatile";

export interface CatalogColumn {
  name: string;
  attnum: number;
  type: string;
}

export interface CatalogRelation {
  oid: number;
  schema: string;
  name: string;
  kind: RelationKind;
  columns: CatalogColumn[];
  /** The view's or materialized view's defining query (pg_get_viewdef). */
  definition?: string;
  /** With row-level security enabled: the USING expressions of the policies that apply to SELECT (pg_get_expr). */
  policies?: string[];
}

export interface CatalogFunction {
  oid: number;
  schema: string;
  name: string;
  /** "f" function, "p" procedure, "a" aggregate, "w" window. */
  kind: "f" | "p" | "a" | "w";
  language: string;
  volatility: Volatility;
  securityDefiner: boolean;
  returnsSet: boolean;
  /** Names of the result columns for functions returning a row type or TABLE (…). */
  resultColumns?: string[];
  /** Parameter names in order ("" where unnamed). */
  argNames: string[];
  /** The SQL body of LANGUAGE sql functions (prosrc or the BEGIN ATOMIC text). */
  body?: string;
  /** LANGUAGE plpgsql functions: the whole CREATE FUNCTION statement (pg_get_functiondef), whose static SQL is analysed. */
  definition?: string;
  /** Aggregates: the user-defined ("schema.name") functions among their support functions (transition, final, combine, …). */
  support?: string[];
}

/** A type defined outside pg_catalog, with what runs when a value is turned into it. */
export interface CatalogType {
  oid: number;
  schema: string;
  name: string;
  /** pg_type.typtype: b base, c composite, d domain, e enum, r range, m multirange. */
  kind: "b" | "c" | "d" | "e" | "r" | "m" | "p";
  /** A domain's CHECK expressions (pg_get_expr; the value is VALUE). */
  checks?: string[];
  /** The types a value of this type is made of (format_type): a domain's base type, a composite's attributes, a range's subtype. */
  parts?: string[];
  /** Functions outside pg_catalog ("schema.name") that may run when a value becomes this type: casts into it, a range's canonical function, input functions. */
  functions?: string[];
}

/** A user-defined operator, or a user-defined cast into a built-in type: the function it calls. */
export interface CatalogOperator {
  schema: string;
  name: string;
  /** "schema.name" of the function it runs. */
  function: string;
}
export interface CatalogCast {
  /** The built-in target type's name in pg_type ("text", "int4"). */
  target: string;
  function: string;
}

export interface CatalogSnapshot {
  format: "hoop-catalog/1";
  /** Where the snapshot came from (database name, no credentials) and when. */
  source: string;
  takenAt: string;
  searchPath: string[];
  relations: CatalogRelation[];
  functions: CatalogFunction[];
  /** User-defined types; absent in snapshots written before types were recorded (every user type is then suspect). */
  types?: CatalogType[];
  /** User-defined operators (any name, also ones PostgreSQL defines for its own types, such as =). */
  operators?: CatalogOperator[];
  /** User-defined casts into built-in types (from user types): they run when a value is cast to that type. */
  casts?: CatalogCast[];
}

export class CatalogError extends Error {}

/** Lookups the analyzer and the masking planner need. */
export interface Catalog {
  /** Distinguishes catalogs in caches; changes when the content changes. */
  readonly id: string;
  readonly searchPath: readonly string[];
  /** Resolves a possibly unqualified relation name as PostgreSQL would with this search path. */
  relation(schema: string | undefined, name: string): CatalogRelation | undefined;
  relationByOid(oid: number): CatalogRelation | undefined;
  /** All overloads visible under that name (qualified, or the first schema of the search path that has it). */
  functions(schema: string | undefined, name: string): CatalogFunction[];
  /** A user-defined type by name (qualified, or resolved through the search path). */
  type?(schema: string | undefined, name: string): CatalogType | undefined;
  /** User-defined operators of that name in the search path's schemas (or the one named). */
  operators?(schema: string | undefined, name: string): CatalogOperator[];
  /** Functions of user-defined casts into the built-in type of that pg_type name. */
  castsInto?(target: string): string[];
}
