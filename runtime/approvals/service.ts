// The approvals workflow over the shared approvals table. Every transition is a compare-and-set
// on the row's version (so two gateway instances cannot both consume a one-time approval) and is
// audited; when the audit write fails the transition is undone and the call fails (fail closed).
import { EventEmitter } from "node:events";
import { randomBytes } from "node:crypto";
import type { Connection, Principal, ReviewDirective } from "../../compiler/context/types.js";
import { canonicalJson } from "../audit/canonical.js";
import { sha256 } from "../audit/chain.js";
import type { AuditLog } from "../audit/log.js";
import { principalChainIds, principalRef, type ApprovalRecord, type ConnectionRef, type PrincipalRef } from "../audit/records.js";
import { ApprovalError } from "./types.js";
import type { Approval, ApprovalStatus, ApprovalStore } from "./types.js";

export interface ApprovalServiceOptions {
  store: ApprovalStore;
  audit: AuditLog;
  clock?: () => Date;
  /** How often wait() re-reads the shared table for decisions made by other instances (default 250 ms). */
  pollMs?: number;
  instance?: string;
}

export interface CreateApprovalInput {
  principal: Principal | PrincipalRef;
  connection: Connection | ConnectionRef;
  sessionId: string | null;
  /** The request as shown to approvers (secrets are scrubbed before it is stored). */
  requestText: string;
  /** The normalised request the key is computed from (see approvalKey). */
  normalizedRequest: string;
  review: ReviewDirective;
}

/** Identifies "the same request by the same principal on the same connection". */
export function approvalKey(principal: Principal | PrincipalRef, connection: string, normalizedRequest: string): string {
  return sha256(canonicalJson({ chain: principalChainIds(principal), connection, request: normalizedRequest }));
}

const asRef = (p: Principal | PrincipalRef): PrincipalRef => principalRef(p as Principal);

export class ApprovalService {
  private readonly store: ApprovalStore;
  private readonly audit: AuditLog;
  private readonly clock: () => Date;
  private readonly pollMs: number;
  private readonly instance: string | undefined;
  private readonly changed = new EventEmitter();

  constructor(opts: ApprovalServiceOptions) {
    this.store = opts.store;
    this.audit = opts.audit;
    this.clock = opts.clock ?? (() => new Date());
    this.pollMs = opts.pollMs ?? 250;
    this.instance = opts.instance;
    this.changed.setMaxListeners(0);
  }

  /** Creates a pending approval, or returns the pending one with the same key. */
  async create(input: CreateApprovalInput): Promise<Approval> {
    const connection: ConnectionRef = { name: input.connection.name, protocol: input.connection.protocol };
    const key = approvalKey(input.principal, connection.name, input.normalizedRequest);
    const existing = (await this.byKey(key)).find((a) => a.status === "pending");
    if (existing) return existing;
    const now = this.clock();
    const r = input.review;
    const a: Approval = {
      id: `apr_${randomBytes(12).toString("base64url")}`,
      key,
      status: "pending",
      requester: asRef(input.principal),
      connection,
      sessionId: input.sessionId,
      requestText: this.audit.scrubber.scrubString(input.requestText),
      rule: r.rule,
      approverGroups: [...r.approvers],
      minApprovals: Math.max(1, Math.floor(r.minApprovals || 1)),
      scope: r.scope,
      windowSeconds: r.scope === "window" ? Math.max(0, r.windowSeconds ?? 0) : null,
      mode: r.mode,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + Math.max(0, r.ttlSeconds) * 1000).toISOString(),
      decidedAt: null,
      windowEndsAt: null,
      usedAt: null,
      uses: 0,
      votes: [],
      version: 1,
    };
    // Audit first: an approval nobody can trace must not exist.
    await this.audit.append(this.record(a, null, "pending", asRef(input.principal), { requestText: a.requestText }));
    await this.store.insert(a);
    return a;
  }

  /** The approval, with a due expiry applied. */
  async get(id: string): Promise<Approval | null> {
    const a = await this.store.get(id);
    return a ? this.expireIfDue(a) : null;
  }

  async list(filter: { status?: ApprovalStatus[]; limit?: number } = {}): Promise<Approval[]> {
    const all = await Promise.all((await this.store.list(filter)).map((a) => this.expireIfDue(a)));
    return filter.status ? all.filter((a) => filter.status!.includes(a.status)) : all;
  }

  /** Approvals with this key, newest first, expiries applied. */
  async byKey(key: string): Promise<Approval[]> {
    return Promise.all((await this.store.byKey(key)).map((a) => this.expireIfDue(a)));
  }

  /** An approved approval for this key that may still be used (retry mode), if any. */
  async findUsable(key: string): Promise<Approval | null> {
    return (await this.byKey(key)).find((a) => this.usable(a)) ?? null;
  }

  async findPending(key: string): Promise<Approval | null> {
    return (await this.byKey(key)).find((a) => a.status === "pending") ?? null;
  }

  /** Why `approver` may not vote on `a`, or null when they may. */
  whyNot(a: Approval, approver: Principal | PrincipalRef): ApprovalError | null {
    const requester = new Set(principalChainIds(a.requester));
    // No self-approval through delegation: neither the approver nor anyone it acts for may be in the requester's chain.
    const clash = principalChainIds(approver).find((id) => requester.has(id));
    if (clash) return new ApprovalError("self-approval", `${approver.id} may not approve a request made by or for ${clash}`);
    const groups = new Set(approver.groups);
    if (!a.approverGroups.some((g) => groups.has(g) || g === approver.id)) {
      return new ApprovalError("not-an-approver", `${approver.id} is not among the approvers (${a.approverGroups.join(", ") || "none"})`);
    }
    return null;
  }

  approve(id: string, approver: Principal | PrincipalRef, comment?: string): Promise<Approval> {
    return this.vote(id, approver, "approve", comment);
  }

  deny(id: string, approver: Principal | PrincipalRef, comment?: string): Promise<Approval> {
    return this.vote(id, approver, "deny", comment);
  }

  /**
   * Consumes the approval for a request with this key: a one-time approval becomes used (only one
   * caller wins, across instances); a window approval counts the use and stays approved.
   */
  use(id: string, key: string, by: Principal | PrincipalRef): Promise<Approval> {
    return this.transition(id, (a, now) => {
      if (a.key !== key) throw new ApprovalError("not-usable", `approval ${id} is for a different request`);
      if (!this.usable(a, now)) throw new ApprovalError("not-usable", `approval ${id} is ${a.status}${a.status === "approved" ? " but no longer valid" : ""}`);
      a.uses += 1;
      a.usedAt = now.toISOString();
      const to: ApprovalStatus = a.scope === "once" ? "used" : "approved";
      a.status = to;
      return { next: a, record: this.record(a, "approved", to, asRef(by), { comment: `use ${a.uses}` }) };
    });
  }

  /** Waits until the approval leaves "pending" (or the timeout passes); returns it as it then is. */
  async wait(id: string, opts: { timeoutMs: number; signal?: AbortSignal }): Promise<Approval> {
    const deadline = Date.now() + opts.timeoutMs;
    for (;;) {
      const a = await this.get(id);
      if (!a) throw new ApprovalError("not-found", `no approval ${id}`);
      if (a.status !== "pending" || Date.now() >= deadline || opts.signal?.aborted) return a;
      const expiresIn = Date.parse(a.expiresAt) - this.clock().getTime();
      const pause = Math.max(1, Math.min(this.pollMs, deadline - Date.now(), expiresIn + 1));
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(t);
          this.changed.off(id, done);
          opts.signal?.removeEventListener("abort", done);
          resolve();
        };
        const t = setTimeout(done, pause);
        this.changed.on(id, done);
        opts.signal?.addEventListener("abort", done);
      });
    }
  }

  /** Expires every pending approval past its deadline and every window past its end. */
  async expireDue(): Promise<number> {
    let n = 0;
    for (const a of await this.store.list({ status: ["pending", "approved"], limit: 100_000 })) {
      if ((await this.expireIfDue(a)).status === "expired") n++;
    }
    return n;
  }

  private usable(a: Approval, now = this.clock()): boolean {
    return a.status === "approved" && (a.windowEndsAt === null || now.getTime() < Date.parse(a.windowEndsAt));
  }

  private async vote(id: string, approver: Principal | PrincipalRef, vote: "approve" | "deny", comment?: string): Promise<Approval> {
    try {
      return await this.castVote(id, approver, vote, comment);
    } catch (e) {
      // A refused vote changes nothing but is evidence (e.g. someone tried to approve their own agent's request).
      if (e instanceof ApprovalError && (e.code === "self-approval" || e.code === "not-an-approver")) {
        const a = await this.store.get(id);
        if (a) await this.audit.append(this.record(a, a.status, a.status, asRef(approver), { vote, comment: `refused (${e.code}): ${e.message}` }));
      }
      throw e;
    }
  }

  private castVote(id: string, approver: Principal | PrincipalRef, vote: "approve" | "deny", comment?: string): Promise<Approval> {
    return this.transition(id, (a, now) => {
      if (a.status !== "pending") {
        throw new ApprovalError(a.status === "expired" ? "expired" : "not-pending", `approval ${id} is ${a.status}, not pending`);
      }
      const why = this.whyNot(a, approver);
      if (why) throw why;
      if (a.votes.some((v) => v.principal.id === approver.id)) throw new ApprovalError("already-voted", `${approver.id} has already voted on ${id}`);
      const at = now.toISOString();
      a.votes.push({ principal: asRef(approver), vote, at, ...(comment ? { comment } : {}) });
      const approvals = a.votes.filter((v) => v.vote === "approve").length;
      let to: ApprovalStatus = "pending";
      if (vote === "deny") to = "denied";
      else if (approvals >= a.minApprovals) to = "approved";
      if (to !== "pending") a.decidedAt = at;
      if (to === "approved") {
        // A one-time approval must be used within the request's ttl; a window lasts windowSeconds.
        const span = a.scope === "window" ? (a.windowSeconds ?? 0) * 1000 : Date.parse(a.expiresAt) - Date.parse(a.createdAt);
        a.windowEndsAt = new Date(now.getTime() + span).toISOString();
      }
      a.status = to;
      return { next: a, record: this.record(a, "pending", to, asRef(approver), { vote, comment, approvals }) };
    });
  }

  private async expireIfDue(a: Approval): Promise<Approval> {
    const now = this.clock().getTime();
    const due = (a.status === "pending" && now >= Date.parse(a.expiresAt)) || (a.status === "approved" && a.windowEndsAt !== null && now >= Date.parse(a.windowEndsAt));
    if (!due) return a;
    try {
      return await this.transition(a.id, (cur, _now) => {
        if (cur.status !== a.status) return null;
        const from = cur.status;
        cur.status = "expired";
        return { next: cur, record: this.record(cur, from, "expired", null, {}) };
      });
    } catch (e) {
      // Could not record the expiry: report the approval as expired anyway (never usable), fail closed.
      if (e instanceof ApprovalError) throw e;
      return { ...a, status: "expired" };
    }
  }

  /** Reads, mutates and compare-and-sets an approval, auditing the change; retries on a lost race. */
  private async transition(
    id: string,
    mutate: (a: Approval, now: Date) => { next: Approval; record: ApprovalRecord } | null,
  ): Promise<Approval> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const cur = await this.store.get(id);
      if (!cur) throw new ApprovalError("not-found", `no approval ${id}`);
      const change = mutate(structuredClone(cur), this.clock());
      if (!change) return cur;
      const next = { ...change.next, version: cur.version + 1 };
      if (!(await this.store.update(next, cur.version))) continue;
      try {
        await this.audit.append(change.record);
      } catch (e) {
        await this.store.update({ ...cur, version: next.version + 1 }, next.version);
        throw e;
      }
      this.changed.emit(id);
      return next;
    }
    throw new ApprovalError("conflict", `approval ${id} kept changing under concurrent updates`);
  }

  private record(a: Approval, from: ApprovalStatus | null, to: ApprovalStatus, actor: PrincipalRef | null, extra: Partial<ApprovalRecord>): ApprovalRecord {
    const r: ApprovalRecord = {
      type: "approval",
      principal: a.requester,
      connection: a.connection,
      sessionId: a.sessionId,
      approvalId: a.id,
      from,
      to,
      actor,
      rule: a.rule,
      minApprovals: a.minApprovals,
      ...extra,
    };
    if (this.instance) r.instance = this.instance;
    for (const k of Object.keys(r) as (keyof ApprovalRecord)[]) if (r[k] === undefined) delete r[k];
    return r;
  }
}
