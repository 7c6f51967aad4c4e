// TLS on the PostgreSQL listener: with a configured certificate psql negotiates it; without one an
// SSLRequest is answered 'N', so sslmode=require fails cleanly and sslmode=prefer falls back.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../runtime/config/index.js";
import { issueToken, loadOrCreateSigningKey } from "../../runtime/identity/index.js";
import { startGateway, type RunningGateway } from "../../proxy/cli/start.js";
import { haveDatabase, startTestGateway, TEST_POLICY, upstreamUrl, type TestGateway } from "./_gateway.js";

const run = promisify(execFile);

describe.skipIf(!haveDatabase)("TLS", () => {
  const dir = mkdtempSync(join(tmpdir(), "hoop-tls-"));
  let tlsGw: RunningGateway;
  let plainGw: TestGateway;
  let token: string;

  beforeAll(async () => {
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-days", "1", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")], { stdio: "ignore" });
    plainGw = await startTestGateway(TEST_POLICY);
    const yaml = `listeners:\n  - protocol: postgres\n    address: 127.0.0.1:15432\n    tls: { cert: cert.pem, key: key.pem }\nconnections:\n  - name: payments\n    protocol: postgres\n    upstream: env:UP\npolicy:\n  folder: ${plainGw.dir}\nstateDir: ./state\napi:\n  enabled: false\n`;
    const config = parseConfig(yaml, join(dir, "gateway.yaml"), {});
    tlsGw = await startGateway(config, { env: { UP: upstreamUrl() }, postgresPort: 0 });
    token = await issueToken(config.tokens, loadOrCreateSigningKey(config.tokens.keyFile), { sub: "agent-7", kind: "agent", groups: ["agents"] });
  });
  afterAll(async () => {
    await tlsGw?.close();
    await plainGw?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const psql = (port: number, tok: string, sslmode: string) =>
    run("psql", ["-X", "-tA", `host=127.0.0.1 port=${port} dbname=payments user=agent-7 sslmode=${sslmode}`, "-c", "SELECT 1"], { env: { ...process.env, PGPASSWORD: tok } }).then(
      (r) => ({ ok: true, out: r.stdout + r.stderr }),
      (e) => ({ ok: false, out: String(e.stdout) + String(e.stderr) }),
    );

  it("negotiates TLS when a certificate is configured", async () => {
    const r = await psql(tlsGw.postgres[0]!.port, token, "require");
    expect(r.ok, r.out).toBe(true);
  });

  it("answers an SSLRequest with N when none is configured", async () => {
    const tok = await plainGw.token();
    const required = await psql(plainGw.port, tok, "require");
    expect(required.ok).toBe(false);
    expect(required.out).toMatch(/server does not support SSL/);
    expect((await psql(plainGw.port, tok, "prefer")).ok).toBe(true);
  });
});
