// The evidence report, grouped as an FFIEC examiner reads access evidence: integrity of the record
// first, then authentication (who got in, who was refused, which tokens were issued),
// authorization decisions (what was allowed, denied or sent for review, under which rule), activity
// (what was done and how much data left, masked), approvals, and policy changes.
import type { StoredEntry } from "./chain.js";
import type { PrincipalRef } from "./records.js";
import type { VerifyResult } from "./verify.js";

const LIST_LIMIT = 500;

export interface ReportRow { [k: string]: string | number }

export interface ReportData {
  title: string;
  generatedAt: string;
  source: string;
  period: { from: string | null; to: string | null };
  integrity: VerifyResult;
  counts: Record<string, number>;
  sessions: ReportRow[];
  authFailures: ReportRow[];
  tokens: ReportRow[];
  principals: ReportRow[];
  effects: Record<string, number>;
  rules: ReportRow[];
  refused: ReportRow[];
  activity: ReportRow[];
  masks: ReportRow[];
  errors: ReportRow[];
  approvals: { id: string; requester: string; connection: string; request: string; rule: string; status: string; steps: ReportRow[] }[];
  policy: ReportRow[];
  truncated: string[];
}

/** "agent-7 (agent) for alice@bank.example (human)" */
export function chainText(p: PrincipalRef | null | undefined): string {
  if (!p) return "gateway";
  const parts: string[] = [];
  for (let q: PrincipalRef | undefined = p; q; q = q.onBehalfOf) parts.push(`${q.id} (${q.kind})`);
  return parts.join(" for ");
}

type Rec = Record<string, unknown> & { type: string; at: string; principal?: PrincipalRef | null; connection?: { name: string } | null; sessionId?: string | null };

export class ReportBuilder {
  private readonly d: ReportData;
  private readonly sessions = new Map<string, ReportRow>();
  private readonly principals = new Map<string, ReportRow>();
  private readonly rules = new Map<string, ReportRow>();
  private readonly activity = new Map<string, ReportRow>();
  private readonly masks = new Map<string, ReportRow>();
  private readonly approvals = new Map<string, ReportData["approvals"][number]>();
  private readonly requestOwner = new Map<string, string>();

  constructor(opts: { title?: string; source: string; integrity: VerifyResult; generatedAt?: string }) {
    this.d = {
      title: opts.title ?? "Access evidence report", generatedAt: opts.generatedAt ?? new Date().toISOString(), source: opts.source,
      period: { from: null, to: null }, integrity: opts.integrity, counts: {}, sessions: [], authFailures: [], tokens: [], principals: [],
      effects: { allow: 0, deny: 0, review: 0 }, rules: [], refused: [], activity: [], masks: [], errors: [], approvals: [], policy: [], truncated: [],
    };
  }

  add(e: StoredEntry): void {
    let r: Rec;
    try {
      r = JSON.parse(e.rec) as Rec;
    } catch {
      return;
    }
    const d = this.d;
    d.counts[e.kind] = (d.counts[e.kind] ?? 0) + 1;
    if (e.kind !== "checkpoint") {
      if (!d.period.from || r.at < d.period.from) d.period.from = r.at;
      if (!d.period.to || r.at > d.period.to) d.period.to = r.at;
    }
    const who = chainText(r.principal);
    const conn = r.connection?.name ?? "";
    switch (r.type) {
      case "session.start": {
        const row: ReportRow = { seq: e.seq, started: r.at, session: String(r.sessionId ?? ""), principal: who, connection: conn, from: String(r.sourceIp ?? ""), method: String(r.authMethod ?? ""), ended: "", requests: 0 };
        this.sessions.set(String(r.sessionId), row);
        this.principal(who).sessions = Number(this.principal(who).sessions) + 1;
        break;
      }
      case "session.end": {
        const s = this.sessions.get(String(r.sessionId));
        if (s) s.ended = r.at;
        break;
      }
      case "auth.failure":
        this.push(d.authFailures, "authentication failures", { seq: e.seq, at: r.at, from: String(r.sourceIp ?? ""), claimed: String(r.claimedId ?? ""), connection: conn, reason: String(r.reason ?? "") });
        break;
      case "token.issued":
        this.push(d.tokens, "tokens", { seq: e.seq, at: r.at, subject: chainText(r.subject as PrincipalRef), "issued by": who, "token id": String(r.jti ?? ""), expires: String(r.expiresAt ?? "") });
        break;
      case "request": {
        const dec = (r.decision ?? {}) as { effect?: string; rules?: string[]; reason?: string; masks?: { column?: string; infoType?: string; method?: string }[] };
        const effect = dec.effect ?? "unknown";
        d.effects[effect] = (d.effects[effect] ?? 0) + 1;
        const p = this.principal(who);
        p[effect] = Number(p[effect] ?? 0) + 1;
        const s = this.sessions.get(String(r.sessionId));
        if (s) s.requests = Number(s.requests) + 1;
        for (const rule of dec.rules?.length ? dec.rules : ["(no rule matched)"]) {
          const row = this.rules.get(rule) ?? { rule, allow: 0, deny: 0, review: 0 };
          row[effect] = Number(row[effect] ?? 0) + 1;
          this.rules.set(rule, row);
        }
        for (const m of dec.masks ?? []) {
          const target = m.column ?? `detected ${m.infoType}`;
          const row = this.masks.get(target) ?? { masked: target, method: String(m.method ?? ""), requests: 0 };
          row.requests = Number(row.requests) + 1;
          this.masks.set(target, row);
        }
        const a = this.act(who, conn);
        a.requests = Number(a.requests) + 1;
        this.requestOwner.set(String(r.requestId), `${who}\u0000${conn}`);
        if (effect !== "allow") {
          this.push(d.refused, "denied and reviewed requests", {
            seq: e.seq, at: r.at, effect, principal: who, connection: conn, request: String(r.text ?? ""),
            rules: (dec.rules ?? []).join(", "), reason: String(dec.reason ?? ""), approval: String(r.approvalId ?? ""),
          });
        }
        break;
      }
      case "response": {
        const [w, c] = (this.requestOwner.get(String(r.requestId)) ?? `${who}\u0000${conn}`).split("\u0000") as [string, string];
        const a = this.act(w, c);
        a.rows = Number(a.rows) + Number(r.rows ?? 0);
        a.bytes = Number(a.bytes) + Number(r.bytes ?? 0);
        a["masked cells"] = Number(a["masked cells"]) + Number(r.maskedCells ?? 0);
        const err = r.error as { code?: string; message?: string } | undefined;
        if (err) {
          a.errors = Number(a.errors) + 1;
          this.push(d.errors, "errors", { seq: e.seq, at: r.at, principal: w, connection: c, code: String(err.code ?? ""), error: String(err.message ?? "") });
        }
        break;
      }
      case "approval": {
        const id = String(r.approvalId);
        let ap = this.approvals.get(id);
        if (!ap) {
          ap = { id, requester: who, connection: conn, request: String(r.requestText ?? ""), rule: String(r.rule ?? ""), status: "", steps: [] };
          this.approvals.set(id, ap);
        }
        if (!ap.request && r.requestText) ap.request = String(r.requestText);
        ap.status = String(r.to);
        const vote = r.vote ? `${r.vote}${r.approvals !== undefined ? ` (${r.approvals}/${r.minApprovals})` : ""}` : "";
        ap.steps.push({ seq: e.seq, at: r.at, transition: `${r.from ?? "new"} → ${r.to}`, by: r.actor ? chainText(r.actor as PrincipalRef) : "gateway (timeout)", vote, comment: String(r.comment ?? "") });
        break;
      }
      case "policy.load":
        this.push(d.policy, "policy loads", { seq: e.seq, at: r.at, event: r.reload ? "reload" : "load", result: r.ok ? "ok" : "FAILED", source: String(r.sourceHash ?? "").slice(0, 16), rules: r.rules === undefined ? "" : Number(r.rules), error: String(r.error ?? "") });
        break;
    }
  }

  finish(): ReportData {
    const d = this.d;
    d.sessions = [...this.sessions.values()].slice(-LIST_LIMIT);
    if (this.sessions.size > LIST_LIMIT) d.truncated.push(`sessions (last ${LIST_LIMIT} of ${this.sessions.size} shown)`);
    d.principals = [...this.principals.values()].sort((a, b) => String(a.principal).localeCompare(String(b.principal)));
    d.rules = [...this.rules.values()].sort((a, b) => String(a.rule).localeCompare(String(b.rule)));
    d.activity = [...this.activity.values()];
    d.masks = [...this.masks.values()];
    d.approvals = [...this.approvals.values()].slice(-LIST_LIMIT);
    return d;
  }

  private principal(who: string): ReportRow {
    let p = this.principals.get(who);
    if (!p) this.principals.set(who, (p = { principal: who, sessions: 0, allow: 0, deny: 0, review: 0 }));
    return p;
  }

  private act(who: string, conn: string): ReportRow {
    const k = `${who}\u0000${conn}`;
    let a = this.activity.get(k);
    if (!a) this.activity.set(k, (a = { principal: who, connection: conn, requests: 0, rows: 0, bytes: 0, "masked cells": 0, errors: 0 }));
    return a;
  }

  private push(list: ReportRow[], what: string, row: ReportRow): void {
    if (list.length < LIST_LIMIT) list.push(row);
    else if (!this.d.truncated.includes(what)) this.d.truncated.push(what);
  }
}
