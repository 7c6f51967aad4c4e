// `npm run bench:pg`: the PostgreSQL gateway against direct access and pgbouncer, in one run.
//  * pgbench -S -M simple -c 8 -T 15, alternating direct / pgbouncer (session mode) / a Node.js
//    relay that only copies bytes (_relay.ts: the runtime's floor) / gateway (example policy, audit
//    and masking on; audit durability "os", the default) / the same gateway with audit durability
//    "full", ROUNDS times; TPS and p50 latency from pgbench's logs, and the CPU per statement of
//    the relaying processes (/proc/<pid>/stat over each run).
//  * the same with one client (-c 1), direct and through the gateway: the latency the gateway adds
//    to a statement when nothing queues in front of it.
//  * streaming a 1M-row table with 3 masked columns to psql, direct vs through the gateway.
//  * RSS of the gateway process with 200 concurrent sessions.
// Needs PostgreSQL 15 binaries, pgbench, psql and pgbouncer (apt-get install -y pgbouncer).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import { round, summarize } from "./_stats.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const ROUNDS = Number(process.env.BENCH_PG_ROUNDS ?? 2);
const SECONDS = Number(process.env.BENCH_PG_SECONDS ?? 15);
const STREAM_ROWS = Number(process.env.BENCH_PG_STREAM_ROWS ?? 1_000_000);

interface Harness {
  startPostgres(port: number, fixture: string): Promise<{ url: string; port: number; stop(): void }>;
  UPSTREAM_ROLE: string;
  UPSTREAM_PASSWORD: string;
}

function sh(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** Runs a command without blocking the event loop (the gateway may share this process's host). */
function runAsync(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<{ out: string; ms: number }> {
  return new Promise((resolveRun, reject) => {
    const t0 = process.hrtime.bigint();
    const p = spawn(cmd, args, { env: { ...process.env, ...env }, cwd, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (out += d));
    p.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      code === 0 ? resolveRun({ out, ms }) : reject(new Error(`${cmd} exited ${code}: ${out.slice(-500)}`));
    });
  });
}

async function waitForPort(port: number, ms = 30_000): Promise<void> {
  const { connect } = await import("node:net");
  const deadline = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((r) => {
      const s = connect({ host: "127.0.0.1", port }, () => (s.destroy(), r(true)));
      s.on("error", () => r(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${port}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** User and system CPU seconds a process has used so far (Linux /proc; clock ticks of 10 ms). */
function cpuSeconds(pid: number): { user: number; sys: number } {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return { user: Number(f[11]) / 100, sys: Number(f[12]) / 100 };
}

interface PgbenchRun {
  tps: number;
  p50us: number;
  p99us: number;
  /** The gateway process's CPU per statement over the run (user + system), when a pid is given. */
  cpuUsPerStatement?: { user: number; sys: number };
}

async function pgbench(label: string, port: number, user: string, password: string, dir: string, pid?: number, clients = 8): Promise<PgbenchRun> {
  const prefix = join(dir, `log-${label}-${Date.now()}`);
  const cpu0 = pid ? cpuSeconds(pid) : undefined;
  const { out } = await runAsync("pgbench", ["-S", "-M", "simple", "-c", String(clients), "-j", String(Math.min(2, clients)), "-T", String(clients === 1 ? Math.min(SECONDS, 8) : SECONDS), "-n", "-l", `--log-prefix=${prefix}`, "-h", "127.0.0.1", "-p", String(port), "-U", user, "payments"], { PGPASSWORD: password });
  const cpu1 = pid ? cpuSeconds(pid) : undefined;
  const tps = Number(/tps = ([0-9.]+) \(without initial connection time\)/.exec(out)?.[1]);
  const tx = Number(/number of transactions actually processed: (\d+)/.exec(out)?.[1]);
  if (!Number.isFinite(tps)) throw new Error(`pgbench ${label}: no tps in output: ${out.slice(-300)}`);
  const lat: number[] = [];
  for (const f of readdirSync(dir).filter((n) => join(dir, n).startsWith(prefix))) {
    for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
      const us = Number(line.split(" ")[2]);
      if (Number.isFinite(us) && line) lat.push(us);
    }
    rmSync(join(dir, f));
  }
  const s = summarize(lat);
  const cpuUsPerStatement = cpu0 && cpu1 && tx > 0 ? { user: round(((cpu1.user - cpu0.user) * 1e6) / tx, 0), sys: round(((cpu1.sys - cpu0.sys) * 1e6) / tx, 0) } : undefined;
  return { tps: round(tps, 1), p50us: s.p50, p99us: s.p99, ...(cpuUsPerStatement ? { cpuUsPerStatement } : {}) };
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? round(Number(m[1]) / 1024, 1) : NaN;
}

export async function bench(): Promise<Record<string, unknown>> {
  const harness = (await import(pathToFileURL(join(root, "spec/harness/postgres.mjs")).href)) as Harness;
  const base = Number(process.env.HOOP_BENCH_PG_PORT ?? 29_000 + (process.pid % 500) * 8);
  const [pgPort, gwPort, apiPort, bouncerPort, gwFullPort, apiFullPort, relayPort] = [base, base + 1, base + 2, base + 3, base + 4, base + 5, base + 6];
  const dir = mkdtempSync(join(tmpdir(), "hoop-bench-pg-"));
  chmodSync(dir, 0o755);
  const procs: ChildProcess[] = [];
  const db = await harness.startPostgres(pgPort, join(root, "policies-examples/ffiec-payments/data/payments.sql"));
  try {
    const superUrl = db.url;
    sh("pgbench", ["-i", "-s", "10", "-q", superUrl]);
    sh("psql", ["-X", "-q", superUrl, "-v", "ON_ERROR_STOP=1", "-c",
      `CREATE SCHEMA bulk; CREATE TABLE bulk.customers AS SELECT i AS id, 'Customer ' || i AS full_name, 'user' || i || '@example.com' AS email,
        lpad((i % 899 + 100)::text, 3, '0') || '-' || lpad((i % 99 + 1)::text, 2, '0') || '-' || lpad((i % 9999 + 1)::text, 4, '0') AS ssn,
        '4' || lpad(i::text, 15, '0') AS card_number FROM generate_series(1, ${STREAM_ROWS}) i; ANALYZE bulk.customers;`]);

    // The gateway, as a user runs it, in its own process; a second one with audit durability "full"
    // (its own state, the same token key, so one token serves both).
    const pw = harness.UPSTREAM_PASSWORD;
    const gatewayYaml = (port: number, api: number, state: string, durability: string) =>
      `listeners:\n  - protocol: postgres\n    address: 127.0.0.1:${port}\nconnections:\n  - name: payments\n    protocol: postgres\n    upstream: env:PAYMENTS_DATABASE_URL\npolicy:\n  folder: ${join(root, "policies-examples/ffiec-payments")}\n  reload: false\nstateDir: ${join(dir, state)}\ntokens:\n  keyFile: ${join(dir, "token-signing-key.pem")}\napi:\n  address: 127.0.0.1:${api}\naudit:\n  durability: ${durability}\n`;
    const config = join(dir, "gateway.yaml");
    const configFull = join(dir, "gateway-full.yaml");
    writeFileSync(config, gatewayYaml(gwPort, apiPort, "state", "os"));
    writeFileSync(configFull, gatewayYaml(gwFullPort, apiFullPort, "state-full", "full"));
    const gwEnv = { PAYMENTS_DATABASE_URL: `postgres://${harness.UPSTREAM_ROLE}:${pw}@127.0.0.1:${pgPort}/payments` };
    const gw = spawn("node", [join(root, "bin/gateway.js"), "start", "--config", config], { env: { ...process.env, ...gwEnv }, stdio: ["ignore", "ignore", "inherit"] });
    procs.push(gw);
    await waitForPort(gwPort);
    const token = sh("node", [join(root, "bin/gateway.js"), "token", "--config", config, "--sub", "bench-agent", "--kind", "agent", "--groups", "agents", "--ttl", "1h"]).trim();
    const gwFull = spawn("node", [join(root, "bin/gateway.js"), "start", "--config", configFull], { env: { ...process.env, ...gwEnv }, stdio: ["ignore", "ignore", "inherit"] });
    procs.push(gwFull);
    await waitForPort(gwFullPort);

    // pgbouncer in session mode, run as the postgres user (it refuses to run as root).
    writeFileSync(join(dir, "userlist.txt"), `"bench" "bench"\n`);
    writeFileSync(join(dir, "pgbouncer.ini"), `[databases]\npayments = host=127.0.0.1 port=${pgPort} dbname=payments user=${harness.UPSTREAM_ROLE} password=${pw}\n[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = ${bouncerPort}\nunix_socket_dir =\nauth_type = trust\nauth_file = ${join(dir, "userlist.txt")}\npool_mode = session\nmax_client_conn = 500\ndefault_pool_size = 20\n`);
    for (const f of ["userlist.txt", "pgbouncer.ini"]) chmodSync(join(dir, f), 0o644);
    const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
    const bouncer = spawn("pgbouncer", [...(asRoot ? ["-u", "postgres"] : []), join(dir, "pgbouncer.ini")], { stdio: "ignore" });
    procs.push(bouncer);
    await waitForPort(bouncerPort);

    const relay = spawn("node", [join(root, "dist/spec/bench/_relay.js"), String(relayPort), String(pgPort)], { stdio: "ignore" });
    procs.push(relay);
    await waitForPort(relayPort);

    const targets: Record<string, { port: number; user: string; password: string; pid?: number }> = {
      direct: { port: pgPort, user: "postgres", password: "" },
      pgbouncer: { port: bouncerPort, user: "bench", password: "bench", pid: bouncer.pid },
      nodeRelay: { port: relayPort, user: "postgres", password: "", pid: relay.pid },
      gateway: { port: gwPort, user: "bench-agent", password: token, pid: gw.pid },
      gatewayFull: { port: gwFullPort, user: "bench-agent", password: token, pid: gwFull.pid },
    };
    const runs: Record<string, PgbenchRun[]> = { direct: [], pgbouncer: [], nodeRelay: [], gateway: [], gatewayFull: [] };
    for (let r = 0; r < ROUNDS; r++) {
      for (const [name, t] of Object.entries(targets)) runs[name]!.push(await pgbench(name, t.port, t.user, t.password, dir, t.pid));
    }
    const mean = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0) / xs.length, 1);
    // One client: nothing queues, so the difference is what each hop adds to a statement; pgbouncer
    // and the byte relay show what any proxy adds on this machine (two more loopback hops).
    const singleTargets = ["direct", "pgbouncer", "nodeRelay", "gateway"] as const;
    const single = Object.fromEntries(singleTargets.map((k) => [k, [] as PgbenchRun[]])) as Record<(typeof singleTargets)[number], PgbenchRun[]>;
    for (let r = 0; r < ROUNDS; r++) {
      for (const k of singleTargets) {
        const t = targets[k]!;
        single[k].push(await pgbench(`${k}-1`, t.port, t.user, t.password, dir, t.pid, 1));
      }
    }
    const singleP50 = Object.fromEntries(singleTargets.map((k) => [k, mean(single[k].map((x) => x.p50us))])) as Record<(typeof singleTargets)[number], number>;
    const tps = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, mean(v.map((x) => x.tps))]));
    const p50 = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, mean(v.map((x) => x.p50us))]));
    // CPU per statement of the relaying process: robust where TPS moves with the machine's load.
    const cpuUs = Object.fromEntries(Object.entries(runs).filter(([, v]) => v[0]?.cpuUsPerStatement).map(([k, v]) => [k, {
      user: mean(v.map((x) => x.cpuUsPerStatement!.user)),
      sys: mean(v.map((x) => x.cpuUsPerStatement!.sys)),
    }]));

    // Streaming a large masked result to psql.
    const stream = async (port: number, user: string, password: string) => {
      const { ms } = await runAsync("psql", ["-X", "-q", "-o", "/dev/null", `host=127.0.0.1 port=${port} dbname=payments user=${user} sslmode=disable`, "-c", "SELECT id, full_name, email, ssn, card_number FROM bulk.customers"], { PGPASSWORD: password });
      return round(ms, 0);
    };
    const streamDirect = await stream(pgPort, "postgres", "");
    const streamGateway = await stream(gwPort, "bench-agent", token);
    const check = sh("psql", ["-X", "-tA", `host=127.0.0.1 port=${gwPort} dbname=payments user=bench-agent sslmode=disable`, "-c", "SELECT email, ssn, card_number FROM bulk.customers WHERE id = 7"], { PGPASSWORD: token }).trim();

    // 200 concurrent sessions.
    const rssIdle = rssMb(gw.pid!);
    const clients: pg.Client[] = [];
    for (let i = 0; i < 200; i++) {
      const c = new pg.Client({ host: "127.0.0.1", port: gwPort, database: "payments", user: "bench-agent", password: token });
      c.on("error", () => undefined);
      await c.connect();
      await c.query("SELECT 1");
      clients.push(c);
    }
    const rss200 = rssMb(gw.pid!);
    await Promise.all(clients.map((c) => c.end()));

    return {
      command: `pgbench -S -M simple -c 8 -j 2 -T ${SECONDS} (x${ROUNDS} rounds, alternating direct / pgbouncer / node relay / gateway (audit durability os) / gateway (full)); the same with -c 1 direct / pgbouncer / node relay / gateway; psql streaming ${STREAM_ROWS} rows with 3 masked columns; 200 sessions`,
      pgbench: runs,
      tps,
      ratios: {
        gatewayVsPgbouncer: round(tps.gateway! / tps.pgbouncer!, 3),
        gatewayVsDirect: round(tps.gateway! / tps.direct!, 3),
        gatewayFullVsPgbouncer: round(tps.gatewayFull! / tps.pgbouncer!, 3),
        pgbouncerVsDirect: round(tps.pgbouncer! / tps.direct!, 3),
        nodeRelayVsPgbouncer: round(tps.nodeRelay! / tps.pgbouncer!, 3),
        gatewayVsNodeRelay: round(tps.gateway! / tps.nodeRelay!, 3),
      },
      p50us: p50,
      cpuUsPerStatement: cpuUs,
      addedP50us: round(p50.gateway! - p50.direct!, 1),
      addedP50usFull: round(p50.gatewayFull! - p50.direct!, 1),
      oneClient: {
        runs: single,
        p50us: singleP50,
        addedP50us: round(singleP50.gateway - singleP50.direct, 1),
        addedP50usPgbouncer: round(singleP50.pgbouncer - singleP50.direct, 1),
        addedP50usNodeRelay: round(singleP50.nodeRelay - singleP50.direct, 1),
        gatewayCpuUsPerStatement: { user: mean(single.gateway.map((x) => x.cpuUsPerStatement!.user)), sys: mean(single.gateway.map((x) => x.cpuUsPerStatement!.sys)) },
      },
      stream: { rows: STREAM_ROWS, directMs: streamDirect, gatewayMs: streamGateway, throughputRatio: round(streamDirect / streamGateway, 3), sampleMaskedRow: check },
      rssMb: { idle: rssIdle, with200Sessions: rss200 },
    };
  } finally {
    for (const p of procs.reverse()) {
      p.kill("SIGTERM");
      await new Promise((r) => (p.exitCode !== null ? r(null) : p.once("exit", r)));
    }
    db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
