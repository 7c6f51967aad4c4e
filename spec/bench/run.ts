// `npm run bench`: runs every benchmark module in this folder (or those named on the command line)
// and writes their figures to bench-results/bench.json. Each module exports
// `bench(): Promise<Record<string, unknown>>`; ratios are computed against baselines measured in the same run.
import { readdirSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cpus } from "node:os";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((f) => f.endsWith(".js") && f !== "run.js" && !f.startsWith("_"))
  .map((f) => f.replace(/\.js$/, ""))
  .filter((n) => wanted.length === 0 || wanted.includes(n));

const results: Record<string, unknown> = {
  machine: { node: process.version, cpus: cpus().length, model: cpus()[0]?.model },
  startedAt: new Date().toISOString(),
};
for (const name of modules) {
  const mod = (await import(pathToFileURL(join(here, `${name}.js`)).href)) as { bench(): Promise<Record<string, unknown>> };
  console.error(`bench: ${name} …`);
  results[name] = await mod.bench();
  console.error(JSON.stringify(results[name], null, 2));
}
const outDir = join(process.cwd(), "bench-results");
mkdirSync(outDir, { recursive: true });
const file = join(outDir, wanted.length ? `bench-${wanted.join("-")}.json` : "bench.json");
writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
console.log(`wrote ${file}`);
