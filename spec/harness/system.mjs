// Finds or installs the system programs the suite needs (PostgreSQL, OpenSSH, clients).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

let aptUpdated = false;

export function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** Installs Debian packages when running as root; otherwise explains what to install and exits. */
export function ensurePackages(packages, why) {
  if (!isRoot()) {
    console.error(`The test suite needs ${why}. Install it with:\n  sudo apt-get install -y ${packages.join(" ")}`);
    process.exit(2);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (!aptUpdated) {
    spawnSync("apt-get", ["update", "-qq"], { stdio: "ignore", env });
    aptUpdated = true;
  }
  const r = spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { stdio: ["ignore", "ignore", "inherit"], env });
  if (r.status !== 0) {
    console.error(`apt-get install ${packages.join(" ")} failed; the suite needs ${why}.`);
    process.exit(2);
  }
}

export function postgresBinDir() {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(`${root}/${v}/bin/initdb`)).sort((a, b) => Number(b) - Number(a));
  return versions.length ? `${root}/${versions[0]}/bin` : undefined;
}

export function which(program) {
  try {
    return execFileSync("sh", ["-c", `command -v ${program}`], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}
