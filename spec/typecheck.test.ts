import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";

it("the whole project type-checks under strict TypeScript", () => {
  const r = spawnSync("npx", ["--no-install", "tsc", "-p", "tsconfig.json", "--noEmit"], { encoding: "utf8" });
  expect(r.stdout + r.stderr).toBe("");
  expect(r.status).toBe(0);
}, 240_000);
