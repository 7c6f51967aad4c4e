// gateway.yaml: the example validates; every mistake is reported with the path of the bad field.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseConfig, parseDuration } from "../../runtime/config/index.js";

const base = `
listeners:
  - protocol: postgres
    address: 127.0.0.1:15432
connections:
  - name: payments
    protocol: postgres
    upstream: env:PAYMENTS_DATABASE_URL
    tags: { environment: production }
policy:
  folder: .
`;

function issues(text: string): string[] {
  try {
    parseConfig(text, "/tmp/x/gateway.yaml", {});
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  return [];
}

describe("gateway config", () => {
  it("loads the example and resolves defaults and paths", () => {
    const c = loadConfig("policies-examples/ffiec-payments/gateway.yaml", { GATEWAY_STATE_DIR: "/tmp/state-x" });
    expect(c.listeners[0]).toMatchObject({ protocol: "postgres", host: "127.0.0.1", port: 15432 });
    expect(c.connections[0]).toMatchObject({ name: "payments", protocol: "postgres", upstream: "env:PAYMENTS_DATABASE_URL" });
    expect(c.stateDir).toBe("/tmp/state-x");
    expect(c.api).toMatchObject({ host: "127.0.0.1", port: 8009 });
    expect(c.policy.folder).toMatch(/policies-examples\/ffiec-payments$/);
  });

  it("names the path of each bad field", () => {
    expect(issues(base)).toEqual([]);
    expect(issues(base.replace("127.0.0.1:15432", "0.0.0.0:15432"))).toEqual([expect.stringMatching(/^\/listeners\/0\/address: /)]);
    expect(issues(base.replace("protocol: postgres\n    upstream", "protocol: mysql\n    upstream"))).toEqual([expect.stringMatching(/^\/connections\/0\/protocol: must be one of/)]);
    expect(issues(base + "tokens:\n  maxTtl: forever\n")).toEqual([expect.stringMatching(/^\/tokens\/maxTtl: /)]);
    expect(issues(base + "colour: blue\n")).toEqual(["/colour: is not a known field"]);
    expect(issues(base.replace("policy:\n  folder: .", ""))).toEqual(["/policy: is required"]);
    expect(issues(base.replace("upstream: env:PAYMENTS_DATABASE_URL", "upstream: env:X\n    credentials: { password: hunter22 }"))).toEqual([expect.stringMatching(/^\/connections\/0\/credentials\/password: /)]);
    expect(issues(base.replace("    address: 127.0.0.1:15432", "    address: 127.0.0.1:15432\n    connection: nope"))).toEqual(["/listeners/0/connection: no connection named 'nope'"]);
    expect(issues("listeners: [")[0]).toMatch(/line/);
  });

  it("parses durations", () => {
    expect(parseDuration("15m")).toBe(900);
    expect(parseDuration("2h")).toBe(7200);
    expect(() => parseDuration("15 minutes")).toThrow();
  });

  it("keeps literal passwords out of the config", () => {
    const settings = readFileSync("policies-examples/ffiec-payments/gateway.yaml", "utf8").split("\n").filter((l) => !l.trim().startsWith("#")).join("\n");
    expect(settings).not.toMatch(/postgres:\/\/[^$\s]*:[^@\s]+@/);
  });
});
