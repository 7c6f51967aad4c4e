// Makes sure the client programs the relay tests drive are installed: psycopg2 for
// /usr/bin/python3 and pgjdbc for java. Installs the Debian packages when missing (root only).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { ensurePackages } from "../harness/system.mjs";

export function ensurePsycopg2() {
  const ok = () => spawnSync("/usr/bin/python3", ["-c", "import psycopg2"], { stdio: "ignore" }).status === 0;
  if (!ok()) ensurePackages(["python3-psycopg2"], "psycopg2 for /usr/bin/python3");
  return ok();
}

export function ensurePgjdbc() {
  const ok = () => existsSync("/usr/share/java/postgresql.jar") && spawnSync("javac", ["-version"], { stdio: "ignore" }).status === 0;
  if (!ok()) ensurePackages(["libpostgresql-jdbc-java", "default-jdk-headless"], "pgjdbc and javac");
  return ok();
}
