// Canonical JSON (in the spirit of RFC 8785): object keys sorted by UTF-16 code units, no
// whitespace, ECMAScript number and string serialisation. The same value always yields the same
// bytes, so a hash over it is stable across processes, machines and stores.

export class CanonicalJsonError extends Error {}

class NoJsonForm extends Error {}

/**
 * A value whose canonical text was computed earlier (by a transform, e.g. the secret scrubber),
 * so a record that repeats it (a session's principal, a cached decision) is not encoded again.
 * The text is spliced only when the transform vouches for it (same transform, same state);
 * otherwise, and without a transform, the value is encoded as if the wrapper were not there.
 */
export class CanonicalFragment {
  constructor(readonly value: unknown, readonly text: string, readonly stamp: object) {}
}

/** How a transform writes one key: its text (`"name":`) and whether the value under it is replaced. */
export interface KeyTreatment {
  readonly name: string;
  /** JSON.stringify(name) + ":", written before the value. */
  readonly prefix: string;
  /** Replace the value (unless null or boolean) with the transform's `redacted` text. */
  readonly redact: boolean;
}

/** Rewrites values and keys on the way out (the secret scrubber), in one pass with the encoding. */
export interface CanonicalTransform {
  /** Called for every object key; called often with the same keys, so worth caching. */
  key(k: string): KeyTreatment;
  /** Called for every string value. */
  string(s: string): string;
  /** What a redacted value becomes. */
  readonly redacted: string;
  /** The fragment's text when this transform produced it in its current state, else undefined. */
  fragment?(f: CanonicalFragment): string | undefined;
}

/** Treatments of keys as they are (bounded cache: keys repeat across records). */
export function keyTreatmentCache(treat: (k: string) => KeyTreatment, limit = 4096): { get(k: string): KeyTreatment; clear(): void } {
  const cache = new Map<string, KeyTreatment>();
  return {
    get(k) {
      let t = cache.get(k);
      if (t === undefined) {
        t = treat(k);
        if (cache.size >= limit) cache.clear();
        cache.set(k, t);
      }
      return t;
    },
    clear: () => cache.clear(),
  };
}

const plainKeys = keyTreatmentCache((k) => ({ name: k, prefix: JSON.stringify(k) + ":", redact: false }));

const IDENTITY: CanonicalTransform = { key: (k) => plainKeys.get(k), string: (s) => s, redacted: "" };

/**
 * The canonical JSON of `value`; `overrides` replaces or adds fields of the root object (as
 * `{ ...value, ...overrides }` would, without copying the record: copies of large literals are
 * slow objects in V8).
 */
export function canonicalJson(value: unknown, transform: CanonicalTransform = IDENTITY, overrides?: Record<string, unknown>): string {
  try {
    if (overrides !== undefined && value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof CanonicalFragment) && !(value instanceof Date)) {
      return encodeObject(value as Record<string, unknown>, transform, overrides);
    }
    return encode(value, transform);
  } catch (e) {
    if (e instanceof NoJsonForm) throw new CanonicalJsonError(`${locate(value, "$") ?? "$"}: ${e.message}`);
    throw e;
  }
}

function encode(v: unknown, t: CanonicalTransform): string {
  if (v === null) return "null";
  switch (typeof v) {
    case "string":
      return quote(t.string(v));
    case "boolean":
      return v ? "true" : "false";
    case "number":
      if (!Number.isFinite(v)) throw new NoJsonForm(`${v} has no JSON form`);
      return JSON.stringify(v);
    case "object": {
      if (v instanceof CanonicalFragment) return t.fragment?.(v) ?? encode(v.value, t);
      if (Array.isArray(v)) {
        let s = "[";
        for (let i = 0; i < v.length; i++) {
          const item: unknown = v[i];
          if (item === undefined) throw new NoJsonForm("undefined in an array");
          if (i) s += ",";
          s += encode(item, t);
        }
        return s + "]";
      }
      if (v instanceof Date) return JSON.stringify(v.toISOString());
      return encodeObject(v as Record<string, unknown>, t);
    }
    default:
      throw new NoJsonForm(`a ${typeof v} has no JSON form`);
  }
}

function encodeObject(o: Record<string, unknown>, t: CanonicalTransform, over?: Record<string, unknown>): string {
  const keys = Object.keys(o);
  if (over) for (const k of Object.keys(over)) if (!Object.prototype.hasOwnProperty.call(o, k)) keys.push(k);
  const n = keys.length;
  const treated = new Array<KeyTreatment>(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    const kt = t.key(k);
    if (kt.name !== k) return encodeRenamed(o, keys, t, over);
    treated[i] = kt;
  }
  if (n > 32) {
    keys.sort();
    for (let i = 0; i < n; i++) treated[i] = t.key(keys[i]!);
  }
  // Insertion sort of the keys (and their treatments alongside): records have a handful of keys,
  // often already in order, where the generic Array sort costs several times more.
  else for (let i = 1; i < n; i++) {
    const k = keys[i]!;
    if (keys[i - 1]! <= k) continue;
    const kt = treated[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > k) {
      keys[j + 1] = keys[j]!;
      treated[j + 1] = treated[j]!;
      j--;
    }
    keys[j + 1] = k;
    treated[j + 1] = kt;
  }
  let s = "{";
  for (let i = 0; i < n; i++) {
    const field = encodeField(o, keys[i]!, treated[i]!, t, over);
    if (field !== undefined) s += (s.length > 1 ? "," : "") + field;
  }
  return s + "}";
}

/** An object some of whose keys the transform rewrites (rare: a key that holds a secret). */
function encodeRenamed(o: Record<string, unknown>, keys: string[], t: CanonicalTransform, over?: Record<string, unknown>): string {
  // Two keys rewritten to the same name collapse into one, the later winning (as in an object).
  const byName = new Map<string, string>();
  for (const k of keys) byName.set(t.key(k).name, k);
  const names = [...byName.keys()].sort();
  let s = "{";
  for (const name of names) {
    const k = byName.get(name)!;
    const field = encodeField(o, k, t.key(k), t, over);
    if (field !== undefined) s += (s.length > 1 ? "," : "") + field;
  }
  return s + "}";
}

/** `"name":value` for key `k` of `o` (or of `over`, which takes precedence); undefined when absent. */
function encodeField(o: Record<string, unknown>, k: string, kt: KeyTreatment, t: CanonicalTransform, over?: Record<string, unknown>): string | undefined {
  const x = over !== undefined && Object.prototype.hasOwnProperty.call(over, k) ? over[k] : o[k];
  if (x === undefined) return undefined;
  return kt.prefix + (kt.redact && x !== null && typeof x !== "boolean" ? quote(t.redacted) : encode(x, t));
}

/** Characters JSON.stringify would escape (surrogates: only when unpaired, but checked there). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify for a string, without its generic set-up for the common string that needs no escapes. */
function quote(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/** The path of the first value without a JSON form (only computed when encoding failed). */
function locate(v: unknown, path: string): string | null {
  if (typeof v === "number") return Number.isFinite(v) ? null : path;
  if (v === null || typeof v === "string" || typeof v === "boolean") return null;
  if (typeof v !== "object") return path;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      if (v[i] === undefined) return `${path}[${i}]`;
      const p = locate(v[i], `${path}[${i}]`);
      if (p) return p;
    }
    return null;
  }
  if (v instanceof Date) return null;
  if (v instanceof CanonicalFragment) return locate(v.value, path);
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (x === undefined) continue;
    const p = locate(x, `${path}.${k}`);
    if (p) return p;
  }
  return null;
}
