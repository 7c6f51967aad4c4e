// Compiles the audit log and the SQLite store to plain JavaScript in a temporary folder, for the
// tests that need real processes or worker threads (which cannot load TypeScript sources).
import { spawnSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import { join } from "node:path";

export const root = join(import.meta.dirname, "..", "..");

export function buildAudit(outDir: string): string {
  const build = join(outDir, "build");
  const r = spawnSync("npx", ["--no-install", "tsc", "--ignoreConfig", "--outDir", build, "--rootDir", root, "--module", "NodeNext",
    "--moduleResolution", "NodeNext", "--target", "ES2022", "--strict", "--skipLibCheck", "--esModuleInterop", "--types", "node",
    join(root, "runtime/audit/index.ts"), join(root, "runtime/audit/verify-worker.ts"), join(root, "runtime/stores/sqlite.ts"),
    join(root, "runtime/stores/sqlite-writer-worker.ts")], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`could not compile: ${r.stdout}${r.stderr}`);
  // …and let it resolve better-sqlite3 from the project's dependencies.
  symlinkSync(join(root, "node_modules"), join(outDir, "node_modules"));
  return build;
}
