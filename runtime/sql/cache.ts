// The analysis cache, keyed by statement shape. An entry whose facts depended on a literal's value
// keys on the literals too, so `WHERE 1=1` and `WHERE 1=2` never share an analysis.
import type { ShapeKey } from "./shape-key.js";

type Entry<V> = { sensitive: false; value: V } | { sensitive: true; byLiterals: Map<string, V> };

export class ShapeCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  constructor(private readonly max = 10_000) {}

  get(k: ShapeKey): V | undefined {
    const e = this.entries.get(k.key);
    if (!e) return undefined;
    return e.sensitive ? e.byLiterals.get(k.literals.join("\u0001")) : e.value;
  }

  set(k: ShapeKey, value: V, sensitive: boolean): void {
    if (this.entries.size >= this.max) {
      // Drop the oldest tenth: cheaper than per-hit LRU bookkeeping on the hot path.
      let drop = Math.ceil(this.max / 10);
      for (const key of this.entries.keys()) {
        this.entries.delete(key);
        if (--drop === 0) break;
      }
    }
    if (!sensitive) {
      this.entries.set(k.key, { sensitive: false, value });
      return;
    }
    let e = this.entries.get(k.key);
    if (!e || !e.sensitive) {
      e = { sensitive: true, byLiterals: new Map() };
      this.entries.set(k.key, e);
    }
    if (e.byLiterals.size >= 256) e.byLiterals.clear();
    e.byLiterals.set(k.literals.join("\u0001"), value);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
