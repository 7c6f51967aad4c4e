// Agent-side clients for the SSH tests: ssh2 (exit signals, stdin, signals to send) and the OpenSSH
// client driven the way users drive it (token through SSH_ASKPASS).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ssh2 from "ssh2";
import type { Client, ClientChannel } from "ssh2";

export interface ExecResult {
  stdout: Buffer;
  stderr: string;
  code?: number;
  signal?: string;
  /** sha256 and length of stdout when `hashOnly` was asked (large outputs). */
  sha256?: string;
  bytes: number;
}

export function agentConnect(port: number, token: string, opts: { user?: string; method?: "password" | "keyboard-interactive" } = {}): Promise<Client> {
  return new Promise((resolve, reject) => {
    const c = new ssh2.Client();
    c.once("ready", () => resolve(c));
    c.once("error", reject);
    const kbd = opts.method === "keyboard-interactive";
    c.on("keyboard-interactive", (_n, _i, _l, prompts, finish) => finish(prompts.map(() => token)));
    c.connect({
      host: "127.0.0.1",
      port,
      username: opts.user ?? "bastion",
      ...(kbd ? { tryKeyboard: true, authHandler: ["keyboard-interactive"] as never } : { password: token }),
      readyTimeout: 20_000,
    });
  });
}

export function execOn(
  c: Client,
  command: string,
  opts: { stdin?: string | Buffer; pty?: boolean; hashOnly?: boolean; onOpen?: (ch: ClientChannel) => void } = {},
): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    c.exec(command, opts.pty ? { pty: { term: "xterm", cols: 80, rows: 24 } } : {}, (err, ch) => {
      if (err) return reject(err);
      const out: Buffer[] = [];
      const errs: Buffer[] = [];
      const hash = createHash("sha256");
      let bytes = 0;
      let code: number | undefined;
      let signal: string | undefined;
      ch.on("data", (d: Buffer) => {
        bytes += d.length;
        if (opts.hashOnly) hash.update(d);
        else out.push(d);
      });
      ch.stderr.on("data", (d: Buffer) => errs.push(d));
      ch.on("exit", (c0: number | null, s?: string) => {
        if (c0 === null || c0 === undefined) signal = s?.replace(/^SIG/, "");
        else code = c0;
      });
      ch.on("close", () =>
        resolve({
          stdout: Buffer.concat(out),
          stderr: Buffer.concat(errs).toString("utf8"),
          code,
          signal,
          bytes,
          sha256: opts.hashOnly ? hash.digest("hex") : undefined,
        }),
      );
      opts.onOpen?.(ch);
      if (opts.stdin !== undefined) ch.end(opts.stdin);
    });
  });
}

export async function agentExec(port: number, token: string, command: string, opts: Parameters<typeof execOn>[2] = {}): Promise<ExecResult> {
  const c = await agentConnect(port, token);
  try {
    return await execOn(c, command, opts);
  } finally {
    c.end();
  }
}

let askpassDir: string | undefined;

/** Runs the OpenSSH client against the gateway with the token answered by SSH_ASKPASS. */
export function opensshRun(
  port: number,
  token: string,
  args: string[],
  input?: string,
  timeoutMs = 30_000,
  /** Options placed first: OpenSSH keeps the first value it sees for an option. */
  firstOptions: string[] = [],
  /** Discard stdout (benchmarks): only the status and stderr come back. */
  discardStdout = false,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  askpassDir ??= mkdtempSync(join(tmpdir(), "hoop-askpass-"));
  const askpass = join(askpassDir, `askpass-${createHash("sha256").update(token).digest("hex").slice(0, 12)}`);
  writeFileSync(askpass, `#!/bin/sh\necho '${token}'\n`);
  chmodSync(askpass, 0o700);
  const sshArgs = [
    ...firstOptions,
    "-p", String(port),
    "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
    "-o", "PubkeyAuthentication=no", "-o", "PreferredAuthentications=password,keyboard-interactive",
    "-o", "LogLevel=ERROR", "-o", "NumberOfPasswordPrompts=1",
    ...args,
  ];
  return new Promise((resolve) => {
    const p = spawn("ssh", sshArgs, {
      env: { ...process.env, SSH_ASKPASS: askpass, SSH_ASKPASS_REQUIRE: "force", DISPLAY: ":0" },
      stdio: ["pipe", discardStdout ? "ignore" : "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    p.stdout?.on("data", (d) => (stdout += d));
    p.stderr!.on("data", (d) => (stderr += d));
    const t = setTimeout(() => p.kill("SIGKILL"), timeoutMs);
    p.on("close", (status) => {
      clearTimeout(t);
      resolve({ status, stdout, stderr });
    });
    p.stdin!.end(input ?? "");
  });
}
