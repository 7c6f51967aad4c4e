// The operator's commands end to end on a real state directory: export → verify offline → tamper
// → verify fails with the seq; report in HTML and Markdown; replay of a recorded session.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIO } from "../../runtime/cli/args.js";
import { auditCommand } from "../../proxy/cli/audit.js";
import { replayCommand } from "../../proxy/cli/replay.js";
import { AuditLog, CheckpointSigner } from "../../runtime/audit/index.js";
import { ApprovalService } from "../../runtime/approvals/index.js";
import { SessionRecorder } from "../../runtime/recording/index.js";
import { SqliteStateStore } from "../../runtime/stores/sqlite.js";
import type { Principal } from "../../compiler/context/types.js";
import { seedSession } from "./_seed.js";

function bufferIO(): CliIO & { stdout: string; stderr: string } {
  const io = { stdout: "", stderr: "", isTTY: false, out(t: string) { io.stdout += t; }, err(t: string) { io.stderr += t; }, readStdin: async () => "" };
  return io;
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hoop-cli-"));
  await seedSession(join(dir, "state"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const state = () => ["--state-dir", join(dir, "state")];

describe("gateway audit", () => {
  it("exports JSONL that verifies offline, and names the first bad seq after tampering", async () => {
    const out = join(dir, "audit.jsonl");
    const io = bufferIO();
    expect(await auditCommand.run(["export", "--format", "jsonl", "--out", out, ...state()], io)).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("alice@bank.example");
    expect(text).toContain("SELECT full_name FROM customers");
    const ok = bufferIO();
    expect(await auditCommand.run(["verify", "--file", out], ok)).toBe(0);
    expect(ok.stdout).toMatch(/^ok: \d+ entries/);

    const lines = text.split("\n");
    const mid = Math.floor(lines.length / 2);
    const target = lines.findIndex((l, i) => i >= mid && l.includes("agent-7"));
    lines[target] = lines[target]!.replace("agent-7", "agent-8");
    writeFileSync(join(dir, "edited.jsonl"), lines.join("\n"));
    const bad = bufferIO();
    expect(await auditCommand.run(["verify", "--file", join(dir, "edited.jsonl")], bad)).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`^FAIL: seq ${target} \\(line ${target + 1}\\): .*edited`));
  });

  it("verifies with a pinned public key and refuses a foreign one", async () => {
    const out = join(dir, "audit2.jsonl");
    await auditCommand.run(["export", "--out", out, ...state()], bufferIO());
    const key = bufferIO();
    await auditCommand.run(["key", ...state()], key);
    writeFileSync(join(dir, "pub.pem"), key.stdout.slice(key.stdout.indexOf("-----BEGIN")));
    expect(await auditCommand.run(["verify", "--file", out, "--pubkey", join(dir, "pub.pem")], bufferIO())).toBe(0);
    const other = CheckpointSigner.generate();
    writeFileSync(join(dir, "other.pem"), `-----BEGIN PUBLIC KEY-----\n${other.publicKey}\n-----END PUBLIC KEY-----\n`);
    expect(await auditCommand.run(["verify", "--file", out, "--pubkey", join(dir, "other.pem")], bufferIO())).toBe(1);
  });

  it("shows a progress bar only on a terminal", async () => {
    const out = join(dir, "audit-tty.jsonl");
    await auditCommand.run(["export", "--out", out, ...state()], bufferIO());
    const tty = { ...bufferIO(), isTTY: true };
    const io = Object.assign(tty, { out(t: string) { tty.stdout += t; }, err(t: string) { tty.stderr += t; } });
    expect(await auditCommand.run(["verify", "--file", out], io)).toBe(0);
    expect(io.stderr).toContain("verifying [##############################] 100%");
    const plain = bufferIO();
    await auditCommand.run(["verify", "--file", out], plain);
    expect(plain.stderr).toBe("");
  });

  it("verifies the store and exports CSV", async () => {
    const io = bufferIO();
    expect(await auditCommand.run(["verify", "--store", ...state()], io)).toBe(0);
    const csv = bufferIO();
    expect(await auditCommand.run(["export", "--format", "csv", ...state()], csv)).toBe(0);
    expect(csv.stdout.split("\r\n")[0]).toBe("seq,at,type,session_id,principal,acting_for,connection,summary,hash,prev,record");
    expect(csv.stdout).toContain("alice@bank.example");
  });

  it("exports a day's range and says when a usage is wrong", async () => {
    const io = bufferIO();
    expect(await auditCommand.run(["export", "--from", "2026-03-02", "--to", "2026-03-02", ...state()], io)).toBe(0);
    expect(io.stdout.split("\n").filter((l) => l.startsWith('{"hash"')).length).toBeGreaterThan(5);
    const none = bufferIO();
    await auditCommand.run(["export", "--from", "2027-01-01", ...state()], none);
    expect(none.stdout.split("\n").filter((l) => l.startsWith('{"hash"')).length).toBe(0);
    await expect(auditCommand.run(["export", "--from", "yesterday-ish", ...state()], bufferIO())).rejects.toThrow(/not a date/);
    await expect(auditCommand.run(["verify"], bufferIO())).rejects.toThrow(/--file/);
  });

  it("writes a report grouped for the examiner, in HTML and Markdown", async () => {
    const md = bufferIO();
    expect(await auditCommand.run(["report", "--format", "md", ...state()], md)).toBe(0);
    const sections = ["## Integrity of this record", "## 1. Authentication", "## 2. Authorization decisions", "## 3. Activity", "## 4. Approvals", "## 5. Policy changes"];
    let pos = -1;
    for (const s of sections) {
      const at = md.stdout.indexOf(s);
      expect(at, s).toBeGreaterThan(pos);
      pos = at;
    }
    expect(md.stdout).toContain("Chain verified");
    expect(md.stdout).toContain("agent-7 (agent) for alice@bank.example (human)");
    expect(md.stdout).toMatch(/pending → approved \| bob@bank.example/);
    expect(md.stdout).toContain("payments.no_unbounded_writes");
    const html = join(dir, "report.html");
    expect(await auditCommand.run(["report", "--format", "html", "--out", html, ...state()], bufferIO())).toBe(0);
    const page = readFileSync(html, "utf8");
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<section id="approvals">');
    expect(page).not.toContain("<script");
    expect(page).toContain("DELETE FROM transactions");
    // Statement text is escaped, never markup.
    expect(page).toContain("&#60;b&#62;not bold&#60;/b&#62;");
    expect(page).not.toContain("<b>not bold");
    if (process.env.HOOP_REPORT_SAMPLE) writeFileSync(process.env.HOOP_REPORT_SAMPLE, page);
  });

  it("builds the report from an export file, stating whether it verified", async () => {
    const out = join(dir, "audit3.jsonl");
    await auditCommand.run(["export", "--out", out, ...state()], bufferIO());
    const md = bufferIO();
    expect(await auditCommand.run(["report", "--format", "md", "--file", out], md)).toBe(0);
    expect(md.stdout).toContain("Chain verified");
    const t = readFileSync(out, "utf8").split("\n");
    t.splice(5, 1);
    writeFileSync(out, t.join("\n"));
    const bad = bufferIO();
    await auditCommand.run(["report", "--format", "md", "--file", out], bad);
    expect(bad.stdout).toContain("CHAIN VERIFICATION FAILED at seq 5");
  });
});

describe("gateway replay", () => {
  it("replays a session: requests, decisions, masked results, approvals", async () => {
    const io = bufferIO();
    expect(await replayCommand.run(["sess-1", ...state()], io)).toBe(0);
    const out = io.stdout;
    expect(out).toMatch(/session sess-1 #\d+: agent-7 \(agent\) for alice@bank.example \(human\) on payments from 10.0.0.7/);
    expect(out.indexOf("SELECT full_name")).toBeLessThan(out.indexOf("DELETE FROM transactions"));
    expect(out).toContain("→ DENY by payments.no_unbounded_writes");
    expect(out).toContain("***-**-6789");
    expect(out).toContain("… 25 rows in all, first 20 recorded");
    expect(out).toMatch(/approval apr_\S+ #\d+: pending → approved by bob@bank.example/);
  });

  it("writes terminal output as asciicast v2 and replays it in real time", async () => {
    const cast = join(dir, "ssh.cast");
    const io = bufferIO();
    const t0 = Date.now();
    expect(await replayCommand.run(["sess-ssh", "--realtime", "--speed", "4", "--cast", cast, ...state()], io)).toBe(0);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(200);
    expect(io.stdout).toContain("total 0\r\n");
    const [header, ...events] = readFileSync(cast, "utf8").trim().split("\n");
    expect(JSON.parse(header!)).toMatchObject({ version: 2, width: 120, height: 40 });
    expect(events.map((l) => (JSON.parse(l) as unknown[])[1])).toEqual(["i", "o", "o"]);
  });

  it("says so when the session is unknown", async () => {
    const io = bufferIO();
    expect(await replayCommand.run(["nope", ...state()], io)).toBe(1);
    expect(io.stderr).toContain("no session nope");
  });
});

export type { Principal, AuditLog, ApprovalService, SessionRecorder, SqliteStateStore };
