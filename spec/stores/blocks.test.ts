// The embedded store's block layout: encoding round-trips any entry, a damaged block never decodes
// into an entry that verifies, and a state file written one row per entry is moved into blocks.
// Session recordings are kept in blocks too, read alongside the one-row-per-event table of older files.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../runtime/audit/canonical.js";
import { chainEntry, GENESIS_HASH, type StoredEntry } from "../../runtime/audit/chain.js";
import { AuditLog, CheckpointSigner, verifyStore, type AuditRecordInput } from "../../runtime/audit/index.js";
import { BLOCK_ENTRIES, decodeBlock, encodeBlock, encodeBlocks } from "../../runtime/stores/audit-blocks.js";
import { SqliteStateStore, SQLITE_FILE } from "../../runtime/stores/sqlite.js";
import { SESSION_WINDOW } from "../../runtime/stores/sqlite-audit.js";
import type { RecordingEvent } from "../../runtime/stores/types.js";

const recordArb = fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("seq", "rec", "hash")), fc.jsonValue(), { maxKeys: 6 });
const chainArb = fc.array(
  fc.record({
    kind: fc.constantFrom("request", "session.start", "approval", "checkpoint"),
    rec: recordArb,
    at: fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
    sessionId: fc.option(fc.string({ unit: "binary" }), { nil: null }),
  }),
  { minLength: 1, maxLength: 40 },
).map((items) => {
  let tail = { seq: 0, hash: GENESIS_HASH };
  return items.map((it) => (tail = chainEntry(tail, it.kind, canonicalJson(it.rec), it.at, it.sessionId)));
});

describe("audit blocks", () => {
  it("decode(encode(entries)) gives back every field of every entry", () => {
    fc.assert(fc.property(chainArb, (entries) => {
      expect(decodeBlock(encodeBlock(entries).data)).toEqual(entries);
    }), { numRuns: 300 });
  });

  it("records the block's bounds, time range and sessions", () => {
    fc.assert(fc.property(chainArb, (entries) => {
      const b = encodeBlock(entries);
      const ats = entries.map((e) => e.at).sort();
      expect([b.firstSeq, b.lastSeq, b.lastHash]).toEqual([entries[0]!.seq, entries.at(-1)!.seq, entries.at(-1)!.hash]);
      expect([b.atMin, b.atMax]).toEqual([ats[0], ats.at(-1)]);
      expect(new Set(b.sessions)).toEqual(new Set(entries.flatMap((e) => (e.sessionId === null ? [] : [e.sessionId]))));
    }), { numRuns: 100 });
  });

  it("splits long runs into blocks of at most BLOCK_ENTRIES", () => {
    let tail = { seq: 0, hash: GENESIS_HASH };
    const entries = Array.from({ length: BLOCK_ENTRIES * 2 + 3 }, (_, i) => (tail = chainEntry(tail, "request", `{"i":${i}}`, "2026-01-01T00:00:00.000Z", null)));
    const blocks = encodeBlocks(entries);
    expect(blocks.map((b) => [b.firstSeq, b.lastSeq])).toEqual([[1, BLOCK_ENTRIES], [BLOCK_ENTRIES + 1, 2 * BLOCK_ENTRIES], [2 * BLOCK_ENTRIES + 1, 2 * BLOCK_ENTRIES + 3]]);
    expect(blocks.flatMap((b) => decodeBlock(b.data))).toEqual(entries);
  });

  it("a damaged block decodes into entries, never throws, and the damage cannot pass as the original", () => {
    fc.assert(fc.property(chainArb, fc.nat(), fc.string({ minLength: 1, maxLength: 3 }), (entries, at, junk) => {
      const data = encodeBlock(entries).data;
      const pos = at % data.length;
      const damaged = data.slice(0, pos) + junk + data.slice(pos + 1);
      fc.pre(damaged !== data);
      const decoded = decodeBlock(damaged);
      expect(decoded).not.toEqual(entries);
    }), { numRuns: 300 });
  });
});

describe("state written one row per entry", () => {
  it("is moved into blocks when the store opens, and still verifies", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hoop-migrate-"));
    try {
      const db = new Database(join(dir, SQLITE_FILE));
      db.exec(`CREATE TABLE audit_entries (seq INTEGER PRIMARY KEY, prev TEXT NOT NULL, hash TEXT NOT NULL, kind TEXT NOT NULL,
        at TEXT NOT NULL, session_id TEXT, rec TEXT NOT NULL)`);
      const ins = db.prepare("INSERT INTO audit_entries VALUES (?, ?, ?, ?, ?, ?, ?)");
      let tail = { seq: 0, hash: GENESIS_HASH };
      const old: StoredEntry[] = [];
      for (let i = 0; i < 600; i++) {
        const e = chainEntry(tail, "request", canonicalJson({ type: "request", i }), new Date(1_770_000_000_000 + i * 1000).toISOString(), `s-${i % 3}`);
        ins.run(e.seq, e.prev, e.hash, e.kind, e.at, e.sessionId, e.rec);
        old.push((tail = e));
      }
      db.close();

      const store = SqliteStateStore.open(dir);
      try {
        const v = await verifyStore(store.audit);
        expect(v.problem).toBeUndefined();
        expect(v.entries).toBe(600);
        const all: StoredEntry[] = [];
        for await (const page of store.audit.entries(1, 600, 128)) all.push(...page);
        expect(all).toEqual(old);
        expect(await store.audit.sessionEntries("s-1")).toEqual(old.filter((e) => e.sessionId === "s-1"));
        expect(await store.audit.entry(300)).toEqual(old[299]);
        expect(await store.audit.seqRange(old[100]!.at, old[450]!.at)).toEqual({ first: 101, last: 451 });
        expect(await store.audit.tail()).toEqual({ seq: 600, hash: old[599]!.hash });
      } finally {
        await store.close();
      }
      const check = new Database(join(dir, SQLITE_FILE));
      expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'audit_entries'").get()).toEqual({ n: 0 });
      check.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("recordings in blocks", () => {
  const event = (sessionId: string, n: number, kind: RecordingEvent["kind"] = "output", data: Record<string, unknown> = { data: `line ${n}\t"x"\n` }): RecordingEvent =>
    ({ sessionId, n, at: new Date(1_770_000_000_000 + n * 1000).toISOString(), kind, data });

  it("reads events recorded one row per event before blocks, then continues after them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hoop-rec-old-"));
    try {
      // A state file of the layout before recording blocks: the per-event table only.
      await SqliteStateStore.open(dir).close();
      const db = new Database(join(dir, SQLITE_FILE));
      db.exec("DROP TABLE recording_blocks");
      const ins = db.prepare("INSERT INTO recording_events VALUES (?, ?, ?, ?, ?)");
      const old = [event("a", 1, "note", { started: true }), event("a", 2), event("b", 1)];
      for (const e of old) ins.run(e.sessionId, e.n, e.at, e.kind, JSON.stringify(e.data));
      db.close();

      // Read-only, as the CLI opens it: the old table alone.
      const ro = SqliteStateStore.open(dir, { readonly: true });
      try {
        expect(await ro.recordings.events("a")).toEqual(old.slice(0, 2));
        expect(await ro.recordings.lastN("a")).toBe(2);
      } finally {
        await ro.close();
      }

      const store = SqliteStateStore.open(dir);
      try {
        expect(await store.recordings.lastN("a")).toBe(2);
        await expect(store.recordings.append([event("a", 2)])).rejects.toThrow(/already stored/);
        const later = [event("a", 3), event("a", 4, "result", { rows: [["1", null]] })];
        await store.recordings.append([...later, event("c", 1)]);
        expect(await store.recordings.events("a")).toEqual([...old.slice(0, 2), ...later]);
        expect(await store.recordings.lastN("a")).toBe(4);
        const sessions = await store.recordings.sessions();
        expect(sessions.find((s) => s.sessionId === "a")).toEqual({ sessionId: "a", events: 4, firstAt: old[0]!.at, lastAt: later[1]!.at });
        expect(sessions.map((s) => s.sessionId).sort()).toEqual(["a", "b", "c"]);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps one row per session per write and refuses numbers out of order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hoop-rec-blocks-"));
    try {
      const store = SqliteStateStore.open(dir);
      try {
        await store.recordings.append([event("s", 1), event("t", 1), event("s", 2), event("s", 3)]);
        await store.recordings.append([event("s", 4)]);
        expect((await store.recordings.events("s")).map((e) => e.n)).toEqual([1, 2, 3, 4]);
        expect((await store.recordings.events("s"))[1]).toEqual(event("s", 2));
        await expect(store.recordings.append([event("u", 2), event("u", 1)])).rejects.toThrow(/out of order/);
        await expect(store.recordings.append([event("s", 3)])).rejects.toThrow(/already stored/);
        expect(await store.recordings.lastN("u")).toBe(0);
      } finally {
        await store.close();
      }
      const db = new Database(join(dir, SQLITE_FILE), { readonly: true });
      expect(db.prepare("SELECT session_id, first_n, last_n, events FROM recording_blocks ORDER BY session_id, first_n").all()).toEqual([
        { session_id: "s", first_n: 1, last_n: 3, events: 3 },
        { session_id: "s", first_n: 4, last_n: 4, events: 1 },
        { session_id: "t", first_n: 1, last_n: 1, events: 1 },
      ]);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("finding a session's entries", () => {
  it("finds every entry of every session written by two connections, with an index row per window rather than per block", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hoop-session-index-"));
    try {
      const a = SqliteStateStore.open(dir);
      const b = SqliteStateStore.open(dir);
      const signer = CheckpointSigner.fromStateDir(dir);
      const logs = [await AuditLog.open({ store: a.audit, signer, checkpointIntervalMs: 0 }), await AuditLog.open({ store: b.audit, signer, checkpointIntervalMs: 0 })];
      const record = (i: number): AuditRecordInput => ({ type: "request", principal: null, connection: null, sessionId: i % 11 === 0 ? null : `s-${i % 5}`, requestId: `r-${i}`, protocol: "postgres", text: `SELECT ${i}`, analysis: {}, decision: { effect: "allow", rules: [], reason: "", masks: [] } });
      // Batches of 1..40 records, alternating connections: blocks of many sizes, sessions spread over them.
      let i = 0;
      for (let round = 0; i < 3000; round++) {
        const n = 1 + ((round * 7) % 40);
        await Promise.all(Array.from({ length: n }, () => logs[round % 2]!.append(record(i++))));
      }
      for (const log of logs) await log.close();
      const all: StoredEntry[] = [];
      for await (const page of a.audit.entries(1, Number.MAX_SAFE_INTEGER)) all.push(...page);
      for (const session of ["s-0", "s-1", "s-2", "s-3", "s-4"]) {
        const expected = all.filter((e) => e.sessionId === session);
        expect(expected.length).toBeGreaterThan(400);
        expect(await a.audit.sessionEntries(session)).toEqual(expected);
        expect(await b.audit.sessionEntries(session)).toEqual(expected);
      }
      expect(await a.audit.sessionEntries("s-none")).toEqual([]);
      await a.close();
      await b.close();
      const db = new Database(join(dir, SQLITE_FILE), { readonly: true });
      const blocks = (db.prepare("SELECT count(*) AS n FROM audit_blocks").get() as { n: number }).n;
      const rows = (db.prepare("SELECT count(*) AS n FROM audit_block_sessions").get() as { n: number }).n;
      db.close();
      // Each session in most blocks, yet about one row per session, connection and window.
      expect(blocks).toBeGreaterThan(100);
      expect(rows).toBeLessThan(5 * 2 * (3000 / SESSION_WINDOW + 2) * 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
