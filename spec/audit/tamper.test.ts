// Any single edit, deletion, insertion, reordering or tail truncation of an export is detected;
// the untouched export always verifies.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AuditLog, CheckpointSigner, exportAudit, verifyExportText } from "../../runtime/audit/index.js";
import { SqliteStateStore } from "../../runtime/stores/sqlite.js";
import { request } from "../stores/_suite.js";

let dir: string;
let text = "";
let lines: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hoop-tamper-"));
  const store = SqliteStateStore.open(dir);
  const log = await AuditLog.open({ store: store.audit, signer: CheckpointSigner.fromStateDir(dir), checkpointEvery: 7, checkpointIntervalMs: 0 });
  await Promise.all(Array.from({ length: 40 }, (_, i) => log.append(request(i, `s-${i % 3}`))));
  await log.append({ type: "session.end", principal: null, connection: null, sessionId: "s-1", reason: "client closed" });
  await log.close();
  await exportAudit(store.audit, CheckpointSigner.fromStateDir(dir), { format: "jsonl" }, (c) => { text += c; });
  await store.close();
  lines = text.split("\n");
  lines.pop();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const join_ = (ls: string[]) => ls.map((l) => l + "\n").join("");

describe("export tampering", () => {
  it("the untouched export verifies", () => {
    const v = verifyExportText(text);
    expect(v.problem).toBeUndefined();
    expect(v.entries).toBe(lines.length - 2);
    expect(v.checkpoints).toBeGreaterThanOrEqual(5);
  });

  it("any single character edit is detected", () => {
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.integer({ min: 32, max: 0x24f }), (pos, code) => {
        const ch = String.fromCharCode(code);
        fc.pre(text[pos] !== ch);
        const edited = text.slice(0, pos) + ch + text.slice(pos + 1);
        expect(verifyExportText(edited).ok).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it("the last base64 character of a signature cannot be changed unnoticed", () => {
    const end = lines[lines.length - 1]!;
    const m = /"signature":"([^"]+)"/.exec(end)!;
    const sig = m[1]!;
    const last = sig.replace(/=+$/, "");
    for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") {
      const forged = last.slice(0, -1) + c + sig.slice(last.length);
      if (forged === sig) continue;
      const t = join_([...lines.slice(0, -1), end.replace(sig, forged)]);
      expect(verifyExportText(t).ok).toBe(false);
    }
  });

  it("deleting any line is detected, with the seq where the chain breaks", () => {
    fc.assert(
      fc.property(fc.nat(lines.length - 1), (i) => {
        const v = verifyExportText(join_(lines.filter((_, k) => k !== i)));
        expect(v.ok).toBe(false);
        if (i > 0 && i < lines.length - 1) expect(v.problem!.seq).toBe(i);
      }),
      { numRuns: 200 },
    );
  });

  it("inserting any line anywhere is detected", () => {
    const candidate = fc.oneof(
      fc.nat(lines.length - 1).map((k) => lines[k]!),
      fc.string({ maxLength: 80 }).filter((s) => !s.includes("\n")),
    );
    fc.assert(
      fc.property(fc.nat(lines.length), candidate, (at, line) => {
        const t = join_([...lines.slice(0, at), line, ...lines.slice(at)]);
        expect(verifyExportText(t).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("swapping or moving any two lines is detected", () => {
    fc.assert(
      fc.property(fc.nat(lines.length - 1), fc.nat(lines.length - 1), fc.boolean(), (i, j, move) => {
        fc.pre(i !== j && lines[i] !== lines[j]);
        const ls = [...lines];
        if (move) ls.splice(j, 0, ...ls.splice(i, 1));
        else [ls[i], ls[j]] = [ls[j]!, ls[i]!];
        expect(verifyExportText(join_(ls)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("cutting off the tail at any line is detected", () => {
    for (let keep = 0; keep < lines.length; keep++) {
      const v = verifyExportText(join_(lines.slice(0, keep)));
      expect(v.ok, `keeping ${keep} lines`).toBe(false);
    }
  });

  it("an export re-signed with another key is refused when the operator's key is pinned", () => {
    const header = JSON.parse(lines[0]!) as { header: { keys: { publicKey: string }[] } };
    const other = CheckpointSigner.generate();
    expect(verifyExportText(text, { trustedKeys: [other.publicKey] }).ok).toBe(false);
    expect(verifyExportText(text, { trustedKeys: header.header.keys.map((k) => k.publicKey) }).ok).toBe(true);
  });
});
