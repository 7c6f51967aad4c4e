// Binary-format values read for the content detectors: the decoders agree with the text PostgreSQL
// prints (checked against the real database through the types' send functions), and the row masker
// never passes a binary int8, array or record that carries a detectable value.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import type { Decision } from "../../compiler/context/types.js";
import { binaryText } from "../../runtime/masking/binary-text.js";
import { detect, luhn } from "../../runtime/masking/index.js";
import { createResultMasking } from "../../runtime/engine/masking-adapter.js";
import { PG_URL } from "../sql/helpers.js";
import { AGENT_MASKS, rawTextClient } from "./fixture.js";

const TEXT = 25, INT4 = 23, INT8 = 20, BOOL = 16, VARCHAR = 1043, TEXT_ARRAY = 1009, RECORD = 2249, RECORD_ARRAY = 2287;

const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const uint32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const int8 = (n: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(n);
  return b;
};
const part = (v: Buffer | null) => (v ? Buffer.concat([int32(v.length), v]) : int32(-1));
const array = (elem: number, items: (Buffer | null)[]) =>
  items.length === 0
    ? Buffer.concat([int32(0), int32(0), uint32(elem)])
    : Buffer.concat([int32(1), int32(items.includes(null) ? 1 : 0), uint32(elem), int32(items.length), int32(1), ...items.map(part)]);
const record = (fields: [number, Buffer | null][]) => Buffer.concat([int32(fields.length), ...fields.flatMap(([oid, v]) => [uint32(oid), part(v)])]);
const text = (s: string) => Buffer.from(s, "utf8");

const found = (oid: number, v: Buffer) => {
  const t = binaryText(oid, v);
  return t === undefined ? "unknown" : detect(t).map((f) => f.infoType);
};

/** The digit that makes `body` + digit pass the Luhn check (found with the detectors' own check). */
function luhnCheckDigit(body: string): string {
  return "0123456789".split("").find((d) => luhn(body + d))!;
}

// Card numbers of 13 to 18 digits (an int8 holds all of them), not starting with 0.
const card = fc.integer({ min: 13, max: 18 }).chain((n) =>
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n - 2, maxLength: n - 2 })).map(([first, rest]) => {
    const body = String(first) + rest.join("");
    return body + luhnCheckDigit(body);
  }));
const ssn = fc.tuple(fc.integer({ min: 1, max: 899 }).filter((a) => a !== 666), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
  .map(([a, g, s]) => `${String(a).padStart(3, "0")}-${String(g).padStart(2, "0")}-${String(s).padStart(4, "0")}`);
const word = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), minLength: 1, maxLength: 8 });
const email = fc.tuple(word, word, fc.constantFrom("com", "org", "example")).map(([l, d, t]) => `${l}@${d}.${t}`);
const iban = fc.tuple(fc.string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"), minLength: 4, maxLength: 4 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 14, maxLength: 14 }))
  .map(([bank, ds]) => {
    const bban = bank + ds.join("");
    const numeric = [...`${bban}GB00`].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join("");
    return `GB${String(98n - (BigInt(numeric) % 97n)).padStart(2, "0")}${bban}`;
  });
const secret = fc.oneof(card, card.map((c) => c.replace(/(\d{4})(?=\d)/g, "$1 ")), ssn, email, iban);
// A text carrying a secret, as a memo or a statistics bound would.
const carrier = fc.tuple(secret, fc.constantFrom(["", ""], ["card ", " declined"], ["refund to ", ""], ["(", ")"])).map(([s, [a, b]]) => a + s + b);
// Texts and numbers no detector can find anything in.
const harmless = fc.oneof(
  word.map((w) => ({ oid: TEXT, v: text(w) })),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map((n) => ({ oid: INT4, v: int32(n) })),
  fc.bigInt({ min: -(10n ** 11n), max: 10n ** 11n }).map((n) => ({ oid: INT8, v: int8(n) })),
  fc.boolean().map((b) => ({ oid: BOOL, v: Buffer.from([b ? 1 : 0]) })),
);
const filler = fc.oneof(harmless, fc.string().map((s) => ({ oid: VARCHAR, v: text(s) })));

describe("binaryText", () => {
  it("reads the three observed leaks", () => {
    const bounds = ["038-90-3177", "325-73-0790", "865-02-5162"];
    expect(found(TEXT_ARRAY, array(TEXT, bounds.map(text)))).toEqual(["ssn", "ssn", "ssn"]);
    expect(found(TEXT_ARRAY, array(TEXT, [text("card 4841383027007256 declined"), null]))).toEqual(["credit_card"]);
    expect(found(INT8, int8(4841383027007256n))).toEqual(["credit_card"]);
    expect(found(INT8, int8(-4841383027007256n))).toEqual(["credit_card"]);
  });

  it("reads numbers as PostgreSQL prints them, floats without an exponent", () => {
    const f8 = Buffer.alloc(8);
    f8.writeDoubleBE(4841383027007256);
    expect(binaryText(701, f8)).toBe("4841383027007256");
    f8.writeDoubleBE(-0.000125);
    expect(binaryText(701, f8)).toBe("-0.000125");
    const f4 = Buffer.alloc(4);
    f4.writeFloatBE(0.1);
    expect(binaryText(700, f4)).toBe("0.1");
    // 4841383027007256.70 as numeric: 4 groups before the point, weight 3, scale 2.
    const digits = [4841, 3830, 2700, 7256, 7000];
    const num = Buffer.alloc(8 + 2 * digits.length);
    num.writeInt16BE(digits.length, 0);
    num.writeInt16BE(3, 2);
    num.writeUInt16BE(0, 4);
    num.writeUInt16BE(2, 6);
    digits.forEach((d, i) => num.writeInt16BE(d, 8 + 2 * i));
    expect(binaryText(1700, num)).toBe("4841383027007256.70");
    expect(found(1700, num)).toEqual(["credit_card"]);
    const point = Buffer.alloc(16);
    point.writeDoubleBE(1.5, 0);
    point.writeDoubleBE(4841383027007256, 8);
    expect(binaryText(600, point)).toBe("1.5\n4841383027007256");
  });

  it("reads bytea as its bytes, json as its text and jsonb after its version byte", () => {
    expect(found(17, text("to 4841383027007256"))).toEqual(["credit_card"]);
    expect(found(114, text('{"e":"ann@bank.example"}'))).toEqual(["email"]);
    expect(found(3802, Buffer.concat([Buffer.from([1]), text('{"e":"ann@bank.example"}')]))).toEqual(["email"]);
  });

  it("reads records and arrays of records, recursively", () => {
    const inner = record([[INT4, int32(7)], [TEXT, text("865-02-5162")]]);
    expect(found(RECORD, inner)).toEqual(["ssn"]);
    expect(found(RECORD_ARRAY, array(RECORD, [record([[BOOL, Buffer.from([1])]]), inner]))).toEqual(["ssn"]);
    expect(found(RECORD, record([[TEXT_ARRAY, array(TEXT, [text("ann@bank.example")])], [INT8, null]]))).toEqual(["email"]);
  });

  it("types that cannot hold a detectable value read as nothing; unknown layouts and bad bytes as unknown", () => {
    expect(binaryText(INT4, int32(2147483647))).toBe("");
    expect(binaryText(1184, int8(0n))).toBe("");
    expect(binaryText(3614, Buffer.alloc(4))).toBeUndefined(); // tsvector
    expect(binaryText(16_385, text("865-02-5162"))).toBeUndefined(); // a composite or enum of the database
    expect(binaryText(RECORD, record([[16_385, text("x")]]))).toBeUndefined();
    expect(binaryText(RECORD, record([[16_385, null]]))).toBe("");
    expect(binaryText(INT8, Buffer.alloc(4))).toBeUndefined();
    expect(binaryText(TEXT_ARRAY, array(TEXT, [text("a")]).subarray(0, 24))).toBeUndefined();
    expect(binaryText(TEXT_ARRAY, Buffer.concat([array(TEXT, [text("a")]), Buffer.from([0])]))).toBeUndefined();
    const huge = Buffer.concat([int32(2), int32(0), uint32(TEXT), int32(1 << 30), int32(1), int32(1 << 30), int32(1)]);
    expect(binaryText(TEXT_ARRAY, huge)).toBeUndefined();
    expect(binaryText(TEXT_ARRAY, array(TEXT, []))).toBe("");
  });

  it("reads uuids and intervals (sql_standard, which joins days and hours) as text", () => {
    expect(found(2950, Buffer.from("a0eebc999c0b4ef8bb6d6bb9bd380a11", "hex"))).toEqual([]);
    // a0eebc99-9c0b-4ef8-4841-383027007256: the last two groups read as a card, as in its text.
    expect(found(2950, Buffer.from("a0eebc999c0b4ef84841383027007256", "hex"))).toEqual(["credit_card"]);
    const iv = Buffer.alloc(16);
    iv.writeBigInt64BE(7007256n * 3_600_000_000n, 0);
    iv.writeInt32BE(484138302, 8);
    expect(binaryText(1186, iv)).toBe("484138302 7007256:00:00");
    expect(found(1186, iv)).toEqual(["credit_card"]);
  });
});

describe("the row masker on binary columns", () => {
  let maskCell: (typeOid: number, v: Buffer) => { value: Buffer | null; count: number };
  beforeAll(async () => {
    const masking = await createResultMasking();
    // Detectors only: every column is scanned.
    const decision: Decision = { effect: "allow", rules: [], reason: "", masks: AGENT_MASKS.filter((m) => "infoType" in m) };
    maskCell = (typeOid, v) => {
      const row: (Buffer | null)[] = [v];
      const m = masking.rowMasker(decision, undefined, 0, [{ name: "v", tableOid: 0, columnAttr: 0, typeOid, format: 1 }], undefined);
      const count = m!.maskRow(row);
      return { value: row[0]!, count };
    };
  });

  it("never passes an int8 that reads as a card number, and passes every other", () => {
    const n = fc.oneof(card.map((c) => BigInt(c)), card.map((c) => -BigInt(c)), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }));
    fc.assert(fc.property(n, (x) => {
      const r = maskCell(INT8, int8(x));
      const hit = detect(String(x)).length > 0;
      expect(r.value, String(x)).toEqual(hit ? null : int8(x));
      expect(r.count).toBe(hit ? 1 : 0);
    }), { numRuns: 500 });
  });

  it("never passes a text array that carries a detectable value", () => {
    fc.assert(fc.property(carrier, fc.array(fc.option(fc.string(), { nil: null }), { maxLength: 6 }), fc.nat(), (c, rest, at) => {
      const items = rest.map((s) => (s === null ? null : text(s)));
      items.splice(at % (items.length + 1), 0, text(c));
      const r = maskCell(TEXT_ARRAY, array(TEXT, items));
      expect(r.value, c).toBeNull();
      expect(r.count).toBe(1);
    }), { numRuns: 400 });
  });

  it("never passes a record that carries a detectable value, as text or as a number, at any depth", () => {
    const secretField = fc.oneof(carrier.map((c) => [TEXT, text(c)] as [number, Buffer]), card.map((c) => [INT8, int8(BigInt(c))] as [number, Buffer]));
    const wrap = fc.constantFrom(
      (f: [number, Buffer]) => f,
      (f: [number, Buffer]) => [RECORD, record([f])] as [number, Buffer],
      (f: [number, Buffer]) => [f[0] === TEXT ? TEXT_ARRAY : 1016, array(f[0], [f[1]])] as [number, Buffer],
    );
    fc.assert(fc.property(secretField, wrap, fc.array(filler, { maxLength: 5 }), fc.nat(), (s, w, rest, at) => {
      const fields: [number, Buffer | null][] = rest.map((f) => [f.oid, f.v]);
      fields.splice(at % (fields.length + 1), 0, w(s));
      const r = maskCell(RECORD, record(fields));
      expect(r.value).toBeNull();
      expect(r.count).toBe(1);
      const inArray = maskCell(RECORD_ARRAY, array(RECORD, [record([[BOOL, Buffer.from([0])]]), record(fields)]));
      expect(inArray.value).toBeNull();
    }), { numRuns: 400 });
  });

  it("passes arrays and records of ordinary values unchanged", () => {
    fc.assert(fc.property(fc.array(harmless, { maxLength: 6 }), (fs) => {
      const rec = record(fs.map((f) => [f.oid, f.v]));
      expect(maskCell(RECORD, rec)).toEqual({ value: rec, count: 0 });
      const texts = array(TEXT, fs.filter((f) => f.oid === TEXT).map((f) => f.v));
      expect(maskCell(TEXT_ARRAY, texts)).toEqual({ value: texts, count: 0 });
    }), { numRuns: 200 });
  });

  it("nulls a scanned value of a type whose layout it does not know", () => {
    expect(maskCell(3614, Buffer.alloc(4))).toEqual({ value: null, count: 1 });
    expect(maskCell(INT4, int32(42))).toEqual({ value: int32(42), count: 0 });
  });
});

// The decoders against PostgreSQL itself: each type's send function gives the bytes a binary
// result carries, the cast to text what PostgreSQL prints.
describe.skipIf(!PG_URL)("binaryText against PostgreSQL", () => {
  let client: pg.Client;
  beforeAll(async () => {
    client = rawTextClient(PG_URL!);
    await client.connect();
  });
  afterAll(() => client?.end());

  const hex = (s: string) => Buffer.from(s.slice(2), "hex");
  async function pairs(sql: string, params: unknown[] = []): Promise<{ t: string; b: Buffer; oid: number }[]> {
    const r = await client.query<{ t: string; b: string; oid: string }>(sql, params);
    return r.rows.map((x) => ({ t: x.t, b: hex(x.b), oid: Number(x.oid) }));
  }

  it("prints int8, numeric and uuid exactly as PostgreSQL does", async () => {
    const ints = fc.sample(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), 300).map(String);
    for (const p of await pairs("SELECT v::text t, int8send(v) b, 20 oid FROM unnest($1::int8[]) v", [ints])) expect(binaryText(p.oid, p.b)).toBe(p.t);
    const decimal = fc.tuple(fc.boolean(), fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 30 }), fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 30 }))
      .map(([neg, i, f]) => `${neg ? "-" : ""}${i || "0"}${f ? "." + f : ""}`);
    const nums = [...fc.sample(decimal, 300), "NaN", "Infinity", "-Infinity", "0", "0.0000", "1e-30", "1e40", "10000", "0.00010000"];
    for (const p of await pairs("SELECT v::text t, numeric_send(v) b, 1700 oid FROM unnest($1::numeric[]) v", [nums])) expect(binaryText(p.oid, p.b)).toBe(p.t);
    for (const p of await pairs("SELECT v::text t, uuid_send(v) b, 2950 oid FROM (SELECT gen_random_uuid() v FROM generate_series(1, 50)) s")) expect(binaryText(p.oid, p.b)).toBe(p.t);
  });

  it("prints floats with PostgreSQL's shortest digits", async () => {
    const doubles = [...fc.sample(fc.double({ noNaN: true }), 300), 4841383027007256, 0.1, 1e300, -2.5e-300, 123456789012345.6, 1e15, 1e16, 5e-324];
    for (const p of await pairs("SELECT v::text t, float8send(v) b, 701 oid FROM unnest($1::float8[]) v", [doubles.map(String)])) {
      const ours = binaryText(p.oid, p.b)!;
      expect(ours).not.toMatch(/e/);
      expect(Number(ours), p.t).toBe(Number(p.t));
    }
    const singles = [...fc.sample(fc.float({ noNaN: true, noDefaultInfinity: true }), 300), 0.1, 16777217, 3.4e38, 1e-40];
    for (const p of await pairs("SELECT v::text t, float4send(v) b, 700 oid FROM unnest($1::float4[]) v", [singles.map(String)])) {
      // A tie between two shortest forms goes up here and to the even digit in PostgreSQL.
      const ours = binaryText(p.oid, p.b)!;
      expect(ours).not.toMatch(/e/);
      expect(Math.fround(Number(ours)), p.t).toBe(Math.fround(Number(p.t)));
    }
  });

  it("prints intervals as IntervalStyle sql_standard does", async () => {
    await client.query("SET IntervalStyle = sql_standard");
    try {
      const parts = fc.tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -(2 ** 52), max: 2 ** 52 }));
      const ivs = [...fc.sample(parts, 200), [0, 0, 0], [14, 0, 0], [-14, 0, 0], [0, 3, 0], [0, -3, -1], [0, 0, 1], [1, 1, 1], [0, 484138302, 7007256 * 3_600_000_000]];
      const sql = `SELECT v::text t, interval_send(v) b, 1186 oid FROM (
        SELECT make_interval(months => (x->>0)::int, days => (x->>1)::int) + ((x->>2) || ' microseconds')::interval v
        FROM jsonb_array_elements($1::jsonb) x) s`;
      for (const p of await pairs(sql, [JSON.stringify(ivs)])) expect(binaryText(p.oid, p.b)).toBe(p.t);
    } finally {
      await client.query("RESET IntervalStyle");
    }
  });

  it("prints money as its amount", async () => {
    const amounts = ["0", "0.01", "-0.01", "12.5", "-48413830270072.56", "92233720368547758.07", "-92233720368547758.08"];
    for (const p of await pairs("SELECT v::text t, cash_send(v) b, 790 oid FROM unnest($1::money[]) v", [amounts])) {
      expect(binaryText(p.oid, p.b)!.split("\n")[1]).toBe(p.t.replace(/[^0-9.-]/g, ""));
    }
  });

  it("finds in binary arrays, records and jsonb what the detectors find in the text PostgreSQL prints", async () => {
    await client.query("ANALYZE customers");
    // Each query's column v, sent with the send function of its kind; composites read as records.
    // Floats and bytea read as more than PostgreSQL prints (all digits, the bytes themselves).
    const more = new Set(["::float8", "convert_to"]);
    const exact = (q: string) => ![...more].some((m) => q.includes(m));
    const cases: [string, string][] = [
      ["SELECT histogram_bounds::text::text[] v FROM pg_stats WHERE tablename = 'customers' AND attname = 'ssn'", "array_send"],
      ["SELECT histogram_bounds v FROM pg_stats WHERE tablename = 'customers' AND attname IN ('ssn', 'id', 'birth_date')", "array_send"],
      ["SELECT array_agg(memo) v FROM transactions WHERE memo LIKE 'card%'", "array_send"],
      ["SELECT array_agg(memo ORDER BY id) v FROM transactions GROUP BY id / 100", "array_send"],
      ["SELECT array_agg(split_part(memo, ' ', 2)::bigint) v FROM transactions WHERE memo LIKE 'card%'", "array_send"],
      ["SELECT array_agg(substr(memo, 6, 16)::numeric / 100) v FROM transactions WHERE memo LIKE 'card%'", "array_send"],
      ["SELECT array_agg(substr(memo, 6, 16)::float8) v FROM transactions WHERE memo LIKE 'card%'", "array_send"],
      ["SELECT array_agg(convert_to(email, 'UTF8')) v FROM customers", "array_send"],
      ["SELECT array_agg(point(substr(memo, 6, 16)::float8, id)) v FROM transactions WHERE memo LIKE 'card%'", "array_send"],
      ["SELECT array_agg((split_part(memo, ' ', 2) || ':' || split_part(memo, ' ', 2) || ':')::txid_snapshot) v FROM transactions WHERE memo LIKE 'card%'", "array_send"],
      ["SELECT (split_part(memo, ' ', 2) || ':' || split_part(memo, ' ', 2)::int8 + 2 || ':' || split_part(memo, ' ', 2)::int8 + 1)::pg_snapshot v FROM transactions WHERE memo LIKE 'card%'", "pg_snapshot_send"],
      [`SELECT row(point(1.5, 2), lseg(point(1, 2), point(3, 4)), box(point(1, 2), point(3, 4)), path '[(1,2),(3,4)]',
        polygon '((1,2),(3,4),(5,6))', circle '<(1,2),3>', line '{1,2,3}', '1 day'::interval, gen_random_uuid(), 1::money,
        int8range(1, 5), numrange(1.5, null), '{[1,2), [4,5)}'::int8multirange, txid_current_snapshot()) v`, "record_send"],
      ["SELECT array_agg(amount) v FROM transactions", "array_send"],
      ["SELECT array_agg(booked_at) v FROM transactions", "array_send"],
      ["SELECT row(id, memo, amount) v FROM transactions", "record_send"],
      ["SELECT t v FROM transactions t", "record_send"],
      ["SELECT c v FROM customers c", "record_send"],
      ["SELECT row(c.id, array[c.ssn], row(c.email, c.birth_date)) v FROM customers c", "record_send"],
      ["SELECT row(id, balance, status) v FROM accounts", "record_send"],
      ["SELECT to_jsonb(c) v FROM customers c", "jsonb_send"],
      ["SELECT to_jsonb(a) v FROM accounts a", "jsonb_send"],
    ];
    const kinds = (t: string) => [...new Set(detect(t).map((f) => f.infoType))].sort();
    let carrying = 0, plain = 0;
    for (const [q, send] of cases) {
      const rows = await pairs(`SELECT v::text t, ${send}(v) b, CASE WHEN '${send}' = 'record_send' THEN 2249 ELSE pg_typeof(v)::oid END oid FROM (${q}) s`);
      expect(rows.length, q).toBeGreaterThan(0);
      for (const p of rows) {
        const ours = binaryText(p.oid, p.b);
        expect(ours, q).toBeDefined();
        if (q.includes("::float8")) expect(kinds(ours!), `${q}: ${p.t}`).toContain("credit_card");
        if (exact(q)) expect(kinds(ours!), `${q}: ${p.t}`).toEqual(kinds(p.t));
        else expect(kinds(ours!), `${q}: ${p.t}`).toEqual(expect.arrayContaining(kinds(p.t)));
        if (kinds(p.t).length) carrying++;
        else plain++;
      }
    }
    expect(carrying).toBeGreaterThan(0);
    expect(plain).toBeGreaterThan(0);
  });
});
