// The gateway engine: config, policy (hot-reloaded), identity, evidence and per-connection
// catalogs, behind the protocol-neutral Engine interface the proxies call.

import type { Connection, Decision, RequestContext } from "../../compiler/context/types.js";
import type { GatewayConfig } from "../config/types.js";
import { IdentityError, loadOrCreateSigningKey, TokenVerifier } from "../identity/index.js";
import type { Catalog } from "../sql/catalog/types.js";
import { loadLiveCatalog } from "../sql/catalog/live.js";
import { initSqlAnalyzer } from "../sql/index.js";
import { resolvePostgresUpstream, scrubber, type PostgresUpstream } from "../vault/index.js";
import { createResultMasking, type ResultMasking } from "./masking-adapter.js";
import { SessionRecorder } from "../recording/index.js";
import { OutcomeBuffer } from "./outcome-buffer.js";
import { PolicyHolder } from "./policy-holder.js";
import { RecordFragments } from "./record-fragments.js";
import { BatchedRecordingStore } from "./recording-batch.js";
import { EngineSessionImpl } from "./session.js";
import { openState, type GatewayState } from "./state.js";
import { SessionRefused, type Engine, type EngineSession, type SessionStart } from "./types.js";

const CATALOG_REFRESH_MS = 60_000;

interface CatalogEntry {
  catalog?: Catalog;
  loadedAt: number;
  loading?: Promise<void>;
}

export interface EngineOptions {
  env?: NodeJS.ProcessEnv;
  clock?: () => Date;
  /** Watch the policy folder for changes (default: config.policy.reload). */
  watchPolicy?: boolean;
}

export class GatewayEngine implements Engine {
  private readonly catalogs = new Map<string, CatalogEntry>();
  private readonly sessions = new Map<string, EngineSessionImpl>();
  /** Sessions whose end is being recorded: close() waits for them before the state closes. */
  private readonly ending = new Set<Promise<void>>();
  private readonly recordings: BatchedRecordingStore;
  private readonly upstreams = new Map<string, PostgresUpstream>();
  readonly outcomes: OutcomeBuffer;
  private readonly fragments: RecordFragments;
  /** Session recordings the engine writes (config `recording.maxRows` rows kept per result set). */
  readonly recorder: SessionRecorder;

  private constructor(
    readonly config: GatewayConfig,
    readonly state: GatewayState,
    readonly policy: PolicyHolder,
    readonly tokens: TokenVerifier,
    readonly masking: ResultMasking,
    private readonly opts: EngineOptions,
  ) {
    this.outcomes = new OutcomeBuffer(state.audit);
    this.fragments = new RecordFragments(state.audit.scrubber);
    // All sessions' recording writes share one commit every few milliseconds.
    this.recordings = new BatchedRecordingStore(state.store.recordings);
    this.recorder = new SessionRecorder({ store: this.recordings, maxRows: config.recording.maxRows, scrubber, clock: opts.clock });
  }

  static async create(config: GatewayConfig, opts: EngineOptions = {}): Promise<GatewayEngine> {
    await initSqlAnalyzer();
    const state = await openState(config.stateDir, { durability: config.audit.durability });
    try {
      const policy = await PolicyHolder.open(config.policy.folder, state.audit);
      if (opts.watchPolicy ?? config.policy.reload) policy.watch();
      const key = loadOrCreateSigningKey(config.tokens.keyFile);
      const tokens = new TokenVerifier(config.tokens, key, config.oidc);
      const engine = new GatewayEngine(config, state, policy, tokens, await createResultMasking(), opts);
      // Resolve every upstream now: a missing secret fails the start, not the first client.
      for (const c of config.connections) if (c.protocol === "postgres") engine.upstream(c.name);
      return engine;
    } catch (e) {
      await state.close().catch(() => undefined);
      throw e;
    }
  }

  connectionOf(name: string): Connection | undefined {
    const c = this.config.connections.find((x) => x.name === name);
    return c && { name: c.name, protocol: c.protocol, tags: { ...c.tags } };
  }

  upstream(connection: string): PostgresUpstream {
    let u = this.upstreams.get(connection);
    if (!u) {
      const c = this.config.connections.find((x) => x.name === connection);
      if (!c) throw new SessionRefused(`no connection named '${connection}'`, "connection");
      u = resolvePostgresUpstream(c, this.opts.env);
      this.upstreams.set(connection, u);
    }
    return u;
  }

  scrub(text: string): string {
    return scrubber.scrubString(text);
  }

  decide(ctx: RequestContext): Decision {
    return this.policy.policy.decide(ctx);
  }

  get activeSessions(): EngineSessionImpl[] {
    return [...this.sessions.values()];
  }

  async openSession(start: SessionStart): Promise<EngineSession> {
    const connection = this.connectionOf(start.connection);
    const fail = async (reason: string, code: SessionRefused["code"]) => {
      await this.state.audit
        .append({ type: "auth.failure", principal: null, connection: connection ? { name: connection.name, protocol: connection.protocol } : null, sessionId: null, sourceIp: start.sourceIp, ...(start.claimedUser ? { claimedId: start.claimedUser.slice(0, 200) } : {}), reason })
        .catch(() => undefined);
      return new SessionRefused(reason, code);
    };
    if (!connection) throw await fail(`no connection named '${start.connection}'`, "connection");
    let verified;
    try {
      verified = await this.tokens.verify(start.token, this.opts.clock?.());
    } catch (e) {
      throw await fail(e instanceof IdentityError ? e.message : "the token could not be verified", "auth");
    }
    if (connection.protocol === "postgres") await this.ensureCatalog(connection.name);
    const session = new EngineSessionImpl(verified.principal, connection, start.sourceIp, start.justification, {
      audit: this.state.audit,
      outcomes: this.outcomes,
      fragments: this.fragments,
      approvals: this.state.approvals,
      decide: (ctx) => this.decide(ctx),
      timeIndependentPolicy: () => {
        const p = this.policy.policy;
        return p.code.readsTime ? undefined : p;
      },
      catalog: () => this.catalogs.get(connection.name)?.catalog,
      masking: this.masking,
      holdTimeoutSeconds: this.config.approvals.holdTimeoutSeconds,
      scrub: (t) => this.scrub(t),
      catalogChanged: () => this.invalidateCatalog(connection.name),
      // The SSH gateway records its channels itself (proxy/ssh/recording.ts, with the terminal
      // output); a second writer would number the same session's events twice.
      recorder: connection.protocol === "ssh" ? undefined : this.recorder,
      clock: this.opts.clock,
    });
    try {
      await session.start(verified.issuer === this.config.tokens.issuer ? "gateway-token" : "oidc");
    } catch {
      throw new SessionRefused("the session could not be recorded (audit log or session recording)", "unavailable");
    }
    this.sessions.set(session.id, session);
    const end = session.end.bind(session);
    session.end = (reason?: string) => {
      this.sessions.delete(session.id);
      const ended = end(reason);
      this.ending.add(ended);
      void ended.catch(() => undefined).finally(() => this.ending.delete(ended));
      return ended;
    };
    return session;
  }

  /** Loads the connection's catalog once, then refreshes it in the background. */
  private async ensureCatalog(name: string): Promise<void> {
    let e = this.catalogs.get(name);
    if (!e) {
      e = { loadedAt: 0 };
      this.catalogs.set(name, e);
    }
    const stale = Date.now() - e.loadedAt > CATALOG_REFRESH_MS;
    if (stale && !e.loading) {
      const entry = e;
      entry.loading = this.loadCatalog(name)
        .then((c) => {
          entry.catalog = c;
          entry.loadedAt = Date.now();
        })
        .catch(() => {
          // Without a catalog the analyzer treats unknown relations as unknown provenance (masked).
          entry.loadedAt = Date.now() - CATALOG_REFRESH_MS + 5_000;
        })
        .finally(() => (entry.loading = undefined));
    }
    if (!e.catalog && e.loading) await e.loading;
  }

  private loadCatalog(name: string): Promise<Catalog> {
    const u = this.upstream(name);
    const auth = `${encodeURIComponent(u.user)}${u.password ? ":" + encodeURIComponent(u.password) : ""}`;
    const host = u.host.includes(":") ? `[${u.host}]` : u.host;
    return loadLiveCatalog(`postgres://${auth}@${host}:${u.port}/${encodeURIComponent(u.database)}`);
  }

  private invalidateCatalog(name: string): void {
    const e = this.catalogs.get(name);
    if (e) {
      e.loadedAt = 0;
      void this.ensureCatalog(name);
    }
  }

  async close(): Promise<void> {
    this.policy.close();
    for (const s of this.sessions.values()) await s.end("gateway stopping").catch(() => undefined);
    await Promise.allSettled([...this.ending]);
    await this.recordings.writeNow().catch(() => undefined);
    this.outcomes.flush();
    await this.state.close();
  }
}
