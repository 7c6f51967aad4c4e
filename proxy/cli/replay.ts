// `gateway replay SESSION`: the session as it happened — its requests, decisions, (masked) results
// and terminal output — from the audit log and the session recording; optionally in real time.
import { writeFileSync } from "node:fs";
import { boolFlag, parseArgs, stringFlag, UsageError, type CliCommand, type CliIO } from "../../runtime/cli/args.js";
import { chainText, type PrincipalRef } from "../../runtime/audit/index.js";
import { toAsciicast } from "../../runtime/recording/index.js";
import { openState, STATE_FLAGS_HELP } from "./audit.js";

const USAGE = `usage: gateway replay SESSION [--realtime] [--speed N] [--cast FILE] [--json]
  --realtime     wait between events as long as the session did (--speed 2 halves the waits)
  --cast FILE    write the terminal output as an asciicast v2 file (play with asciinema)
${STATE_FLAGS_HELP}`;

interface Step { at: string; order: number; text?: string; raw?: string }

function pad(s: string, indent = "              "): string {
  return s.split("\n").map((l, i) => (i ? indent : "") + l).join("\n");
}

function table(columns: string[], rows: unknown[][]): string {
  const cells = [columns, ...rows.map((r) => r.map((v) => (v === null ? "NULL" : String(v))))];
  const widths = columns.map((_, i) => Math.min(40, Math.max(...cells.map((r) => (r[i] ?? "").length))));
  const line = (r: string[]) => "| " + r.map((v, i) => (v.length > 40 ? v.slice(0, 39) + "…" : v).padEnd(widths[i]!)).join(" | ") + " |";
  return [line(cells[0]!), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...cells.slice(1).map(line)].join("\n");
}

export const replayCommand: CliCommand = {
  name: "replay",
  summary: "replay a recorded session (requests, decisions, results, terminal output)",
  async run(argv, io: CliIO) {
    const args = parseArgs(argv, ["realtime", "json", "help"]);
    if (boolFlag(args, "help")) { io.out(USAGE); return 0; }
    const [sessionId] = args.positional;
    if (!sessionId) throw new UsageError(`which session?\n${USAGE}`);
    const speed = Number(stringFlag(args, "speed") ?? "1");
    if (!(speed > 0)) throw new UsageError("--speed must be a positive number");
    const { store } = await openState(args);
    let steps: Step[] = [];
    let events;
    try {
      const entries = await store.audit.sessionEntries(sessionId);
      events = await store.recordings.events(sessionId);
      if (!entries.length && !events.length) {
        io.err(`no session ${sessionId} in the audit log or the recordings\n`);
        return 1;
      }
      const cast = stringFlag(args, "cast");
      if (cast) writeFileSync(cast, toAsciicast(events, { title: `session ${sessionId}` }));
      if (boolFlag(args, "json")) {
        io.out(JSON.stringify({ sessionId, audit: entries.map((e) => ({ seq: e.seq, hash: e.hash, ...JSON.parse(e.rec) })), recording: events }, null, 2) + "\n");
        return 0;
      }
      let order = 0;
      for (const e of entries) {
        const r = JSON.parse(e.rec) as Record<string, any>;
        const seq = `#${e.seq}`;
        switch (r.type) {
          case "session.start":
            steps.push({ at: r.at, order: order++, text: `session ${sessionId} ${seq}: ${chainText(r.principal as PrincipalRef)} on ${r.connection?.name ?? "?"} from ${r.sourceIp}${r.authMethod ? ` (${r.authMethod})` : ""}${r.justification ? ` — "${r.justification}"` : ""}` });
            break;
          case "request": {
            const d = r.decision ?? {};
            steps.push({ at: r.at, order: order++, text: `${r.protocol ?? ""} ${seq}  ${pad(String(r.text))}\n` +
              `              → ${String(d.effect).toUpperCase()}${d.rules?.length ? ` by ${d.rules.join(", ")}` : ""}${d.reason ? ` — ${d.reason}` : ""}` +
              `${d.masks?.length ? `\n              masks: ${d.masks.map((m: any) => `${m.column ?? m.infoType} ${m.method}`).join(", ")}` : ""}${r.approvalId ? `\n              approval ${r.approvalId}` : ""}` });
            break;
          }
          case "response":
            steps.push({ at: r.at, order: order++, text: r.error ? `  ${seq} error ${r.error.code ?? ""} ${r.error.message}` : `  ${seq} ${r.rows} rows, ${r.bytes} bytes, ${r.maskedCells} masked cells${r.durationMs !== undefined ? `, ${r.durationMs} ms` : ""}` });
            break;
          case "approval":
            steps.push({ at: r.at, order: order++, text: `approval ${r.approvalId} ${seq}: ${r.from ?? "new"} → ${r.to}${r.actor ? ` by ${chainText(r.actor as PrincipalRef)}` : ""}${r.comment ? ` — ${r.comment}` : ""}` });
            break;
          case "session.end":
            steps.push({ at: r.at, order: order++, text: `session ended ${seq}${r.reason ? `: ${r.reason}` : ""}` });
            break;
        }
      }
      for (const ev of events) {
        if (ev.kind === "result") {
          const d = ev.data as { columns?: string[]; rows?: unknown[][]; totalRows?: number; truncated?: boolean };
          const body = table(d.columns ?? [], d.rows ?? []);
          steps.push({ at: ev.at, order: order++, text: pad(body) + (d.truncated ? `\n              … ${d.totalRows} rows in all, first ${d.rows?.length ?? 0} recorded` : "") });
        } else if (ev.kind === "output") {
          steps.push({ at: ev.at, order: order++, raw: String(ev.data.data ?? "") });
        }
      }
    } finally {
      await store.close();
    }
    steps = steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order));
    const realtime = boolFlag(args, "realtime");
    let prev: number | null = null;
    for (const s of steps) {
      const t = Date.parse(s.at);
      if (realtime && prev !== null && t > prev) await new Promise((r) => setTimeout(r, (t - prev!) / speed));
      prev = t;
      if (s.raw !== undefined) io.out(s.raw);
      else io.out(`${s.at.slice(11, 23)}  ${s.text}\n`);
    }
    return 0;
  },
};
