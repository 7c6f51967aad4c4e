#!/usr/bin/env node
// `npm test`: builds, starts the real services the suite talks to (PostgreSQL on loopback, …),
// runs vitest, stops what it started, and ends with one line "N passed, N failed".
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { startPostgres, UPSTREAM_PASSWORD, UPSTREAM_ROLE } from "./postgres.mjs";
import { startSshd } from "./sshd.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
process.chdir(root);

const build = spawnSync("node", ["spec/harness/build.mjs"], { stdio: "inherit" });
if (build.status !== 0) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const started = [];
const stopAll = () => { for (const s of started.splice(0)) s.stop(); };
process.on("SIGINT", () => { stopAll(); process.exit(130); });
process.on("SIGTERM", () => { stopAll(); process.exit(143); });

const env = { ...process.env };
try {
  const pgPort = Number(process.env.HOOP_TEST_PG_PORT ?? 25432 + (process.pid % 1000));
  const pg = await startPostgres(pgPort, join(root, "policies-examples/ffiec-payments/data/payments.sql"));
  started.push(pg);
  Object.assign(env, {
    HOOP_TEST_PG_URL: pg.url,
    HOOP_TEST_PG_PORT: String(pg.port),
    HOOP_TEST_PG_UPSTREAM_ROLE: UPSTREAM_ROLE,
    HOOP_TEST_PG_UPSTREAM_PASSWORD: UPSTREAM_PASSWORD,
  });
  const sshd = await startSshd(Number(process.env.HOOP_TEST_SSHD_PORT ?? 26022 + (process.pid % 1000)));
  started.push(sshd);
  Object.assign(env, { HOOP_TEST_SSHD_PORT: String(sshd.port), HOOP_TEST_SSHD_USER: sshd.user, HOOP_TEST_SSHD_KEY_FILE: sshd.keyFile });
} catch (e) {
  stopAll();
  console.error(`could not start the suite's services (PostgreSQL, sshd): ${e.message}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const out = join(mkdtempSync(join(tmpdir(), "hoop-vitest-")), "results.json");
const args = ["--no-install", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...process.argv.slice(2)];
const r = spawnSync("npx", args, { stdio: "inherit", env });
stopAll();

let passed = 0, failed = 0, skipped = 0;
if (existsSync(out)) {
  const res = JSON.parse(readFileSync(out, "utf8"));
  passed = res.numPassedTests ?? 0;
  failed = (res.numFailedTests ?? 0);
  skipped = (res.numPendingTests ?? 0) + (res.numTodoTests ?? 0);
  // A suite file that fails to load has no tests but must count as a failure.
  for (const f of res.testResults ?? []) if (f.status === "failed" && (f.assertionResults ?? []).length === 0) failed++;
  rmSync(dirname(out), { recursive: true, force: true });
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || r.status !== 0 ? 1 : 0);
