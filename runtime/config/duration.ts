// Durations as configs and command lines write them: 500ms, 30s, 15m, 2h, 1d.

const UNIT: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };

export class DurationError extends Error {}

/** Seconds in a duration like "15m"; throws DurationError for anything else. */
export function parseDuration(text: string): number {
  const m = /^([0-9]+)(ms|s|m|h|d)$/.exec(text.trim());
  if (!m) throw new DurationError(`'${text}' is not a duration (use e.g. 30s, 15m, 2h)`);
  return Number(m[1]) * UNIT[m[2]!]!;
}
