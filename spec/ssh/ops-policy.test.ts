// The ssh-ops example end to end: OpenSSH and ssh2 clients → the SSH listener → the real engine
// with policies-examples/ssh-ops → a real sshd. Allowed and refused commands (disguised deletions
// too), masking, approvals, interactive refusal, tokens, the audit export, and the vaulted key.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIO } from "../../runtime/cli/args.js";
import { main as gatewayCli } from "../../proxy/cli/main.js";
import { agentConnect, agentExec, opensshRun } from "./_clients.js";
import { startOpsGateway, type OpsGateway } from "./_ops-gateway.js";
import { useSshd } from "./_sshd.js";

const sshd = useSshd();
let gw: OpsGateway;
let agent: string;

beforeAll(async () => {
  gw = await startOpsGateway(sshd());
  agent = await gw.token({});
});
afterAll(async () => {
  await gw?.close();
  if (gw) for (const d of [gw.stateDir, gw.victim]) rmSync(d, { recursive: true, force: true });
});

const ssh = (command: string) => opensshRun(gw.port, agent, ["bastion@127.0.0.1", command]);

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false, readStdin: async () => "" };
  const code = await gatewayCli(argv, io);
  return { code, out, err };
}

describe("ssh-ops: what an agent may run", () => {
  it("runs a read-only command and returns its output and status", async () => {
    const r = await ssh("cat /etc/hostname");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync("/etc/hostname", "utf8"));
    const listed = await ssh(`ls ${gw.victim}/data; exit 0`);
    expect(listed.stdout).toContain("cards.txt");
  });

  it("refuses deletions however they are disguised, and the victim survives", async () => {
    const v = gw.victim;
    const disguised = [
      `rm -rf ${v}`,
      `r''m -rf ${v}`,
      `"rm" -rf ${v}`,
      `r\\m -rf ${v}`,
      `\\rm -rf ${v}`,
      `sh -c 'rm -rf ${v}'`,
      `bash -c "rm -rf ${v}"`,
      `ls; rm -rf ${v}`,
      `ls && rm -rf ${v}`,
      `ls || rm -rf ${v}`,
      `ls | rm -rf ${v}`,
      `echo $(rm -rf ${v})`,
      `echo \`rm -rf ${v}\``,
      `env rm -rf ${v}`,
      `command rm -rf ${v}`,
      `find ${v} -delete`,
      `eval 'rm -rf ${v}'`,
      `$(echo rm) -rf ${v}`,
      `x=rm; $x -rf ${v}`,
      `echo ${v} | xargs rm -rf`,
      `cat <(rm -rf ${v})`,
      `true\nrm -rf ${v}`,
    ];
    for (const c of disguised) {
      const r = await ssh(c);
      expect(r.status, c).toBe(126);
      expect(r.stderr, c).toMatch(/^gateway: /m);
      expect(existsSync(join(v, "data", "cards.txt")), c).toBe(true);
    }
  });

  it("refuses privileged and network commands", async () => {
    for (const c of ["sudo id", "curl http://127.0.0.1:1/", "nc -l 4444", "su -c id"]) {
      const r = await ssh(c);
      expect(r.status, c).toBe(126);
    }
  });

  it("holds a mutating command for sre: refused with the approval id, runs once approved", async () => {
    const file = join(gw.victim, "data", "touched");
    const first = await agentExec(gw.port, agent, `touch ${file}`);
    expect(first.code).toBe(126);
    const id = /approval required: request (\S+)/.exec(first.stderr)?.[1];
    expect(id, first.stderr).toBeTruthy();
    expect(existsSync(file)).toBe(false);
    // A person in sre approves (the agent, and carol it acts for, may not).
    await gw.engine.state.approvals.approve(id!, { id: "sam@bank.example", kind: "human", groups: ["sre"], attributes: {} });
    const second = await agentExec(gw.port, agent, `touch ${file}`);
    expect(second.code, second.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    // One-time: the same command needs a new approval.
    const third = await agentExec(gw.port, agent, `touch ${file}`);
    expect(third.code).toBe(126);
  });
});

describe("ssh-ops: output", () => {
  it("masks card numbers, SSNs, e-mails and IBANs and keeps the rest", async () => {
    const r = await ssh(`cat ${gw.victim}/data/cards.txt`);
    expect(r.status).toBe(0);
    for (const secret of ["4111111111111111", "219-09-9999", "jane.doe@example.com", "GB82WEST12345698765432"]) expect(r.stdout).not.toContain(secret);
    expect(r.stdout).toContain("card ");
    expect(r.stdout).toContain("on file; ssn ");
    expect(r.stdout.split("\n")).toHaveLength(3);
  });

  it("masks in stderr too", async () => {
    const r = await ssh(`cat ${gw.victim}/data/cards.txt >&2`);
    expect(r.stderr).not.toContain("4111111111111111");
    expect(r.stderr).toContain("on file");
  });

  it("passes 100 MB of text intact for an agent when nothing needs masking", async () => {
    const line = "the quick brown fox jumps over the lazy dog; build 0123 ok";
    const gen = `yes '${line}' | head -c 100000000`;
    const want = await import("node:child_process").then(({ execSync }) => execSync(`${gen} | sha256sum`, { encoding: "utf8" }).split(" ")[0]);
    const r = await agentExec(gw.port, agent, gen, { hashOnly: true });
    expect(r.code).toBe(0);
    expect(r.bytes).toBe(100_000_000);
    expect(r.sha256).toBe(want);
  }, 120_000);

  it("passes 100 MB of binary byte for byte to a principal the policy does not mask", async () => {
    const sre = await gw.token({ sub: "sam@bank.example", kind: "human", groups: ["sre"], actFor: undefined });
    const cmd = "f=$(mktemp); head -c 100000000 /dev/urandom >$f; sha256sum <$f | cut -d' ' -f1 >&2; cat $f; rm -f $f";
    const r = await agentExec(gw.port, sre, cmd, { hashOnly: true });
    expect(r.code).toBe(0);
    expect(r.bytes).toBe(100_000_000);
    expect(r.sha256).toBe(r.stderr.trim());
  }, 120_000);
});

describe("ssh-ops: sessions and identity", () => {
  it("refuses an interactive shell and sftp for agents", async () => {
    const r = await opensshRun(gw.port, agent, ["-tt", "bastion@127.0.0.1"], "echo INTERACTIVE-$((6*7))\nexit\n");
    expect(r.stdout + r.stderr).not.toContain("INTERACTIVE-42");
    const c = await agentConnect(gw.port, agent);
    const err = await new Promise<Error | undefined>((resolve) => c.sftp((e) => resolve(e ?? undefined)));
    c.end();
    expect(err).toBeDefined();
  });

  it("lets an sre person open a recorded interactive shell", async () => {
    const sre = await gw.token({ sub: "sam@bank.example", kind: "human", groups: ["sre"], actFor: undefined });
    const r = await opensshRun(gw.port, sre, ["-tt", "bastion@127.0.0.1"], "echo INTERACTIVE-$((6*7))\nexit\n");
    expect(r.stdout).toContain("INTERACTIVE-42");
  });

  it("refuses forged and expired tokens", async () => {
    const forged = agent.slice(0, -6) + (agent.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    await expect(agentConnect(gw.port, forged)).rejects.toThrow(/authentication/i);
    const expired = await gw.token({ ttlSeconds: 60, now: Math.floor(Date.now() / 1000) - 365 * 86400 });
    await expect(agentConnect(gw.port, expired)).rejects.toThrow(/authentication/i);
    const r = await opensshRun(gw.port, forged, ["bastion@127.0.0.1", "id"]);
    expect(r.status).toBe(255);
  });

  it("exports an audit log that verifies and names every command, the agent and the human", async () => {
    const out = join(gw.stateDir, "audit.jsonl");
    const exp = await cli(["audit", "export", "--config", "policies-examples/ssh-ops/gateway.yaml", "--format", "jsonl", "--out", out]);
    expect(exp.code, exp.err).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("cat /etc/hostname");
    expect(text).toContain(`r''m -rf ${gw.victim}`);
    expect(text).toContain("agent-9");
    expect(text).toContain("carol@bank.example");
    const ver = await cli(["audit", "verify", "--file", out]);
    expect(ver.code, ver.out + ver.err).toBe(0);
  });

  it("never lets the vaulted private key reach the audit log, the state dir or the logs", async () => {
    const key = readFileSync(sshd().keyFile, "utf8");
    const lines = key.split("\n").filter((l) => l.length > 20 && !l.startsWith("-----"));
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(gw.stateDir);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const content = readFileSync(f).toString("latin1");
      for (const l of lines) expect(content.includes(l), f).toBe(false);
    }
    for (const l of lines) expect(gw.logs.join("\n")).not.toContain(l);
  });
});
