// The JSON text of a recording event's data, as every store keeps it. A decision event carries the
// engine's decision object, one shared object per distinct decision that nothing modifies
// (RecordFragments.intern); it is most of the event's text and repeats statement after statement,
// so each decision is encoded once.
import type { RecordingEvent } from "./types.js";

const decisionJson = new WeakMap<object, string>();

export function eventDataJson(e: RecordingEvent): string {
  const d = e.data;
  const decision = d.decision;
  if (e.kind !== "decision" || typeof decision !== "object" || decision === null) return JSON.stringify(d);
  let encoded = decisionJson.get(decision);
  if (encoded === undefined) {
    encoded = JSON.stringify(decision);
    decisionJson.set(decision, encoded);
  }
  const parts: string[] = [];
  for (const k in d) {
    if (!Object.prototype.hasOwnProperty.call(d, k)) continue;
    const v = k === "decision" ? encoded : JSON.stringify(d[k]);
    if (v !== undefined) parts.push(`${JSON.stringify(k)}:${v}`);
  }
  return `{${parts.join(",")}}`;
}
