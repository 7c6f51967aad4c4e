// asciicast v2 (https://docs.asciinema.org/manual/asciicast/v2/): a JSON header line, then one
// [seconds, "o"|"i"|"r", data] line per event, seconds relative to the start.
import type { RecordingEvent } from "../stores/types.js";

export interface AsciicastHeader {
  version: 2;
  width: number;
  height: number;
  timestamp?: number;
  title?: string;
  env?: Record<string, string>;
}

export function toAsciicast(events: RecordingEvent[], opts: { width?: number; height?: number; title?: string } = {}): string {
  const term = events.filter((e) => e.kind === "output" || e.kind === "input" || e.kind === "resize");
  const startNote = events.find((e) => e.kind === "note" && e.data.started);
  const start = Date.parse((startNote ?? term[0] ?? events[0])?.at ?? new Date(0).toISOString());
  const firstSize = term.find((e) => e.kind === "resize");
  const header: AsciicastHeader = {
    version: 2,
    width: opts.width ?? (startNote?.data.cols as number | undefined) ?? (firstSize?.data.cols as number | undefined) ?? 80,
    height: opts.height ?? (startNote?.data.rows as number | undefined) ?? (firstSize?.data.rows as number | undefined) ?? 24,
    timestamp: Math.floor(start / 1000),
  };
  const title = opts.title ?? (startNote?.data.title as string | undefined);
  if (title) header.title = title;
  const lines = [JSON.stringify(header)];
  for (const e of term) {
    const t = Math.max(0, (Date.parse(e.at) - start) / 1000);
    const code = e.kind === "output" ? "o" : e.kind === "input" ? "i" : "r";
    const data = e.kind === "resize" ? `${e.data.cols}x${e.data.rows}` : String(e.data.data ?? "");
    lines.push(JSON.stringify([Number(t.toFixed(6)), code, data]));
  }
  return lines.join("\n") + "\n";
}

/** Parses an asciicast v2 file back into header and events (for tests and replay of imported casts). */
export function parseAsciicast(text: string): { header: AsciicastHeader; events: [number, string, string][] } {
  const [first, ...rest] = text.split("\n").filter((l) => l.trim() !== "");
  const header = JSON.parse(first ?? "{}") as AsciicastHeader;
  if (header.version !== 2) throw new Error("not an asciicast v2 file");
  return { header, events: rest.map((l) => JSON.parse(l) as [number, string, string]) };
}
