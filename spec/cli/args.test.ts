import { describe, expect, it } from "vitest";
import { parseArgs, dispatch, UsageError, type CliIO } from "../../runtime/cli/args.js";

function bufferIO(): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    isTTY: false,
    out(t: string) { io.stdout += t; },
    err(t: string) { io.stderr += t; },
    readStdin: async () => "",
  };
  return io;
}

describe("argument parsing", () => {
  it("separates flags, flag values and positionals", () => {
    const a = parseArgs(["check", "--json", "--min-coverage", "80", "dir", "--x=1"], ["json"]);
    expect(a.positional).toEqual(["check", "dir"]);
    expect(a.flags.get("json")).toBe(true);
    expect(a.flags.get("min-coverage")).toBe("80");
    expect(a.flags.get("x")).toBe("1");
  });

  it("exits 2 on an unknown command and on a usage error", async () => {
    const io = bufferIO();
    expect(await dispatch("p", [], ["nope"], io)).toBe(2);
    expect(io.stderr).toContain("unknown command 'nope'");
    const cmd = { name: "c", summary: "", run: async () => { throw new UsageError("bad"); } };
    expect(await dispatch("p", [cmd], ["c"], io)).toBe(2);
  });
});
