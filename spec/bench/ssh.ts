// `npm run bench -- ssh`: the SSH gateway against direct ssh to the same sshd, in the same run.
// Throughput: 100 MB of text through `exec` to the OpenSSH client (alternating direct / gateway),
// for a principal without masks and for an agent whose output the ssh-ops policy masks.
// Latency: sequential `exec true` on one open connection (ssh2 client), direct vs gateway.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ssh2 from "ssh2";
import type { Client } from "ssh2";
import { opensshRun } from "../ssh/_clients.js";
import { startOpsGateway } from "../ssh/_ops-gateway.js";
import { round, summarize } from "./_stats.js";

const BYTES = 100_000_000;
const gen = (bytes: number) => `yes 'the quick brown fox jumps over the lazy dog; build 0123 ok' | head -c ${bytes}`;
const GEN = gen(BYTES);
const ROUNDS = 5;
/** Bytes sent through each gateway path before timing: its first 100 MB costs 2-3× the CPU of later ones (JIT). */
const WARM_UP_BYTES = 20_000_000;

interface Sshd { port: number; user: string; keyFile: string; stop(): void }

function timed(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const p = spawn("ssh", args, { stdio: ["ignore", "ignore", "inherit"], env });
    p.on("close", (code) => (code === 0 ? resolve(Number(process.hrtime.bigint() - t0) / 1e9) : reject(new Error(`ssh exited ${code}`))));
  });
}

function connect(opts: ssh2.ConnectConfig): Promise<Client> {
  return new Promise((resolve, reject) => {
    const c = new ssh2.Client();
    // No Nagle on the measuring client: the figure should be the gateway's latency, not a delayed ACK.
    c.once("ready", () => { c.setNoDelay(true); resolve(c); }).once("error", reject).connect(opts);
  });
}

function execTrue(c: Client): Promise<void> {
  return new Promise((resolve, reject) => c.exec("true", (e, ch) => (e ? reject(e) : ch.on("close", () => resolve()).resume())));
}

async function latency(c: Client, n: number): Promise<number[]> {
  for (let i = 0; i < 5; i++) await execTrue(c);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await execTrue(c);
    out.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  return out;
}

export async function bench(): Promise<Record<string, unknown>> {
  const { startSshd } = (await import(pathToFileURL(join(process.cwd(), "spec/harness/sshd.mjs")).href)) as { startSshd(port: number): Promise<Sshd> };
  const sshd = await startSshd(28022 + (process.pid % 1000));
  let gw;
  try {
    gw = await startOpsGateway(sshd);
  } catch (e) {
    sshd.stop();
    throw e;
  }
  try {
    const sre = await gw.token({ sub: "sam@bank.example", kind: "human", groups: ["sre"], actFor: undefined });
    const agent = await gw.token({});
    const direct = ["-p", String(sshd.port), "-i", sshd.keyFile, "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", `${sshd.user}@127.0.0.1`, GEN];
    // Warm up both paths (host keys, page cache, JIT).
    await timed(direct);
    await viaGateway(gw.port, sre, WARM_UP_BYTES);
    await viaGateway(gw.port, agent, WARM_UP_BYTES);
    const t = { direct: [] as number[], gatewayUnmasked: [] as number[], gatewayMasked: [] as number[] };
    // CPU seconds this process (the gateway) spent per 100 MB: steadier than wall time under load.
    const cpu = { gatewayUnmasked: [] as number[], gatewayMasked: [] as number[] };
    for (let i = 0; i < ROUNDS; i++) {
      t.direct.push(await timed(direct));
      for (const [path, token] of [["gatewayUnmasked", sre], ["gatewayMasked", agent]] as const) {
        const c0 = process.cpuUsage();
        t[path].push(await viaGateway(gw.port, token));
        const c = process.cpuUsage(c0);
        cpu[path].push(round((c.user + c.system) / 1e6, 2));
      }
    }
    const best = (xs: number[]) => Math.min(...xs);
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
    const mbps = (s: number) => round(BYTES / 1e6 / s, 1);

    const key = readFileSync(sshd.keyFile);
    const d = await connect({ host: "127.0.0.1", port: sshd.port, username: sshd.user, privateKey: key });
    const g = await connect({ host: "127.0.0.1", port: gw.port, username: "bastion", password: sre });
    const ld = summarize(await latency(d, 100));
    const lg = summarize(await latency(g, 100));
    d.end();
    g.end();
    return {
      bytes: BYTES,
      rounds: ROUNDS,
      seconds: { direct: t.direct.map((x) => round(x, 2)), gatewayUnmasked: t.gatewayUnmasked.map((x) => round(x, 2)), gatewayMasked: t.gatewayMasked.map((x) => round(x, 2)) },
      throughputMBps: { direct: mbps(best(t.direct)), gatewayUnmasked: mbps(best(t.gatewayUnmasked)), gatewayMasked: mbps(best(t.gatewayMasked)) },
      gatewayCpuSeconds: cpu,
      ratioToDirect: { unmasked: round(best(t.direct) / best(t.gatewayUnmasked), 2), masked: round(best(t.direct) / best(t.gatewayMasked), 2) },
      ratioToDirectMedian: { unmasked: round(median(t.direct) / median(t.gatewayUnmasked), 2), masked: round(median(t.direct) / median(t.gatewayMasked), 2) },
      execLatencyMicros: { direct: ld, gateway: lg, addedP50: round(lg.p50 - ld.p50, 0) },
    };
  } finally {
    await gw.close();
    sshd.stop();
  }
}

async function viaGateway(port: number, token: string, bytes = BYTES): Promise<number> {
  const t0 = process.hrtime.bigint();
  const r = await opensshRun(port, token, ["-o", "LogLevel=ERROR", "bastion@127.0.0.1", `${gen(bytes)} >/dev/stdout`], undefined, 300_000, [], true);
  if (r.status !== 0) throw new Error(`gateway run failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
