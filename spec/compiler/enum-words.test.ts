import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/index.js";

const ctx = (protocol: "postgres" | "ssh") => ({
  principal: { id: "a", kind: "agent" as const, groups: [], attributes: {} },
  connection: { name: "c", protocol, tags: {} },
  session: { id: "s", startedAt: "2026-01-05T10:00:00Z", sourceIp: "127.0.0.1" },
  time: "2026-01-05T10:00:00Z",
});

describe("a bare word that spells a request section", () => {
  for (const cond of ["connection.protocol == ssh", "ssh == connection.protocol", "connection.protocol in [ssh]"]) {
    it(`is the enum value where one is expected: ${cond}`, () => {
      const r = compileSource(`rule r { allow when ${cond} }\n`);
      expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(r.policy!.decide(ctx("ssh")).effect).toBe("allow");
      expect(r.policy!.decide(ctx("postgres")).effect).toBe("deny");
    });
  }
});
