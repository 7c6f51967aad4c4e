// The SSH transport against a real OpenSSH sshd: exec relay, exit statuses and signals, stdin,
// streams, refusal and approval behaviour, the host key, authentication, and what is never relayed.
// Decisions come from the stand-in engine (spec/ssh/_fixture-engine.ts); the policy itself is
// exercised end to end in ops-policy.test.ts.
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ssh2 from "ssh2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SshGateway } from "../../proxy/ssh/server.js";
import { agentConnect, agentExec, execOn, opensshRun } from "./_clients.js";
import { FixtureEngine, targetFromSshd, type FixtureVerdict } from "./_fixture-engine.js";
import { useSshd } from "./_sshd.js";

const sshd = useSshd();
let engine: FixtureEngine;
let gateway: SshGateway;
let port: number;
let stateDir: string;
let token: string;
let verdict: (text: string) => FixtureVerdict = () => ({ effect: "allow" });
const logLines: string[] = [];

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), "hoop-ssh-state-"));
  engine = new FixtureEngine(targetFromSshd(sshd()), (input) => {
    const request = input.kind === "shell" ? input.ssh?.request : input.kind;
    if (request !== "exec") return { effect: "deny", reason: `${request} is not allowed` };
    return verdict(input.text);
  });
  gateway = new SshGateway({ host: "127.0.0.1", port: 0, stateDir, runtime: engine.runtime(), log: (l) => logLines.push(l) });
  port = (await gateway.listen()).port;
  token = await engine.token();
});
afterAll(async () => {
  await gateway?.close();
  rmSync(stateDir, { recursive: true, force: true });
});

describe("exec relay", () => {
  it("passes stdout, stderr and the exit status (ssh2 client)", async () => {
    const r = await agentExec(port, token, "echo out; echo err >&2; exit 7");
    expect(r.stdout.toString()).toBe("out\n");
    expect(r.stderr).toBe("err\n");
    expect(r.code).toBe(7);
  });

  it("passes the exit status to the OpenSSH client (password via SSH_ASKPASS)", async () => {
    const r = await opensshRun(port, token, ["bastion@127.0.0.1", "printf hello; exit 3"]);
    expect(r.stdout).toBe("hello");
    expect(r.status).toBe(3);
  });

  it("accepts the token through keyboard-interactive", async () => {
    const c = await agentConnect(port, token, { method: "keyboard-interactive" });
    const r = await execOn(c, "echo kbd");
    c.end();
    expect(r.stdout.toString()).toBe("kbd\n");
    expect(r.code).toBe(0);
  });

  it("relays stdin and the agent's EOF", async () => {
    const input = Buffer.from(Array.from({ length: 5000 }, (_, i) => `line ${i}\n`).join(""));
    const r = await agentExec(port, token, "wc -c", { stdin: input });
    expect(r.stdout.toString().trim()).toBe(String(input.length));
    expect(r.code).toBe(0);
  });

  it("passes the target's exit signal through", async () => {
    const r = await agentExec(port, token, "kill -TERM $$");
    expect(r.signal).toBe("TERM");
    expect(r.code).toBeUndefined();
  });

  it("forwards the agent's signal to the target's process", async () => {
    const started = Date.now();
    const r = await agentExec(port, token, "exec sleep 30", { onOpen: (ch) => setTimeout(() => ch.signal("INT"), 500) });
    expect(r.signal).toBe("INT");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("runs several execs on one agent connection and one upstream connection", async () => {
    const c = await agentConnect(port, token);
    const rs = await Promise.all([1, 2, 3, 4].map((i) => execOn(c, `echo ${i}; exit ${i}`)));
    c.end();
    expect(rs.map((r) => r.code), rs.map((r) => r.stderr).join(" | ")).toEqual([1, 2, 3, 4]);
    expect(rs.map((r) => r.stdout.toString())).toEqual(["1\n", "2\n", "3\n", "4\n"]);
  });

  it("gives a pty when asked and still returns the status", async () => {
    const r = await agentExec(port, token, "tty >/dev/null && echo has-tty; exit 4", { pty: true });
    expect(r.stdout.toString()).toContain("has-tty");
    expect(r.code).toBe(4);
  });
});

describe("decisions on the wire", () => {
  it("refuses with one stderr line and status 126, and runs nothing", async () => {
    const marker = join(stateDir, "should-not-exist");
    verdict = () => ({ effect: "deny", reason: "destructive commands are not allowed" });
    try {
      const r = await agentExec(port, token, `touch ${marker}`);
      expect(r.code).toBe(126);
      expect(r.stderr).toMatch(/^gateway: refused by policy: destructive commands are not allowed/);
      expect(r.stdout.length).toBe(0);
      expect(existsSync(marker)).toBe(false);
      const viaOpenssh = await opensshRun(port, token, ["bastion@127.0.0.1", `touch ${marker}`]);
      expect(viaOpenssh.status).toBe(126);
      expect(viaOpenssh.stderr).toContain("refused by policy");
    } finally {
      verdict = () => ({ effect: "allow" });
    }
  });

  it("review in retry mode refuses with the approval id", async () => {
    verdict = () => ({ effect: "retry", approvalId: "apr-123" });
    try {
      const r = await agentExec(port, token, "systemctl restart nginx");
      expect(r.code).toBe(126);
      expect(r.stderr).toContain("apr-123");
    } finally {
      verdict = () => ({ effect: "allow" });
    }
  });

  it("review in hold mode says it waits, then runs once approved", async () => {
    let approve!: (v: "approved") => void;
    const outcome = new Promise<"approved" | "denied">((r) => (approve = r));
    verdict = () => ({ effect: "hold", approvalId: "apr-hold-1", outcome });
    try {
      const c = await agentConnect(port, token);
      let sawWaiting = false;
      const run = execOn(c, "echo ran-after-approval", {
        onOpen: (ch) => ch.stderr.on("data", (d: Buffer) => {
          if (d.toString().includes("waiting for approval apr-hold-1")) {
            sawWaiting = true;
            approve("approved");
          }
        }),
      });
      const r = await run;
      c.end();
      expect(sawWaiting).toBe(true);
      expect(r.stdout.toString()).toBe("ran-after-approval\n");
      expect(r.code).toBe(0);
    } finally {
      verdict = () => ({ effect: "allow" });
    }
  });

  it("a held request that is denied does not run", async () => {
    verdict = () => ({ effect: "hold", approvalId: "apr-hold-2", outcome: Promise.resolve("denied") });
    try {
      const r = await agentExec(port, token, "echo must-not-run");
      expect(r.code).toBe(126);
      expect(r.stdout.toString()).toBe("");
      expect(r.stderr).toContain("apr-hold-2");
    } finally {
      verdict = () => ({ effect: "allow" });
    }
  });

  it("masks output for a decision with masks, across lines and chunk boundaries", async () => {
    verdict = () => ({ effect: "allow", masks: true });
    try {
      const r = await agentExec(port, token, "for i in $(seq 1 3000); do echo \"row $i SECRET-abc$i tail\"; done; printf 'no newline SECRET-end'");
      const text = r.stdout.toString();
      expect(text).not.toMatch(/SECRET-/);
      expect(text.split("\n")).toHaveLength(3001);
      expect(text).toContain("row 2999 [masked] tail\n");
      expect(text.endsWith("no newline [masked]")).toBe(true);
      const rec = engine.recordings.at(-1)!;
      expect(rec.out.join("")).not.toContain("SECRET-");
    } finally {
      verdict = () => ({ effect: "allow" });
    }
  });
});

describe("what is not relayed", () => {
  it("refuses an interactive shell (OpenSSH client with -tt)", async () => {
    const r = await opensshRun(port, token, ["-tt", "bastion@127.0.0.1"], "echo INTERACTIVE-$((6*7))\nexit\n");
    expect(r.stdout + r.stderr).not.toContain("INTERACTIVE-42");
    expect(r.stdout + r.stderr).toContain("shell is not allowed");
  });

  it("refuses sftp", async () => {
    const c = await agentConnect(port, token);
    const err = await new Promise<Error | undefined>((resolve) => c.sftp((e) => resolve(e ?? undefined)));
    c.end();
    expect(err).toBeDefined();
  });

  it("refuses local port forwarding", async () => {
    const c = await agentConnect(port, token);
    const err = await new Promise<Error | undefined>((resolve) => c.forwardOut("127.0.0.1", 1234, "127.0.0.1", sshd().port, (e) => resolve(e ?? undefined)));
    c.end();
    expect(err?.message).toMatch(/open failure/i);
  });

  it("refuses remote port forwarding", async () => {
    const c = await agentConnect(port, token);
    const err = await new Promise<Error | undefined>((resolve) => c.forwardIn("127.0.0.1", 0, (e) => resolve(e ?? undefined)));
    c.end();
    expect(err).toBeDefined();
  });
});

describe("authentication and keys", () => {
  it("refuses a forged token, an expired token, an unknown connection and public-key login", async () => {
    const forged = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    await expect(agentConnect(port, forged)).rejects.toThrow(/authentication/i);
    const expired = await engine.token({ ttlSeconds: 60, now: Math.floor(Date.now() / 1000) - 3600 });
    await expect(agentConnect(port, expired)).rejects.toThrow(/authentication/i);
    await expect(agentConnect(port, token, { user: "nosuch" })).rejects.toThrow(/authentication/i);
    const viaKey = await opensshRun(port, token, ["bastion@127.0.0.1", "true"], undefined, 30_000, [
      "-o", "PreferredAuthentications=publickey", "-o", "PubkeyAuthentication=yes", "-i", sshd().keyFile, "-o", "IdentitiesOnly=yes",
    ]);
    expect(viaKey.status).toBe(255);
    expect(logLines.some((l) => l.includes("expired"))).toBe(true);
  });

  it("keeps its host key in the state directory across restarts", async () => {
    const file = gateway.hostKey.path;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = new SshGateway({ host: "127.0.0.1", port: 0, stateDir, runtime: engine.runtime() });
    expect(again.hostKey.publicKey).toBe(gateway.hostKey.publicKey);
    const presented = await new Promise<string>((resolve, reject) => {
      const c = new ssh2.Client();
      c.on("error", reject);
      c.connect({ host: "127.0.0.1", port, username: "bastion", password: token, hostVerifier: (key: Buffer) => {
        resolve(key.toString("base64"));
        c.end();
        return false;
      } });
    });
    expect(gateway.hostKey.publicKey.split(" ")[1]).toBe(presented);
    expect(readFileSync(`${file}.pub`, "utf8")).toContain(presented);
  });

  it("never shows the vaulted private key: not in output, not in logs", async () => {
    // A copy the target's user can read: a target that shares files with the gateway host.
    const dir = mkdtempSync(join(tmpdir(), "hoop-ssh-keycopy-"));
    chmodSync(dir, 0o755);
    const keyFile = join(dir, "key");
    copyFileSync(sshd().keyFile, keyFile);
    chmodSync(keyFile, 0o644);
    const key = readFileSync(keyFile, "utf8");
    const r = await agentExec(port, token, `cat ${keyFile}; cat ${keyFile} | tr -d '\\n'`);
    const lines = key.split("\n").filter((l) => l.length > 20 && !l.startsWith("-----"));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(r.stdout.toString()).not.toContain(l);
      expect(logLines.join("\n")).not.toContain(l);
      for (const rec of engine.recordings) expect(rec.out.join("")).not.toContain(l);
    }
    expect(r.stdout.toString()).toContain("[private key]");
    expect(r.stdout.toString()).toContain("-----BEGIN OPENSSH PRIVATE KEY-----");
    rmSync(dir, { recursive: true, force: true });
  });
});
