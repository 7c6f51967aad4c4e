// What the content detectors read in a value PostgreSQL sent in binary format. A binary int8,
// numeric, float, array or record carries a card number or an SSN as surely as its text form does,
// but none of it is text: this renders such a value as the text PostgreSQL would print for it (or
// one with the same runs of digits and characters), so the detectors see what a client can read.

/**
 * Types whose values cannot hold anything a detector finds: integers of at most 10 digits (a card
 * needs 13; an SSN, phone or IBAN needs separators or letters, an email an `@`), dates and times
 * (no DateStyle joins more than 12 digits with single spaces or dashes: `294276-12-31 23`,
 * `59.999999 294276`), network addresses and LSNs (dots, colons, slashes), and ranges of them.
 */
const CARRIES_NOTHING: ReadonlySet<number> = new Set([
  16, // bool
  21, 23, 26, 28, 29, 27, // int2, int4, oid, xid, cid, tid
  24, 2202, 2203, 2204, 2205, 2206, 4089, 4096, 3734, 3769, 4191, // reg* (an oid on the wire)
  1082, 1083, 1266, 1114, 1184, // date, time, timetz, timestamp, timestamptz
  869, 650, 829, 774, 3220, // inet, cidr, macaddr, macaddr8, pg_lsn
  3904, 3908, 3910, 3912, // int4range, tsrange, tstzrange, daterange
  4451, 4533, 4534, 4535, // their multiranges
  2278, // void
]);

/** Types whose binary form is their UTF-8 text (json, xml, names, …). */
const TEXT_OIDS: ReadonlySet<number> = new Set([25, 1043, 1042, 19, 18, 114, 705, 142, 1790, 2275, 194]);
/** jsonb and jsonpath: a version byte, then the text. */
const VERSIONED_TEXT_OIDS: ReadonlySet<number> = new Set([3802, 4072]);

/**
 * Array types of the element types here, and anyarray (pg_stats.histogram_bounds, sent as the
 * array it holds); the element type itself is read from the value.
 */
const ARRAY_OIDS: ReadonlySet<number> = new Set([
  1000, 1001, 1002, 1003, 1005, 22, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 30, 1013, 1014, 1015, 1016, 1021, 1022,
  1028, 1040, 775, 1041, 651, 1115, 1182, 1183, 1185, 1187, 1231, 1270, 2951, 199, 3807, 143, 791, 2287, 1263, 2201,
  4073, 271, 3221, 2207, 2208, 2209, 2210, 2211, 4097, 4090, 3735, 3770, 4192, 3905, 3907, 3909, 3911, 3913, 3927,
  6150, 6151, 6152, 6153, 6155, 6157, 1017, 1018, 1019, 1020, 1027, 629, 719, 2949, 5039, 2277, 5078,
]);
const RECORD_OID = 2249;
/** numrange and int8range, by their bound type. */
const RANGE_OIDS: ReadonlyMap<number, number> = new Map([[3906, 1700], [3926, 20]]);
/** nummultirange and int8multirange, by their bound type. */
const MULTIRANGE_OIDS: ReadonlyMap<number, number> = new Map([[4532, 1700], [4536, 20]]);

/** point, lseg, box, line and circle: that many float8s. */
const FLOAT8_TUPLES: ReadonlyMap<number, number> = new Map([[600, 2], [601, 4], [603, 4], [628, 3], [718, 3]]);
const PATH = 602, POLYGON = 604;

const TXID_SNAPSHOT = 2970, PG_SNAPSHOT = 5038;

const INT8 = 20, XID8 = 5069, NUMERIC = 1700, FLOAT4 = 700, FLOAT8 = 701, MONEY = 790, INTERVAL = 1186, UUID = 2950, BYTEA = 17;

/** Records in arrays in records…: a value nested deeper reads as unknown, which bounds the recursion. */
const MAX_DEPTH = 32;

class Malformed extends Error {}

/**
 * The text the content detectors read in binary value `v` of type `oid`; "" when the type cannot
 * hold anything they find; undefined when its layout is unknown here or the bytes do not fit it
 * (the caller then has to assume the worst). The parts of an array, record or range are joined
 * by newlines, which no detected shape spans, so the detectors find in it what they would find
 * in each part on its own.
 */
export function binaryText(oid: number, v: Buffer): string | undefined {
  if (CARRIES_NOTHING.has(oid)) return "";
  try {
    const scalar = SCALARS.get(oid);
    if (scalar) return scalar(v, 0, v.length);
    const parts: string[] = [];
    return collect(oid, v, 0, v.length, parts, 0) ? parts.join("\n") : undefined;
  } catch (e) {
    if (e instanceof Malformed || e instanceof RangeError) return undefined;
    throw e;
  }
}

type Scalar = (v: Buffer, start: number, end: number) => string;

// Values are read in place, by offsets: a subarray per array element costs more than the rest.
const SCALARS: ReadonlyMap<number, Scalar> = new Map<number, Scalar>([
  [INT8, int8Text],
  [XID8, (v, s, e) => fixed(v, s, e, 8).readBigUInt64BE(s).toString()],
  [NUMERIC, numericText],
  [FLOAT4, (v, s, e) => floatText(fixed(v, s, e, 4).readFloatBE(s), true)],
  [FLOAT8, (v, s, e) => floatText(fixed(v, s, e, 8).readDoubleBE(s), false)],
  [MONEY, moneyText],
  [INTERVAL, intervalText],
  [UUID, uuidText],
  [TXID_SNAPSHOT, snapshotText],
  [PG_SNAPSHOT, snapshotText],
  // Raw bytes: latin1 keeps one character per byte, so ASCII runs stay runs whatever surrounds them.
  [BYTEA, (v, s, e) => v.toString("latin1", s, e)],
]);

/** Appends the texts in `v` from `start` to `end` to `out`; false when the type's layout is unknown. */
function collect(oid: number, v: Buffer, start: number, end: number, out: string[], depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (CARRIES_NOTHING.has(oid)) return true;
  if (TEXT_OIDS.has(oid)) return push(out, v.toString("utf8", start, end));
  if (VERSIONED_TEXT_OIDS.has(oid)) {
    if (end - start < 1) throw new Malformed();
    return push(out, v.toString("utf8", start + 1, end));
  }
  const scalar = SCALARS.get(oid);
  if (scalar) return push(out, scalar(v, start, end));
  if (ARRAY_OIDS.has(oid)) return collectArray(v, start, end, out, depth);
  if (oid === RECORD_OID) return collectRecord(v, start, end, out, depth);
  const bound = RANGE_OIDS.get(oid);
  if (bound !== undefined) return collectRange(bound, v, start, end, out, depth);
  const multiBound = MULTIRANGE_OIDS.get(oid);
  if (multiBound !== undefined) return collectMultirange(multiBound, v, start, end, out, depth);
  const floats = FLOAT8_TUPLES.get(oid);
  if (floats !== undefined) return collectFloats(v, start, end, floats, out);
  // A path's closed flag, or nothing for a polygon, then the point count and the points.
  if (oid === PATH || oid === POLYGON) {
    const at = start + (oid === PATH ? 1 : 0);
    if (end - at < 4) throw new Malformed();
    return collectFloats(v, at + 4, end, 2 * v.readInt32BE(at), out);
  }
  return false;
}

function collectFloats(v: Buffer, start: number, end: number, n: number, out: string[]): true {
  if (n < 0 || end - start !== 8 * n) throw new Malformed();
  for (let k = 0; k < n; k++) push(out, floatText(v.readDoubleBE(start + 8 * k), false));
  return true;
}

function push(out: string[], text: string): true {
  if (text) out.push(text);
  return true;
}

function fixed(v: Buffer, start: number, end: number, n: number): Buffer {
  if (end - start !== n) throw new Malformed();
  return v;
}

/** Reads int32s and length-prefixed parts between `at` and `end`. */
class Reader {
  constructor(readonly v: Buffer, public at: number, readonly end: number) {}
  int32(): number {
    if (this.at + 4 > this.end) throw new Malformed();
    const n = this.v.readInt32BE(this.at);
    this.at += 4;
    return n;
  }
  uint32(): number {
    return this.int32() >>> 0;
  }
  /** Moves past the next length-prefixed part; its start (its end is then `at`), or -1 for NULL. */
  part(): number {
    const len = this.int32();
    if (len === -1) return -1;
    if (len < 0 || this.at + len > this.end) throw new Malformed();
    const start = this.at;
    this.at += len;
    return start;
  }
  done(): void {
    if (this.at !== this.end) throw new Malformed();
  }
}

// ndim, has-nulls flag, element type, (length, lower bound) per dimension, then the elements.
function collectArray(v: Buffer, start: number, end: number, out: string[], depth: number): boolean {
  const r = new Reader(v, start, end);
  const ndim = r.int32();
  r.int32();
  const elem = r.uint32();
  if (ndim < 0 || ndim > 6) throw new Malformed();
  let count = ndim ? 1 : 0;
  for (let d = 0; d < ndim; d++) {
    const len = r.int32();
    r.int32();
    if (len < 0) throw new Malformed();
    count *= len;
  }
  // Each element takes at least its 4-byte length, which bounds a forged count.
  if (count > (end - r.at) / 4) throw new Malformed();
  const skip = CARRIES_NOTHING.has(elem);
  for (let k = 0; k < count; k++) {
    const p = r.part();
    if (p >= 0 && !skip && !collect(elem, v, p, r.at, out, depth + 1)) return false;
  }
  r.done();
  return true;
}

// Field count, then each field's type, length and bytes.
function collectRecord(v: Buffer, start: number, end: number, out: string[], depth: number): boolean {
  const r = new Reader(v, start, end);
  const n = r.int32();
  if (n < 0 || n > (end - start - 4) / 8) throw new Malformed();
  for (let k = 0; k < n; k++) {
    const oid = r.uint32();
    const p = r.part();
    if (p >= 0 && !collect(oid, v, p, r.at, out, depth + 1)) return false;
  }
  r.done();
  return true;
}

const RANGE_EMPTY = 0x01, RANGE_LB_INF = 0x08, RANGE_UB_INF = 0x10;

// A flags byte, then the lower and upper bounds that are neither infinite nor absent.
function collectRange(bound: number, v: Buffer, start: number, end: number, out: string[], depth: number): boolean {
  if (end - start < 1) throw new Malformed();
  const flags = v[start]!;
  const r = new Reader(v, start + 1, end);
  if (!(flags & RANGE_EMPTY)) {
    for (const inf of [RANGE_LB_INF, RANGE_UB_INF]) {
      if (flags & inf) continue;
      const p = r.part();
      if (p < 0) throw new Malformed();
      if (!collect(bound, v, p, r.at, out, depth + 1)) return false;
    }
  }
  r.done();
  return true;
}

// The number of ranges, then each range with its length.
function collectMultirange(bound: number, v: Buffer, start: number, end: number, out: string[], depth: number): boolean {
  const r = new Reader(v, start, end);
  const n = r.int32();
  if (n < 0 || n > (end - start - 4) / 4) throw new Malformed();
  for (let k = 0; k < n; k++) {
    const p = r.part();
    if (p < 0) throw new Malformed();
    if (!collectRange(bound, v, p, r.at, out, depth + 1)) return false;
  }
  r.done();
  return true;
}

/** Below 2^53 a Number holds the value exactly and prints it faster than a BigInt. */
function int8Text(v: Buffer, start: number, end: number): string {
  fixed(v, start, end, 8);
  const hi = v.readInt32BE(start);
  if (hi >= -0x200000 && hi < 0x200000) return String(hi * 0x100000000 + v.readUInt32BE(start + 4));
  return v.readBigInt64BE(start).toString();
}

const NUMERIC_NEG = 0x4000, NUMERIC_NAN = 0xc000, NUMERIC_PINF = 0xd000, NUMERIC_NINF = 0xf000;

// Digit count, weight (of the first base-10000 digit), sign, display scale, then the digits:
// printed as numeric_out does, every digit group but the first zero-padded to four.
function numericText(v: Buffer, start: number, end: number): string {
  if (end - start < 8) throw new Malformed();
  const ndigits = v.readInt16BE(start), weight = v.readInt16BE(start + 2), sign = v.readUInt16BE(start + 4), dscale = v.readUInt16BE(start + 6);
  if (ndigits < 0 || end - start !== 8 + 2 * ndigits) throw new Malformed();
  if (sign === NUMERIC_NAN) return "NaN";
  if (sign === NUMERIC_PINF) return "Infinity";
  if (sign === NUMERIC_NINF) return "-Infinity";
  if (sign !== 0 && sign !== NUMERIC_NEG) throw new Malformed();
  const digit = (i: number) => (i >= 0 && i < ndigits ? v.readInt16BE(start + 8 + 2 * i) : 0);
  let s = sign === NUMERIC_NEG ? "-" : "";
  if (weight < 0) s += "0";
  else for (let i = 0; i <= weight; i++) s += i === 0 ? String(digit(i)) : String(digit(i)).padStart(4, "0");
  if (dscale > 0) {
    let frac = "";
    for (let i = weight + 1; frac.length < dscale; i++) frac += String(digit(i)).padStart(4, "0");
    s += "." + frac.slice(0, dscale);
  }
  return s;
}

/**
 * A float's shortest round-trip digits (what PostgreSQL prints), written out without an exponent:
 * PostgreSQL prints 4841383027007256 as 4.841383027007256e+15, which hides a card number the
 * value holds exactly.
 */
function floatText(x: number, single: boolean): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  let exp = x.toExponential();
  if (single) {
    for (let p = 1; p <= 9; p++) {
      const e = x.toExponential(p - 1);
      if (Math.fround(Number(e)) === x) {
        exp = e;
        break;
      }
    }
  }
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp);
  if (!m) throw new Malformed();
  const digits = m[2]! + (m[3] ?? "");
  const point = Number(m[4]) + 1;
  let body: string;
  if (point <= 0) body = "0." + "0".repeat(-point) + digits;
  else if (point >= digits.length) body = digits + "0".repeat(point - digits.length);
  else body = digits.slice(0, point) + "." + digits.slice(point);
  return m[1]! + body;
}

/** Cents, as stored, and as the amount printed without currency symbol or grouping. */
function moneyText(v: Buffer, start: number, end: number): string {
  const cents = fixed(v, start, end, 8).readBigInt64BE(start);
  const abs = cents < 0n ? -cents : cents;
  const amount = `${cents < 0n ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
  return `${cents}\n${amount}`;
}

/** The count of transactions in progress, then xmin, xmax and those ids, all 64-bit: a client can cast text to one. */
function snapshotText(v: Buffer, start: number, end: number): string {
  if (end - start < 20) throw new Malformed();
  const n = v.readInt32BE(start);
  fixed(v, start, end, 20 + 8 * n);
  const ids: string[] = [];
  for (let at = start + 4; at < end; at += 8) ids.push(v.readBigUInt64BE(at).toString());
  return ids.join("\n");
}

function uuidText(v: Buffer, start: number, end: number): string {
  const h = fixed(v, start, end, 16).toString("hex", start, end);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const USECS_PER_HOUR = 3_600_000_000n, USECS_PER_MINUTE = 60_000_000n, USECS_PER_SEC = 1_000_000n;

/**
 * Microseconds, days and months, printed in IntervalStyle sql_standard: the one style that joins
 * numbers with single spaces and dashes (`4841 383027007:00:00`), and so the one where an interval
 * can read as a card number. The session's style is not known here, so this one stands for all.
 */
function intervalText(v: Buffer, start: number, end: number): string {
  fixed(v, start, end, 16);
  let time = v.readBigInt64BE(start);
  const days = v.readInt32BE(start + 8), months = v.readInt32BE(start + 12);
  const year = Math.trunc(months / 12), mon = months % 12;
  const hour = time / USECS_PER_HOUR;
  time -= hour * USECS_PER_HOUR;
  const min = time / USECS_PER_MINUTE;
  time -= min * USECS_PER_MINUTE;
  const sec = time / USECS_PER_SEC;
  const fsec = time - sec * USECS_PER_SEC;
  const negative = year < 0 || mon < 0 || days < 0 || hour < 0n || min < 0n || sec < 0n || fsec < 0n;
  const positive = year > 0 || mon > 0 || days > 0 || hour > 0n || min > 0n || sec > 0n || fsec > 0n;
  if (!negative && !positive) return "0";
  const abs = (n: bigint) => (n < 0n ? -n : n);
  const seconds = () => {
    const f = abs(fsec);
    return String(abs(sec)).padStart(2, "0") + (f ? "." + String(f).padStart(6, "0").replace(/0+$/, "") : "");
  };
  const hms = (h: bigint) => `${h}:${String(abs(min)).padStart(2, "0")}:${seconds()}`;
  const yearMonth = year !== 0 || mon !== 0;
  const dayTime = days !== 0 || hour !== 0n || min !== 0n || sec !== 0n || fsec !== 0n;
  if ((negative && positive) || (yearMonth && dayTime)) {
    const ys = year < 0 || mon < 0 ? "-" : "+", ds = days < 0 ? "-" : "+", ts = hour < 0n || min < 0n || sec < 0n || fsec < 0n ? "-" : "+";
    return `${ys}${Math.abs(year)}-${Math.abs(mon)} ${ds}${Math.abs(days)} ${ts}${hms(abs(hour))}`;
  }
  const sign = negative ? "-" : "";
  if (yearMonth) return `${sign}${Math.abs(year)}-${Math.abs(mon)}`;
  if (days !== 0) return `${sign}${Math.abs(days)} ${hms(abs(hour))}`;
  return `${sign}${hms(abs(hour))}`;
}
