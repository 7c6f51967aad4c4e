// Credentials and tokens never reach the audit log, wherever in a record they turn up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AuditLog, CheckpointSigner, SecretScrubber, canonicalJson, type AuditRecordInput } from "../../runtime/audit/index.js";
import { SqliteStateStore } from "../../runtime/stores/sqlite.js";

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const chars = (alphabet: string, min = 12, max = 40) =>
  fc.array(fc.constantFrom(...alphabet.split("")), { minLength: min, maxLength: max }).map((a) => a.join(""));
const b64url = (s: string) => Buffer.from(s).toString("base64url");

/** A secret and a record that carries it somewhere a careless gateway might put it. */
const carriers: fc.Arbitrary<{ secret: string; known: boolean; build: (s: string) => AuditRecordInput }> = fc.oneof(
  chars(alnum + "-._~!$&'()*+,;=%").map((secret) => ({ secret, known: false, build: (s: string) => req(`\\connect postgres://gateway:${s}@127.0.0.1:5432/payments`) })),
  // Bearer tokens (RFC 6750 b64token); real ones always mix in digits or symbols.
  fc.tuple(chars(alnum + "-._~+/"), fc.constantFrom(..."0123456789-._~+/".split(""))).map(([t, d]) => t + d)
    .map((secret) => ({ secret, known: false, build: (s: string) => req("GET /api/v1/pods", { headers: { "x-trace": "1", note: `sent with Bearer ${s}` } }) })),
  chars(alnum + "-._~+/=", 4, 40).map((secret) => ({ secret, known: false, build: (s: string) => req("GET /api/v1/pods", { headers: { "x-trace": "1", note: `Authorization: Basic ${s}` } }) })),
  chars(alnum + "-_").map((secret) => ({ secret, known: false, build: (s: string) => req(`token was eyJhbGciOiJFZERTQSJ9.${b64url(`{"sub":"${s}"}`)}.${s}`) })),
  chars(alnum + "!#%^*()[]{}<>?|:").map((secret) => ({ secret, known: false, build: (s: string) => req(`ALTER ROLE reporting PASSWORD '${s}'`) })),
  chars(alnum + "!#%^*()[]{}<>?|:@/").map((secret) => ({ secret, known: false, build: (s: string) => req(`connect with host=db password=${s} dbname=payments`) })),
  fc.string({ unit: "binary", minLength: 8, maxLength: 40 }).map((secret) => ({ secret, known: false, build: (s: string) => req("SELECT 1", { attrs: { password: s, nested: [{ apiKey: s }], clientSecret: s } }) })),
  fc.string({ unit: "binary", minLength: 8, maxLength: 40 }).map((secret) => ({ secret, known: true, build: (s: string) => req(`SELECT * FROM t WHERE note = '${s}'`, { error: `upstream said: bad password ${s}` }) })),
);

function req(text: string, extra: { headers?: Record<string, string>; attrs?: Record<string, unknown>; error?: string } = {}): AuditRecordInput {
  return {
    type: "request", principal: { id: "agent-7", kind: "agent", groups: ["agents"], attributes: extra.attrs ?? {} },
    connection: { name: "payments", protocol: "postgres" }, sessionId: "s-1", requestId: "r-1", protocol: "postgres", text,
    analysis: { headers: extra.headers, parseError: extra.error },
    decision: { effect: "allow", rules: ["p.r"], reason: "ok", masks: [] },
  };
}

const leaks = (text: string, secret: string) => text.includes(secret) || text.includes(JSON.stringify(secret).slice(1, -1));

describe("secret scrubbing", () => {
  it("no random secret survives in a scrubbed record", () => {
    fc.assert(
      fc.property(carriers, ({ secret, known, build }) => {
        // The secret must not occur in the record for other reasons (then it is no secret of the record's).
        fc.pre(!leaks(canonicalJson(build("\u0000")), secret) && !"[redacted]".includes(secret));
        const scrubber = new SecretScrubber();
        if (known) scrubber.register(secret);
        const out = canonicalJson(scrubber.scrub(build(secret)));
        expect(leaks(out, secret), out).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("the one-pass canonical form equals canonical JSON of the scrubbed copy", () => {
    const keyish = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("password", "apiKey", "token", "Authorization", "maskedCells", "note", "dsn"));
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: "small" }, fc.string(), fc.constantFrom("Bearer abc123def456ghi", "postgres://u:pw12345@h/db", "eyJhbGciOi.eyJzdWIiOi.sig"),
        fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie("v"), { maxLength: 4 }), fc.dictionary(keyish, tie("v"), { maxKeys: 5 })),
    })).v;
    fc.assert(
      fc.property(value, fc.string({ minLength: 6, maxLength: 12 }), (v, known) => {
        const s = new SecretScrubber();
        s.register(known);
        expect(s.canonical(v)).toBe(canonicalJson(s.scrub(v)));
      }),
      { numRuns: 500 },
    );
  });

  it("…also for records that splice fragments, fresh or made before a secret was learnt", () => {
    const keyish = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("password", "token", "note", "text", "a", "b"));
    // `frag` marks a subtree to be turned into a fragment; `undef` an absent field.
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: "small" }, fc.string({ maxLength: 10 }), fc.constantFrom("Bearer abc123def456ghi", "eyJhbGciOi.eyJzdWIiOi.sig", "s3cr3t-value"),
        fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date({ noInvalidDate: true }),
        fc.array(tie("v").filter((x) => x !== undefined), { maxLength: 3 }), fc.dictionary(keyish, tie("v"), { maxKeys: 4 }),
        tie("v").filter((x) => x !== undefined).map((x) => ({ frag: x }))),
    })).v;
    const root = fc.dictionary(keyish, value, { maxKeys: 6 });
    fc.assert(
      fc.property(root, fc.boolean(), (r, learnAfter) => {
        const s = new SecretScrubber();
        if (!learnAfter) s.register("s3cr3t-value");
        const materialise = (x: unknown): unknown => {
          if (Array.isArray(x)) return x.map(materialise);
          if (x && typeof x === "object" && !(x instanceof Date)) {
            const o = x as Record<string, unknown>;
            if (Object.keys(o).length === 1 && "frag" in o) {
              const inner = materialise(o.frag);
              try {
                return s.fragment(inner);
              } catch {
                return inner; // no JSON form (NaN, Infinity): stays a value, and must fail below
              }
            }
            return Object.fromEntries(Object.entries(o).map(([k, y]) => [k, materialise(y)]));
          }
          return x;
        };
        const rec = materialise(r);
        if (learnAfter) s.register("s3cr3t-value");
        let expected: string | Error;
        try {
          expected = canonicalJson(s.scrub(rec));
        } catch (e) {
          expected = e as Error;
        }
        if (expected instanceof Error) expect(() => s.canonical(rec)).toThrow();
        else expect(s.canonical(rec)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("leaves ordinary statements alone", () => {
    const s = new SecretScrubber();
    const sql = "SELECT full_name, email FROM customers WHERE id = 1 AND note = 'password reset requested'";
    expect(s.scrubString(sql)).toBe(sql);
    expect(s.scrub({ maskedCells: 3, rows: 2 })).toEqual({ maskedCells: 3, rows: 2 });
    expect(s.scrubString("token signature invalid; basic authentication refused")).toBe("token signature invalid; basic authentication refused");
  });

  describe("through the log", () => {
    let dir: string;
    let store: SqliteStateStore;
    let log: AuditLog;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "hoop-secrets-"));
      store = SqliteStateStore.open(dir);
      log = await AuditLog.open({ store: store.audit, signer: CheckpointSigner.fromStateDir(dir), checkpointIntervalMs: 0 });
    });
    afterAll(async () => {
      await log.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it("never writes a secret to the state directory", async () => {
      const secrets: string[] = [];
      await fc.assert(
        fc.asyncProperty(carriers, async ({ secret, known, build }) => {
          fc.pre(!leaks(canonicalJson(build("\u0000")), secret) && !"[redacted]".includes(secret) && !/^[0-9a-f]+$/.test(secret));
          if (known) log.scrubber.register(secret);
          const { seq } = await log.append(build(secret));
          const e = await store.audit.entry(seq);
          expect(leaks(e!.rec, secret)).toBe(false);
          if (/^[\x20-\x7e]+$/.test(secret)) secrets.push(secret);
        }),
        { numRuns: 200 },
      );
      await log.flush();
      const bytes = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString("latin1")).join("");
      for (const s of secrets) expect(bytes.includes(s), s).toBe(false);
    });
  });
});
