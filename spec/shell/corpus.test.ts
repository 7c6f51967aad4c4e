// The corpus of commands with the categories they must get, including the known ways agents'
// command filters have been bypassed. Same rules as the acceptance check.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeShell, initShellAnalyzer } from "../../runtime/shell/index.js";

const rows = readFileSync(new URL("./corpus.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "" && !l.startsWith("#"))
  .map((l) => {
    const [command, want] = l.split("\t");
    return { raw: command!, command: command!.replaceAll("\\n", "\n"), want: want!.split(",") };
  });

beforeAll(async () => {
  await initShellAnalyzer();
});

describe("shell corpus", () => {
  it("holds at least 100 commands", () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
  });

  it.each(rows)("$raw → $want", ({ command, want }) => {
    const f = analyzeShell(command);
    const got = new Set(f.categories);
    for (const w of want) {
      if (w === "not-read-only") expect(got.has("read-only")).toBe(false);
      else if (w === "opaque") expect(got.has("opaque") || got.has("destructive"), `${[...got]}`).toBe(true);
      else expect([...got], `needs ${w}`).toContain(w);
    }
    if (want.length === 1 && want[0] === "read-only") {
      expect(f.categories).toEqual(["read-only"]);
      expect(f.readOnly).toBe(true);
    } else {
      expect(got.has("read-only")).toBe(false);
      expect(f.readOnly).toBe(false);
    }
    if (got.has("destructive")) expect(got.has("mutating")).toBe(true);
  });
});
