// Canonical JSON (in the spirit of RFC 8785): object keys sorted by UTF-16 code units, no
// whitespace, ECMAScript number and string serialisation. The same value always yields the same
// bytes, so a hash over it is stable across processes, machines and stores.

export class CanonicalJsonError extends Error {}

export function canonicalJson(value: unknown): string {
  return encode(value, "$");
}

function encode(v: unknown, path: string): string {
  if (v === null) return "null";
  switch (typeof v) {
    case "string":
      return JSON.stringify(v);
    case "boolean":
      return v ? "true" : "false";
    case "number":
      if (!Number.isFinite(v)) throw new CanonicalJsonError(`${path}: ${v} has no JSON form`);
      return JSON.stringify(v);
    case "object": {
      if (Array.isArray(v)) {
        let s = "[";
        for (let i = 0; i < v.length; i++) {
          const item = v[i];
          if (item === undefined) throw new CanonicalJsonError(`${path}[${i}]: undefined in an array`);
          s += (i ? "," : "") + encode(item, `${path}[${i}]`);
        }
        return s + "]";
      }
      if (v instanceof Date) return JSON.stringify(v.toISOString());
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
      let s = "{";
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        s += (i ? "," : "") + JSON.stringify(k) + ":" + encode(o[k], `${path}.${k}`);
      }
      return s + "}";
    }
    default:
      throw new CanonicalJsonError(`${path}: a ${typeof v} has no JSON form`);
  }
}
