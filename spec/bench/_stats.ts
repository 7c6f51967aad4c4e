// Shared timing helpers for the benchmarks: percentiles over per-iteration samples.

export interface LatencySummary { p50: number; p99: number; mean: number; n: number }

/** Times `fn` over `iterations` calls in batches of `batch`, returning per-call µs percentiles. */
export function timeMicros(fn: () => void, iterations = 200_000, batch = 100, warmup = 20_000): LatencySummary {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i += batch) {
    const t0 = process.hrtime.bigint();
    for (let j = 0; j < batch; j++) fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000 / batch);
  }
  return summarize(samples);
}

export function summarize(samples: number[]): LatencySummary {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return { p50: round(at(0.5)), p99: round(at(0.99)), mean: round(mean), n: s.length };
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
