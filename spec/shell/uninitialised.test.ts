// Before initShellAnalyzer() has loaded the parser, every answer is opaque, never read-only.
import { expect, it } from "vitest";
import { analyzeShell } from "../../runtime/shell/index.js";

it("fails closed when the analyzer is not initialised", () => {
  const f = analyzeShell("ls");
  expect(f.categories).toEqual(["opaque"]);
  expect(f.readOnly).toBe(false);
  expect(f.parseError).toMatch(/not initialised/);
});
