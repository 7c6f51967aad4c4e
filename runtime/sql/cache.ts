// The analysis cache, keyed by statement shape. An entry whose facts depended on a literal's value
// keys on the literals too, so `WHERE 1=1` and `WHERE 1=2` never share an analysis.
//
// Entries are found by the scanner's hash and confirmed by comparing the whole key with the scan's
// buffer, so a hit builds no key string; a hash collision only costs a comparison, never a wrong hit.
import type { ShapeScan } from "./shape-key.js";

interface Entry<V> {
  key: string;
  /** Set when the facts did not depend on any literal's value. */
  value: V | undefined;
  /** Set when they did: one analysis per list of literal values. */
  byLiterals: Map<string, V> | undefined;
}

/** A scanned key made durable: the scan buffer is reused by the next statement. */
export interface StoredKey {
  hash: number;
  key: string;
  literalKey: string;
}

export function storedKey(s: ShapeScan): StoredKey {
  return { hash: s.hash, key: s.key(), literalKey: s.literalKey() };
}

export class ShapeCache<V> {
  private readonly buckets = new Map<number, Entry<V>[]>();
  private count = 0;
  constructor(private readonly max = 10_000) {}

  get(s: ShapeScan): V | undefined {
    const bucket = this.buckets.get(s.hash);
    if (!bucket) return undefined;
    for (const e of bucket) {
      if (!s.keyEquals(e.key)) continue;
      return e.byLiterals ? e.byLiterals.get(s.literalKey()) : e.value;
    }
    return undefined;
  }

  set(k: StoredKey, value: V, sensitive: boolean): void {
    if (this.count >= this.max) this.evict();
    let bucket = this.buckets.get(k.hash);
    if (!bucket) {
      bucket = [];
      this.buckets.set(k.hash, bucket);
    }
    let e = bucket.find((x) => x.key === k.key);
    if (!e) {
      e = { key: k.key, value: undefined, byLiterals: undefined };
      bucket.push(e);
      this.count++;
    }
    if (!sensitive) {
      e.value = value;
      e.byLiterals = undefined;
      return;
    }
    // A shape once seen to depend on literals stays keyed by them.
    e.value = undefined;
    e.byLiterals ??= new Map();
    if (e.byLiterals.size >= 256) e.byLiterals.clear();
    e.byLiterals.set(k.literalKey, value);
  }

  /** Drops the oldest tenth: cheaper than per-hit LRU bookkeeping on the hot path. */
  private evict(): void {
    let drop = Math.ceil(this.max / 10);
    for (const [hash, bucket] of this.buckets) {
      this.buckets.delete(hash);
      this.count -= bucket.length;
      drop -= bucket.length;
      if (drop <= 0) break;
    }
  }

  clear(): void {
    this.buckets.clear();
    this.count = 0;
  }

  get size(): number {
    return this.count;
  }
}
