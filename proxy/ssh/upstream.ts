// The gateway's own SSH client to a target host, with the vaulted private key. The key is parsed
// here and never appears in an error: ssh2's messages are scrubbed before they leave this file.
import { createHash } from "node:crypto";
import { connect as tcpConnect } from "node:net";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ssh2 from "ssh2";
import type { Client as SshClient } from "ssh2";
import { SshUpstreamError, scrubSecrets } from "./errors.js";
import type { SshTarget } from "./ports.js";
import { batchWritesPerTick } from "./write-batching.js";

const { Client } = ssh2;
const PINS_FILE = "ssh_upstream_host_keys.json";

export function fingerprint(hostKey: Buffer): string {
  return `SHA256:${createHash("sha256").update(hostKey).digest("base64").replace(/=+$/, "")}`;
}

/** Trust on first use for targets configured without a fingerprint: the first key seen is pinned. */
export class HostKeyPins {
  private readonly file: string;
  constructor(stateDir: string) {
    this.file = join(stateDir, PINS_FILE);
  }
  private read(): Record<string, string> {
    if (!existsSync(this.file)) return {};
    try {
      return JSON.parse(readFileSync(this.file, "utf8")) as Record<string, string>;
    } catch {
      throw new SshUpstreamError(`cannot read the pinned upstream host keys in ${this.file}`);
    }
  }
  /** True when `fp` is the pinned key of host:port, or when nothing was pinned yet (then pins it). */
  check(hostPort: string, fp: string): boolean {
    const pins = this.read();
    const pinned = pins[hostPort];
    if (pinned) return pinned === fp;
    pins[hostPort] = fp;
    mkdirSync(join(this.file, ".."), { recursive: true, mode: 0o700 });
    writeFileSync(this.file, JSON.stringify(pins, null, 2) + "\n", { mode: 0o600 });
    return true;
  }
}

export interface UpstreamOptions {
  pins?: HostKeyPins;
  readyTimeoutMs?: number;
}

/** Opens an authenticated connection to the target; rejects with a scrubbed SshUpstreamError. */
export function connectUpstream(target: SshTarget, options: UpstreamOptions = {}): Promise<SshClient> {
  const secrets = [target.privateKey.toString("utf8"), target.passphrase ?? ""];
  const hostPort = `${target.host}:${target.port}`;
  return new Promise((resolve, reject) => {
    const client = new Client();
    let hostKeyProblem: string | undefined;
    const fail = (e: Error) => {
      client.removeAllListeners("ready");
      client.end();
      const reason = hostKeyProblem ?? scrubSecrets(e.message, secrets);
      reject(new SshUpstreamError(`cannot reach ${target.username}@${hostPort}: ${reason}`));
    };
    client.once("ready", () => {
      client.removeListener("error", fail);
      // Later transport errors end the connection; channels see them as closed.
      client.on("error", () => client.end());
      resolve(client);
    });
    client.once("error", fail);
    try {
      // The gateway's own socket: no Nagle (short exchanges), writes batched per tick (see write-batching).
      const sock = batchWritesPerTick(tcpConnect({ host: target.host, port: target.port, noDelay: true }));
      client.connect({
        sock,
        host: target.host,
        port: target.port,
        username: target.username,
        privateKey: target.privateKey,
        passphrase: target.passphrase,
        readyTimeout: options.readyTimeoutMs ?? 15_000,
        keepaliveInterval: 30_000,
        hostVerifier: (key: Buffer) => {
          const fp = fingerprint(key);
          const ok = target.hostKeyFingerprint
            ? fp === target.hostKeyFingerprint
            : options.pins
              ? options.pins.check(hostPort, fp)
              : false;
          if (!ok) hostKeyProblem = `host key ${fp} is not the expected one`;
          return ok;
        },
      });
    } catch (e) {
      fail(e as Error);
    }
  });
}
