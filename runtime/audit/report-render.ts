// Renders the evidence report as Markdown or as a self-contained HTML page (inline CSS, no script,
// prints cleanly), both with the same sections in the same order.
import type { ReportData, ReportRow } from "./report.js";

interface Section { id: string; title: string; intro: string; blocks: { caption?: string; rows: ReportRow[]; empty: string }[] }

function sections(d: ReportData): Section[] {
  return [
    { id: "authentication", title: "1. Authentication", intro: "Who connected, through which identity chain (an agent and the human it acts for), from where, and who was refused.",
      blocks: [
        { caption: "Sessions", rows: d.sessions, empty: "No sessions in this period." },
        { caption: "Refused authentications", rows: d.authFailures, empty: "No refused authentications." },
        { caption: "Tokens issued by the gateway", rows: d.tokens, empty: "No tokens issued." },
        { caption: "Principals", rows: d.principals, empty: "No principals." },
      ] },
    { id: "authorization", title: "2. Authorization decisions", intro: "Every request was decided by the compiled policy before it reached the system; deny beats review beats allow, and nothing matched means deny.",
      blocks: [
        { caption: "Decisions by rule", rows: d.rules, empty: "No decisions." },
        { caption: "Denied and reviewed requests", rows: d.refused, empty: "No request was denied or sent for review." },
      ] },
    { id: "activity", title: "3. Activity", intro: "What each principal did on each connection and how much data left the gateway, after masking.",
      blocks: [
        { caption: "Activity by principal and connection", rows: d.activity, empty: "No activity." },
        { caption: "Masking applied", rows: d.masks, empty: "No masks applied." },
        { caption: "Errors", rows: d.errors, empty: "No errors." },
      ] },
    { id: "approvals", title: "4. Approvals", intro: "Requests held for human approval, every vote and transition; nobody may approve a request made by them or on their behalf.",
      blocks: d.approvals.length
        ? d.approvals.map((a) => ({ caption: `${a.id} — ${a.status}: ${a.request} (requested by ${a.requester} on ${a.connection}, rule ${a.rule})`, rows: a.steps, empty: "" }))
        : [{ rows: [], empty: "No approvals in this period." }] },
    { id: "policy", title: "5. Policy changes", intro: "Policy loads and reloads; a failed reload keeps the previous policy in force.",
      blocks: [{ rows: d.policy, empty: "No policy loads in this period." }] },
  ];
}

function integrityLines(d: ReportData): string[] {
  const v = d.integrity;
  const head = v.ok
    ? `Chain verified: ${v.entries} entries${v.lastSeq !== null ? ` (seq ${v.firstSeq}–${v.lastSeq})` : ""}, ${v.checkpoints} signed checkpoints.`
    : `CHAIN VERIFICATION FAILED at seq ${v.problem?.seq ?? "?"}: ${v.problem?.reason}.`;
  return [head, `Last hash: ${v.lastHash}`, `Signing keys (fingerprints): ${v.keyIds.join(", ") || "none"}`,
    `Records: ${Object.entries(d.counts).map(([k, n]) => `${k} ${n}`).join(", ") || "none"}`];
}

const md = (s: string | number) => String(s).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

export function renderMarkdown(d: ReportData): string {
  const out: string[] = [`# ${d.title}`, "", `Period: ${d.period.from ?? "—"} to ${d.period.to ?? "—"}  `, `Source: ${md(d.source)}  `, `Generated: ${d.generatedAt}`, "",
    "## Integrity of this record", "", ...integrityLines(d).map((l) => `- ${md(l)}`), "",
    `Decisions: ${d.effects.allow ?? 0} allowed, ${d.effects.deny ?? 0} denied, ${d.effects.review ?? 0} sent for review.`, ""];
  for (const s of sections(d)) {
    out.push(`## ${s.title}`, "", s.intro, "");
    for (const b of s.blocks) {
      if (b.caption) out.push(`### ${md(b.caption)}`, "");
      if (!b.rows.length) { out.push(`_${b.empty}_`, ""); continue; }
      const cols = Object.keys(b.rows[0]!);
      out.push(`| ${cols.map(md).join(" | ")} |`, `| ${cols.map(() => "---").join(" | ")} |`);
      for (const r of b.rows) out.push(`| ${cols.map((c) => md(r[c] ?? "")).join(" | ")} |`);
      out.push("");
    }
  }
  if (d.truncated.length) out.push(`_Lists shortened: ${d.truncated.join("; ")}. The export holds every record._`, "");
  return out.join("\n");
}

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const CSS = `
:root{--fg:#1d2433;--muted:#5b6475;--line:#d9dee7;--bg:#fff;--band:#f5f7fa;--ok:#137333;--bad:#b3261e;--allow:#137333;--deny:#b3261e;--review:#a15c00}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0}
main{max-width:1180px;margin:0 auto;padding:32px 28px 64px}h1{font-size:28px;margin:0 0 4px}h2{font-size:21px;margin:40px 0 6px;padding-top:12px;border-top:2px solid var(--line)}
h3{font-size:15px;margin:22px 0 8px;color:var(--fg)}.meta{color:var(--muted);margin:0 0 20px}.intro{color:var(--muted);margin:0 0 12px}
.badge{border-radius:8px;padding:14px 18px;margin:18px 0;border:1px solid}.badge.ok{background:#e6f4ea;border-color:#a8dab5;color:var(--ok)}.badge.bad{background:#fce8e6;border-color:#f4b4ae;color:var(--bad)}
.badge strong{font-size:16px}.badge ul{margin:6px 0 0;padding-left:18px;color:var(--fg)}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}.card{flex:1 1 150px;background:var(--band);border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.card b{display:block;font-size:24px}.card span{color:var(--muted);font-size:13px}
nav{background:var(--band);border:1px solid var(--line);border-radius:8px;padding:10px 16px;margin:16px 0}nav a{margin-right:18px;color:#1a56b3;text-decoration:none}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:13px}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--band);font-weight:600;position:sticky;top:0}tr:nth-child(even) td{background:#fbfcfd}td.num{text-align:right;font-variant-numeric:tabular-nums}
td.wide{min-width:22em}td code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px;word-break:break-word}.empty{color:var(--muted);font-style:italic}
.eff-allow{color:var(--allow);font-weight:600}.eff-deny{color:var(--deny);font-weight:600}.eff-review{color:var(--review);font-weight:600}
footer{margin-top:40px;color:var(--muted);font-size:13px}@media print{nav{display:none}th{position:static}h2{break-before:page}}
`;

function cell(col: string, v: string | number): string {
  if (typeof v === "number") return `<td class="num">${v.toLocaleString("en-US")}</td>`;
  if (col === "effect" || col === "result") return `<td class="eff-${esc(v === "FAILED" ? "deny" : v)}">${esc(v)}</td>`;
  if (col === "request" || col === "error") return `<td class="wide"><code>${esc(v)}</code></td>`;
  if (col === "token id" || col === "session" || col === "source") return `<td><code>${esc(v)}</code></td>`;
  return `<td>${esc(v)}</td>`;
}

export function renderHtml(d: ReportData): string {
  const v = d.integrity;
  const [head, ...rest] = integrityLines(d);
  const cards: [string, number][] = [["sessions", d.sessions.length], ["requests", d.counts.request ?? 0], ["allowed", d.effects.allow ?? 0],
    ["denied", d.effects.deny ?? 0], ["sent for review", d.effects.review ?? 0], ["approvals", d.approvals.length]];
  const secs = sections(d);
  const body: string[] = [
    `<h1>${esc(d.title)}</h1>`,
    `<p class="meta">Period ${esc(d.period.from ?? "—")} to ${esc(d.period.to ?? "—")} · source ${esc(d.source)} · generated ${esc(d.generatedAt)}</p>`,
    `<div class="badge ${v.ok ? "ok" : "bad"}"><strong>${esc(head!)}</strong><ul>${rest.map((l) => `<li class="mono">${esc(l)}</li>`).join("")}</ul></div>`,
    `<div class="cards">${cards.map(([k, n]) => `<div class="card"><b>${n.toLocaleString("en-US")}</b><span>${esc(k)}</span></div>`).join("")}</div>`,
    `<nav>${secs.map((s) => `<a href="#${s.id}">${esc(s.title)}</a>`).join("")}</nav>`,
  ];
  for (const s of secs) {
    body.push(`<section id="${s.id}"><h2>${esc(s.title)}</h2><p class="intro">${esc(s.intro)}</p>`);
    for (const b of s.blocks) {
      if (b.caption) body.push(`<h3>${esc(b.caption)}</h3>`);
      if (!b.rows.length) { body.push(`<p class="empty">${esc(b.empty)}</p>`); continue; }
      const cols = Object.keys(b.rows[0]!);
      body.push(`<table><thead><tr>${cols.map((c) => `<th>${esc(c)}</th>`).join("")}</tr></thead><tbody>`);
      for (const r of b.rows) body.push(`<tr>${cols.map((c) => cell(c, r[c] ?? "")).join("")}</tr>`);
      body.push(`</tbody></table>`);
    }
    body.push(`</section>`);
  }
  if (d.truncated.length) body.push(`<p class="empty">Lists shortened: ${esc(d.truncated.join("; "))}. The export holds every record.</p>`);
  body.push(`<footer>Verify this evidence independently: <code>gateway audit verify --file EXPORT.jsonl</code> and compare the key fingerprint above with the one the operator published.</footer>`);
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(d.title)}</title><style>${CSS}</style></head><body><main>\n${body.join("\n")}\n</main></body></html>\n`;
}
