// A throw-away OpenSSH server on a loopback port: its own host key, PidFile and config, no PAM,
// and one authorized key (the key the gateway's vault will hold) for the user running the suite.
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, existsSync, chmodSync, copyFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { ensurePackages, isRoot, which } from "./system.mjs";

const SSHD = "/usr/sbin/sshd";
/** As root the suite logs in as this unprivileged user: sshd keeps privilege separation (which
 *  signal delivery needs) only for non-root logins, and deletions then need real permissions. */
const TEST_USER = "hoop-ssh-test";

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

async function waitForPidFile(file, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (existsSync(file)) {
      const pid = Number(readFileSync(file, "utf8").trim());
      if (pid > 0) return pid;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`sshd wrote no PidFile within ${ms} ms`);
}

export async function startSshd(port) {
  if (!existsSync(SSHD) || !which("ssh") || !which("ssh-keygen")) {
    ensurePackages(["openssh-server", "openssh-client"], "OpenSSH (sshd and the ssh client)");
  }
  if (isRoot()) mkdirSync("/run/sshd", { recursive: true, mode: 0o755 });
  const dir = mkdtempSync(join(tmpdir(), "hoop-sshd-"));
  chmodSync(dir, 0o755);
  const hostKey = join(dir, "ssh_host_ed25519_key");
  const userKey = join(dir, "user_ed25519_key");
  run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "hoop-test-host", "-f", hostKey]);
  run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "hoop-test-user", "-f", userKey]);
  const authorized = join(dir, "authorized_keys");
  copyFileSync(`${userKey}.pub`, authorized);
  chmodSync(authorized, 0o600);
  const pidFile = join(dir, "sshd.pid");
  const log = join(dir, "sshd.log");
  let user = userInfo().username;
  if (isRoot()) {
    if (spawnSync("id", ["-u", TEST_USER]).status !== 0) run("useradd", ["-m", "-s", "/bin/bash", TEST_USER]);
    // useradd leaves the account locked ("!"), which sshd without PAM refuses; "*" means no password only.
    run("usermod", ["-p", "*", TEST_USER]);
    user = TEST_USER;
    // sshd reads authorized_keys with the user's own rights.
    run("chown", [TEST_USER, authorized]);
  }
  writeFileSync(
    join(dir, "sshd_config"),
    [
      `Port ${port}`,
      "ListenAddress 127.0.0.1",
      `HostKey ${hostKey}`,
      `PidFile ${pidFile}`,
      `AuthorizedKeysFile ${authorized}`,
      "PubkeyAuthentication yes",
      "PasswordAuthentication no",
      "KbdInteractiveAuthentication no",
      "PermitRootLogin prohibit-password",
      "StrictModes no",
      "UsePAM no",
      "PrintMotd no",
      "PrintLastLog no",
      "AllowTcpForwarding yes",
      "MaxSessions 100",
      "MaxStartups 100:30:200",
      "LogLevel VERBOSE",
      "Subsystem sftp internal-sftp",
      "",
    ].join("\n"),
  );
  // Without -D, sshd daemonises once it listens, so returning here means it accepts connections.
  run(SSHD, ["-f", join(dir, "sshd_config"), "-E", log]);
  const pid = await waitForPidFile(pidFile, 5000);
  return {
    pid,
    port,
    user,
    keyFile: userKey,
    hostPublicKey: readFileSync(`${hostKey}.pub`, "utf8").trim(),
    dir,
    stop() {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        /* already gone */
      }
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
