// One client session in the engine: builds the RequestContext, decides, writes the request record
// before anything runs, handles reviews (retry / hold), and audits outcomes.

import { randomUUID } from "node:crypto";
import type { Connection, Decision, Principal, RequestContext, SqlFacts } from "../../compiler/context/types.js";
import type { ApprovalService } from "../approvals/index.js";
import { approvalKey, ApprovalError, type Approval } from "../approvals/index.js";
import type { AuditLog } from "../audit/log.js";
import { principalRef, type AnalysisSummary, type ConnectionRef, type PrincipalRef } from "../audit/records.js";
import type { Catalog } from "../sql/catalog/types.js";
import { analyzeSql, defineProtocolName, markUnresolvedRowTests, dependsOnSessionNames, forgetProtocolPortal, protocolDefinition, settleProtocolName, settleSqlSession, SqlSessionState, type ProtocolNameChange, type ProtocolNameKind } from "../sql/index.js";
import type { SqlAnalysis } from "../sql/types.js";
import type { ResultMasking } from "./masking-adapter.js";
import type { OutcomeBuffer } from "./outcome-buffer.js";
import type { SessionRecorder } from "../recording/index.js";
import { EngineRecording } from "./recording.js";
import { asRecorded, type RecordFragments } from "./record-fragments.js";
import type { Allowed, Authorization, EngineSession, Outcome, Refused, RequestHooks, RequestInput } from "./types.js";

export interface SessionDeps {
  audit: AuditLog;
  /** Where outcome records wait to join the next commit. */
  outcomes: OutcomeBuffer;
  /** Record parts encoded once (analysis summaries, decisions). */
  fragments: RecordFragments;
  approvals: ApprovalService;
  /** The current policy (hot-reloaded). */
  decide(ctx: RequestContext): Decision;
  /**
   * The current policy object when its decisions do not depend on the request time (only on the
   * session and the request's facts), undefined otherwise: decisions are then reused per facts.
   */
  timeIndependentPolicy?(): object | undefined;
  catalog(): Catalog | undefined;
  masking: ResultMasking;
  holdTimeoutSeconds: number;
  /** Vault secrets out of any text. */
  scrub(text: string): string;
  /** Called after a statement that may change the catalog ran. */
  catalogChanged(): void;
  /** Records the session's requests, decisions, first result rows and responses; absent: not recorded here. */
  recorder?: SessionRecorder;
  clock?: () => Date;
}

const DENIED = "42501";

export class EngineSessionImpl implements EngineSession {
  readonly id = randomUUID();
  private readonly startedAt: string;
  /** The principal chain and connection as every record of this session carries them, encoded once. */
  private readonly ref: PrincipalRef;
  private readonly conn: ConnectionRef;
  private readonly sqlState = new SqlSessionState();
  /** Decisions by statement facts (the analyzer shares one facts object per statement shape), for the policy that made them. */
  private readonly decisions = new WeakMap<SqlFacts, { policy: object; decision: Decision; recorded: Decision }>();
  private ended = false;
  private recording?: EngineRecording;

  constructor(
    readonly principal: Principal,
    readonly connection: Connection,
    private readonly sourceIp: string,
    private readonly justification: string | undefined,
    private readonly deps: SessionDeps,
  ) {
    this.startedAt = this.now().toISOString();
    this.ref = asRecorded(deps.fragments.fragment(principalRef(principal)));
    this.conn = asRecorded(deps.fragments.fragment({ name: connection.name, protocol: connection.protocol }));
  }

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  private base() {
    return { principal: this.ref, connection: this.conn, sessionId: this.id };
  }

  async start(authMethod: string): Promise<void> {
    const r = this.deps.recorder;
    if (r) this.recording = new EngineRecording(await r.session(this.id, { title: `${this.principal.id} on ${this.connection.name}` }), r.maxRows, this.deps.scrub);
    await this.deps.audit.append({ type: "session.start", ...this.base(), sourceIp: this.sourceIp, authMethod, ...(this.justification ? { justification: this.justification } : {}) });
  }

  analyzeSql(text: string): SqlAnalysis {
    const catalog = this.deps.catalog();
    const analysis = analyzeSql(text, { catalog, session: this.sqlState });
    return catalog ? analysis : markUnresolvedRowTests(analysis);
  }

  defineName(kind: ProtocolNameKind, name: string, definition: SqlAnalysis | { statement: string } | undefined): ProtocolNameChange | undefined {
    if (definition && "statement" in definition && typeof definition.statement === "string") {
      const s = protocolDefinition(this.sqlState, "statement", definition.statement);
      if (!s) return undefined;
      return defineProtocolName(this.sqlState, kind, name, s.statement);
    }
    return defineProtocolName(this.sqlState, kind, name, definition as SqlAnalysis | undefined);
  }

  settleName(change: ProtocolNameChange, outcome: "ran" | "failed" | "skipped"): void {
    settleProtocolName(this.sqlState, change, outcome);
  }

  nameDefinition(kind: ProtocolNameKind, name: string, text?: string): SqlAnalysis | undefined {
    const a = protocolDefinition(this.sqlState, kind, name)?.analysis;
    // EXECUTE p or FETCH c as extended-protocol statements: judged by what p or c stands for now.
    if (a && text !== undefined && dependsOnSessionNames(a)) return this.analyzeSql(text);
    return a;
  }

  forgetPortal(change: ProtocolNameChange): void {
    if (change.kind === "portal") forgetProtocolPortal(this.sqlState, change.name, change.after);
  }

  private context(input: RequestInput): RequestContext {
    const ctx: RequestContext = {
      principal: this.principal,
      connection: this.connection,
      session: { id: this.id, startedAt: this.startedAt, sourceIp: this.sourceIp, ...(this.justification ? { justification: this.justification } : {}) },
      time: this.now().toISOString(),
    };
    if (input.kind === "sql") ctx.sql = input.analysis.facts;
    else if (input.kind === "shell") {
      if (input.shell) ctx.shell = input.shell;
      if (input.ssh) ctx.ssh = input.ssh;
    } else ctx.k8s = input.k8s;
    return ctx;
  }

  precheck(input: RequestInput): Decision {
    return this.decideShared(input).decision;
  }

  /** The decision as one shared object with its recorded form (RecordFragments.intern), reused where the policy allows. */
  private decideShared(input: RequestInput): { decision: Decision; recorded: Decision } {
    const policy = input.kind === "sql" && !input.analysis.facts.parseError ? this.deps.timeIndependentPolicy?.() : undefined;
    if (!policy || input.kind !== "sql") return this.deps.fragments.intern(this.decide(input));
    const facts = input.analysis.facts;
    const hit = this.decisions.get(facts);
    if (hit && hit.policy === policy) return hit;
    const e = { policy, ...this.deps.fragments.intern(this.decide(input)) };
    this.decisions.set(facts, e);
    return e;
  }

  private decide(input: RequestInput): Decision {
    if (input.kind === "sql" && input.analysis.facts.parseError) {
      // What cannot be parsed cannot be judged: refused whatever the policy says.
      return { effect: "deny", rules: [], reason: `the statement could not be analysed: ${input.analysis.facts.parseError.message}`, masks: [] };
    }
    try {
      return this.deps.decide(this.context(input));
    } catch (e) {
      return { effect: "deny", rules: [], reason: "the policy could not be evaluated", masks: [], errors: [{ rule: "*", message: (e as Error).message }] };
    }
  }

  async authorize(input: RequestInput, hooks: RequestHooks): Promise<Authorization> {
    const requestId = randomUUID();
    // Equal decisions are one object (the masker cache keys on it), recorded as one fragment.
    const { decision, recorded } = this.decideShared(input);
    const text = this.deps.scrub(input.text);
    const refuse = (message: string, code = DENIED, extra: Partial<Refused> = {}): Refused => ({ verdict: "refuse", requestId, decision, message, code, ...extra });
    const recording = this.recording;
    let requestRecorded = false;
    const record = async (approvalId?: string): Promise<boolean> => {
      // A session whose recording failed runs nothing more: the request is audited and refused.
      if (recording?.broken) {
        await this.appendRequest(requestId, input, text, recorded, approvalId).catch(() => undefined);
        return false;
      }
      try {
        await this.appendRequest(requestId, input, text, recorded, approvalId);
      } catch {
        return false;
      }
      if (recording) {
        if (!requestRecorded) recording.request(requestId, text, input.kind === "sql" ? input.params : undefined);
        requestRecorded = true;
        recording.decision(requestId, decision, approvalId);
      }
      return true;
    };
    const result = await this.authorizeRecorded(input, decision, requestId, text, record, refuse, hooks);
    if (result.verdict === "refuse") {
      if (requestRecorded) recording?.response(requestId, { rows: 0, bytes: 0, maskedCells: 0, error: { code: result.code, message: result.message } });
      // Never sent: the names the batch defined or closed stand for what they did before.
      if (input.kind === "sql" && input.analysis.sessionChanges) settleSqlSession(this.sqlState, input.analysis.sessionChanges, "refused");
    }
    return result;
  }

  /** `decision` in its recorded form (RecordFragments.intern). */
  private async appendRequest(requestId: string, input: RequestInput, text: string, decision: Decision, approvalId?: string): Promise<void> {
    this.deps.outcomes.flush();
    await this.deps.audit.append({
      type: "request", ...this.base(), requestId, protocol: this.connection.protocol, text, analysis: this.summarize(input),
      decision, ...(approvalId ? { approvalId } : {}),
    });
  }

  private async authorizeRecorded(
    input: RequestInput, decision: Decision, requestId: string, text: string,
    record: (approvalId?: string) => Promise<boolean>, refuse: (m: string, code?: string, extra?: Partial<Refused>) => Refused, hooks: RequestHooks,
  ): Promise<Authorization> {
    const recordFailed = () => refuse("the request was refused because it could not be recorded (audit log or session recording)", "58030");
    try {
      if (decision.effect === "deny") {
        await record();
        return refuse(`denied by policy: ${decision.reason}`, DENIED, { detail: decision.rules.length ? `rules: ${decision.rules.join(", ")}` : undefined });
      }
      if (decision.effect === "review") return await this.review(input, decision, requestId, text, record, refuse, hooks);
      if (!(await record())) return recordFailed();
      return this.allowed(input, decision, requestId);
    } catch (e) {
      return refuse(`the request was refused: ${this.deps.scrub((e as Error).message)}`, "XX000");
    }
  }

  private async review(
    input: RequestInput, decision: Decision, requestId: string, text: string,
    record: (approvalId?: string) => Promise<boolean>, refuse: (m: string, code?: string, extra?: Partial<Refused>) => Refused, hooks: RequestHooks,
  ): Promise<Authorization> {
    const review = decision.review;
    if (!review) {
      await record();
      return refuse("held for review, but the policy names no approvers");
    }
    const normalized = input.kind === "sql" && input.params?.length ? `${input.text}\n-- params: ${JSON.stringify(input.params)}` : input.text;
    const key = approvalKey(this.principal, this.connection.name, normalized);
    const approvals = this.deps.approvals;
    const useIt = async (a: Approval): Promise<Authorization | undefined> => {
      try {
        await approvals.use(a.id, key, this.principal);
      } catch (e) {
        if (e instanceof ApprovalError) return undefined; // used up by a concurrent request
        throw e;
      }
      if (!(await record(a.id))) return refuse("the request was refused because it could not be recorded (audit log or session recording)", "58030");
      return { ...this.allowed(input, decision, requestId), approvalId: a.id };
    };
    const usable = await approvals.findUsable(key);
    if (usable) {
      const r = await useIt(usable);
      if (r) return r;
    }
    const pending = await approvals.create({ principal: this.principal, connection: this.connection, sessionId: this.id, requestText: text, normalizedRequest: normalized, review });
    if (!(await record(pending.id))) return refuse("the request was refused because it could not be recorded (audit log or session recording)", "58030");
    const who = review.approvers.join(", ");
    if (review.mode === "retry") {
      return refuse(`approval required: request ${pending.id} waits for ${review.minApprovals} approval(s) from ${who}; run it again once approved`, DENIED, {
        approvalId: pending.id,
        detail: `rule ${review.rule}: ${decision.reason}`,
        hint: `gateway approvals approve ${pending.id}`,
      });
    }
    hooks.notice(`waiting for approval ${pending.id} from ${who} (rule ${review.rule}) …`);
    const timeoutMs = Math.min(this.deps.holdTimeoutSeconds, review.ttlSeconds || this.deps.holdTimeoutSeconds) * 1000;
    const settled = await approvals.wait(pending.id, { timeoutMs, signal: hooks.signal });
    if (settled.status === "approved") {
      const r = await useIt(settled);
      if (r) return r;
    }
    if (hooks.signal?.aborted) return refuse("canceling statement due to user request", "57014", { approvalId: pending.id });
    if (settled.status === "denied") return refuse(`approval ${pending.id} was denied`, DENIED, { approvalId: pending.id });
    return refuse(`approval ${pending.id} was not granted in time`, "57014", { approvalId: pending.id });
  }

  private allowed(input: RequestInput, decision: Decision, requestId: string): Allowed {
    const analysis = input.kind === "sql" ? input.analysis : undefined;
    const masking = this.deps.masking;
    const catalog = this.deps.catalog();
    let done = false;
    const changesCatalog = analysis?.facts.statements.some((s) => s.kind === "ddl" || s.kind === "dcl") ?? false;
    return {
      verdict: "allow",
      requestId,
      decision,
      rowMasker: (statement, columns) => masking.rowMasker(decision, analysis, statement, columns, catalog),
      scrubText: (t) => masking.scrubText(decision, this.deps.scrub(t)),
      scrubDatabaseText: (t, part) => masking.scrubDatabaseText(decision, input.text, this.deps.scrub(t), part),
      copyFormat: (statement) => analysis?.statements[statement]?.copy,
      readsCopyData: analysis?.facts.statements.some((s) => s.command === "copy_from") ?? false,
      mayChangeSettings: !analysis?.facts.readOnly,
      resultRecorder: (_statement, columns) => this.recording?.result(requestId, columns) ?? null,
      complete: async (o: Outcome) => {
        if (done) return;
        done = true;
        if (analysis?.sessionChanges) settleSqlSession(this.sqlState, analysis.sessionChanges, o.error ? "failed" : "ran");
        this.recording?.response(requestId, o);
        if (changesCatalog) this.deps.catalogChanged();
        this.deps.outcomes.add({ type: "response", ...this.base(), requestId, rows: o.rows, bytes: o.bytes, maskedCells: o.maskedCells, ...(o.error ? { error: { ...o.error, message: this.deps.scrub(o.error.message) } } : {}) });
      },
    };
  }

  scrubText(text: string): string {
    return this.deps.masking.scrubText(undefined, this.deps.scrub(text));
  }

  private summarize(input: RequestInput): AnalysisSummary {
    // Bind parameters of the extended protocol are recorded as the client sent them.
    if (input.kind === "sql") return this.deps.fragments.sqlSummary(input.analysis.facts, input.params);
    if (input.kind === "shell") return { categories: input.shell?.categories ?? [], readOnly: input.shell?.readOnly ?? false, ...(input.shell?.parseError ? { parseError: input.shell.parseError } : {}) };
    return { commands: [input.k8s.verb], tables: [input.k8s.resource] };
  }

  async end(reason?: string): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    this.deps.outcomes.flush();
    await this.recording?.flush().catch(() => undefined);
    await this.deps.audit.append({ type: "session.end", ...this.base(), ...(reason ? { reason } : {}), durationMs: this.now().getTime() - Date.parse(this.startedAt) });
  }
}
