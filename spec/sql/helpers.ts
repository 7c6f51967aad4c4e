// Shared by the SQL and masking specs: the corpus files and a catalog read from the test database.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadLiveCatalog, type Catalog } from "../../runtime/sql/index.js";

const here = dirname(fileURLToPath(import.meta.url));

/** Non-empty, non-comment lines of a corpus file. */
export function corpus(name: string): string[] {
  return readFileSync(join(here, "corpus", name), "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("--"));
}

export const PG_URL = process.env.HOOP_TEST_PG_URL;

let live: Promise<Catalog> | undefined;
export function testCatalog(): Promise<Catalog> {
  if (!PG_URL) throw new Error("HOOP_TEST_PG_URL is not set: run with npm test");
  live ??= loadLiveCatalog(PG_URL);
  return live;
}
