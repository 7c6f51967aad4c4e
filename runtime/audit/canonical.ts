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

/** Rewrites values and keys on the way out (the secret scrubber), in one pass with the encoding. */
export interface CanonicalTransform {
  /** Called for every value with the key it sits under (undefined for array items and the root). */
  value(v: unknown, key: string | undefined): unknown;
  key(k: string): string;
  /** The fragment's text when this transform produced it in its current state, else undefined. */
  fragment?(f: CanonicalFragment): string | undefined;
}

export function canonicalJson(value: unknown, transform?: CanonicalTransform): string {
  try {
    return transform ? encodeWith(value, undefined, transform) : encode(value);
  } catch (e) {
    if (e instanceof NoJsonForm) throw new CanonicalJsonError(`${locate(value, "$") ?? "$"}: ${e.message}`);
    throw e;
  }
}

function encode(v: unknown): string {
  if (v === null) return "null";
  switch (typeof v) {
    case "string":
      return JSON.stringify(v);
    case "boolean":
      return v ? "true" : "false";
    case "number":
      if (!Number.isFinite(v)) throw new NoJsonForm(`${v} has no JSON form`);
      return JSON.stringify(v);
    case "object": {
      if (v instanceof CanonicalFragment) return encode(v.value);
      if (Array.isArray(v)) {
        let s = "[";
        for (let i = 0; i < v.length; i++) {
          const item = v[i];
          if (item === undefined) throw new NoJsonForm("undefined in an array");
          if (i) s += ",";
          s += encode(item);
        }
        return s + "]";
      }
      if (v instanceof Date) return JSON.stringify(v.toISOString());
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o).sort();
      let s = "{";
      let first = true;
      for (const k of keys) {
        const x = o[k];
        if (x === undefined) continue;
        s += (first ? "" : ",") + JSON.stringify(k) + ":" + encode(x);
        first = false;
      }
      return s + "}";
    }
    default:
      throw new NoJsonForm(`a ${typeof v} has no JSON form`);
  }
}

function encodeWith(input: unknown, key: string | undefined, t: CanonicalTransform): string {
  const v = t.value(input, key);
  if (v instanceof CanonicalFragment) return t.fragment?.(v) ?? encodeWith(v.value, key, t);
  if (v === null || typeof v !== "object" || v instanceof Date) return encode(v);
  if (Array.isArray(v)) {
    let s = "[";
    for (let i = 0; i < v.length; i++) {
      if (v[i] === undefined) throw new NoJsonForm("undefined in an array");
      if (i) s += ",";
      s += encodeWith(v[i], undefined, t);
    }
    return s + "]";
  }
  const o = v as Record<string, unknown>;
  const raw = Object.keys(o);
  let renamed = false;
  const names = raw.map((k) => {
    const n = t.key(k);
    if (n !== k) renamed = true;
    return n;
  });
  let order: [string, string][];
  if (!renamed) {
    order = raw.sort().map((k) => [k, k]);
  } else {
    // Two keys rewritten to the same name collapse into one, the later winning (as in an object).
    const byName = new Map<string, string>();
    raw.forEach((k, i) => byName.set(names[i]!, k));
    order = [...byName.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
  let s = "{";
  let first = true;
  for (const [name, k] of order) {
    const x = o[k];
    if (x === undefined) continue;
    s += (first ? "" : ",") + JSON.stringify(name) + ":" + encodeWith(x, k, t);
    first = false;
  }
  return s + "}";
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
