// The gateway's own SSH host key: created once in the state directory and reused, so agents
// that pin it (known_hosts) keep trusting the gateway across restarts.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ssh2 from "ssh2";
import { SshHostKeyError } from "./errors.js";

const { utils } = ssh2;
export const HOST_KEY_FILE = "ssh_host_ed25519_key";

export interface HostKey {
  /** OpenSSH-format private key, handed to the ssh2 server. */
  privateKey: Buffer;
  /** "ssh-ed25519 AAAA…", what a client pins. */
  publicKey: string;
  path: string;
}

export function loadOrCreateHostKey(stateDir: string): HostKey {
  const path = join(stateDir, HOST_KEY_FILE);
  try {
    if (!existsSync(path)) {
      mkdirSync(stateDir, { recursive: true, mode: 0o700 });
      const pair = utils.generateKeyPairSync("ed25519", { comment: "hoop-gateway" });
      // wx: two gateways sharing a state dir must not overwrite each other's freshly made key.
      try {
        writeFileSync(path, pair.private, { mode: 0o600, flag: "wx" });
        writeFileSync(`${path}.pub`, `${pair.public}\n`, { mode: 0o644 });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
    }
    chmodSync(path, 0o600);
    const privateKey = readFileSync(path);
    const parsed = utils.parseKey(privateKey);
    if (parsed instanceof Error) throw parsed;
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    const publicKey = `${key.type} ${key.getPublicSSH().toString("base64")}`;
    return { privateKey, publicKey, path };
  } catch (e) {
    throw new SshHostKeyError(`cannot load or create the SSH host key ${path}: ${(e as Error).message}`);
  }
}
