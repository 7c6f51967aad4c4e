// A throw-away PostgreSQL cluster on a loopback port, loaded with the payments fixture.
import { spawnSync } from "node:child_process";
import { mkdtempSync, chmodSync, chownSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensurePackages, isRoot, postgresBinDir, which } from "./system.mjs";

export const UPSTREAM_ROLE = "gateway";
export const UPSTREAM_PASSWORD = "gw-upstream-Secret-7731";

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

function asPostgres(cmd, args) {
  // initdb refuses to run as root, so the cluster belongs to the postgres user when we are root.
  return isRoot() ? run("su", ["postgres", "-s", "/bin/sh", "-c", [cmd, ...args.map((a) => `'${a}'`)].join(" ")]) : run(cmd, args);
}

export async function startPostgres(port, fixturePath) {
  let bin = postgresBinDir();
  if (!bin || !which("psql")) {
    ensurePackages(["postgresql", "postgresql-client"], "PostgreSQL (server and psql)");
    bin = postgresBinDir();
  }
  if (!bin) throw new Error("PostgreSQL binaries not found after install");
  const dir = mkdtempSync(join(tmpdir(), "hoop-pg-"));
  chmodSync(dir, 0o755);
  if (isRoot()) {
    const uid = Number(run("id", ["-u", "postgres"]).trim());
    const gid = Number(run("id", ["-g", "postgres"]).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  asPostgres(`${bin}/initdb`, ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  asPostgres(`${bin}/pg_ctl`, ["-D", data, "-l", join(dir, "log"), "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`, "-w", "start"]);
  const pidFile = join(data, "postmaster.pid");
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  const psql = (db, sql) => run("psql", ["-X", "-q", "-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", db, "-v", "ON_ERROR_STOP=1", "-c", sql]);
  psql("postgres", "CREATE DATABASE payments");
  psql("postgres", `CREATE ROLE ${UPSTREAM_ROLE} LOGIN SUPERUSER PASSWORD '${UPSTREAM_PASSWORD}'`);
  run("psql", ["-X", "-q", "-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", "payments", "-v", "ON_ERROR_STOP=1", "-f", fixturePath]);
  return {
    pid,
    port,
    dir,
    url: `postgres://postgres@127.0.0.1:${port}/payments`,
    stop() {
      try {
        asPostgres(`${bin}/pg_ctl`, ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        try { process.kill(pid, "SIGKILL"); } catch { /* already gone */ }
      }
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
