// A Catalog over a snapshot held in memory, and reading / writing the JSON snapshot file.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { CatalogError, type Catalog, type CatalogFunction, type CatalogOperator, type CatalogRelation, type CatalogSnapshot, type CatalogType } from "./types.js";

export class SnapshotCatalog implements Catalog {
  readonly id: string;
  readonly searchPath: readonly string[];
  private readonly byName = new Map<string, CatalogRelation>();
  private readonly byOid = new Map<number, CatalogRelation>();
  private readonly funcs = new Map<string, CatalogFunction[]>();
  private readonly types = new Map<string, CatalogType>();

  constructor(readonly snapshot: CatalogSnapshot) {
    this.searchPath = snapshot.searchPath.length ? snapshot.searchPath : ["public"];
    for (const r of snapshot.relations) {
      this.byName.set(`${r.schema}.${r.name}`, r);
      this.byOid.set(r.oid, r);
    }
    for (const f of snapshot.functions) {
      const key = `${f.schema}.${f.name}`;
      const list = this.funcs.get(key) ?? [];
      list.push(f);
      this.funcs.set(key, list);
    }
    for (const t of snapshot.types ?? []) this.types.set(`${t.schema}.${t.name}`, t);
    this.id = createHash("sha256").update(JSON.stringify([snapshot.searchPath, snapshot.relations, snapshot.functions, snapshot.types ?? [], snapshot.operators ?? [], snapshot.casts ?? []])).digest("hex").slice(0, 16);
  }

  relation(schema: string | undefined, name: string): CatalogRelation | undefined {
    return this.onPath(this.byName, schema, name);
  }

  /** A name in `schema`, or the first schema of the search path that has it. */
  private onPath<T>(map: Map<string, T>, schema: string | undefined, name: string): T | undefined {
    if (schema !== undefined) return map.get(`${schema}.${name}`);
    // pg_catalog is searched first unless the path names it, as PostgreSQL does.
    const path = this.searchPath.includes("pg_catalog") ? this.searchPath : ["pg_catalog", ...this.searchPath];
    for (const s of path) {
      const found = map.get(`${s}.${name}`);
      if (found) return found;
    }
    return undefined;
  }

  relationByOid(oid: number): CatalogRelation | undefined {
    return this.byOid.get(oid);
  }

  operators(schema: string | undefined, name: string): CatalogOperator[] {
    const schemas = schema !== undefined ? [schema] : this.searchPath;
    return (this.snapshot.operators ?? []).filter((o) => o.name === name && schemas.includes(o.schema));
  }

  castsInto(target: string): string[] {
    return (this.snapshot.casts ?? []).filter((c) => c.target === target).map((c) => c.function);
  }

  type(schema: string | undefined, name: string): CatalogType | undefined {
    return this.onPath(this.types, schema, name);
  }

  functions(schema: string | undefined, name: string): CatalogFunction[] {
    if (schema !== undefined) return this.funcs.get(`${schema}.${name}`) ?? [];
    const path = this.searchPath.includes("pg_catalog") ? this.searchPath : ["pg_catalog", ...this.searchPath];
    for (const s of path) {
      const f = this.funcs.get(`${s}.${name}`);
      if (f?.length) return f;
    }
    return [];
  }
}

export function readCatalogFile(path: string): SnapshotCatalog {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new CatalogError(`cannot read catalog ${path}: ${(e as Error).message}`);
  }
  const s = data as Partial<CatalogSnapshot>;
  if (s?.format !== "hoop-catalog/1" || !Array.isArray(s.relations) || !Array.isArray(s.functions) || !Array.isArray(s.searchPath)) {
    throw new CatalogError(`${path} is not a catalog snapshot (want format "hoop-catalog/1" written by 'policy catalog dump')`);
  }
  return new SnapshotCatalog(s as CatalogSnapshot);
}

export function writeCatalogFile(path: string, snapshot: CatalogSnapshot): void {
  writeFileSync(path, JSON.stringify(snapshot, null, 1) + "\n");
}
