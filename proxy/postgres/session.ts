// The relay of one client session after startup: client frames become requests for the engine,
// upstream frames go back (masked, scrubbed) in the order the protocol promises. Policy lives in
// the engine; this file only knows which response belongs to which request.

import type { Socket } from "node:net";
import type { Allowed, Authorization, EngineSession, OutputColumn, ProtocolNameChange, Refused, ResultRecorder, RowMasker } from "../../runtime/engine/types.js";
import type { SqlAnalysis } from "../../runtime/sql/types.js";
import { joinCopyLine, splitCopyLine, type CopyLineFormat } from "./copy-rows.js";
import { B, F, type FieldDescription, type Frame } from "./messages.js";
import {
  FrameReader, parseBind, parseClose, parseCopyResponse, parseDataRow, parseDescribe, parseExecute, parseNotice,
  parseNotification, parseParameterStatus, parseParse, parseQuery, parseRowDescription, ProtocolError,
} from "./parser.js";
import { brokenLexicalSetting } from "./upstream.js";
import { Fifo } from "./fifo.js";
import { OutQueue } from "./out-queue.js";
import * as w from "./serializer.js";

/** A statement the upstream fails on purpose, so a refusal travels in-band (and aborts an open transaction). */
const POISON_SQL = "SELECT 'request refused by the gateway'::pg_catalog.int4";
const MAX_INBOX = 1000;
/** Answers still expected from the upstream before more client frames are read (a flood of Syncs). */
const MAX_PENDING = 10_000;
/** Asks the upstream for the settings statements are read under (see checkSettings); the name is the gateway's own. */
const PROBE_NAME = "hoop_gateway_settings_probe";
const PROBE_SQL = "SELECT pg_catalog.current_setting('client_encoding'), pg_catalog.current_setting('standard_conforming_strings')";

/** The text of a prepared statement, for the audit; what it stands for is the engine session's (defineName). */
interface PreparedStatement {
  name: string;
  text: string;
}

interface Portal {
  name: string;
  statement: PreparedStatement;
  params: (string | null)[];
  fields?: OutputColumn[];
  /** The Bind as the engine recorded it, and its place in what was sent upstream (see onReadyForQuery). */
  change: ProtocolNameChange;
  seq: number;
}

/** Tracks one result-producing request while its responses stream back. */
interface ResultState {
  auth: Allowed | null;
  statement: number;
  /** undefined until known: a RowDescription (simple query) or the portal's columns (Execute) decide it. */
  masker: RowMasker | null | undefined;
  /** The portal's columns, for results of Execute. */
  columns?: () => OutputColumn[] | undefined;
  /** The session recording's copy of this result set's first rows; undefined until its columns are known. */
  recorder?: ResultRecorder | null;
  /** COPY OUT in progress: "mask" its lines (split with copyLines), or "drop" to swallow a COPY that cannot be masked. */
  copy?: "mask" | "drop";
  /** COPY OUT: its line format when known (the statement's options), and whether its header line is still to come. */
  copyLines?: CopyLineFormat;
  copyHeader?: boolean;
  rows: number;
  bytes: number;
  masked: number;
  error?: { code?: string; message: string };
}

type Pending =
  | { kind: "query"; result: ResultState; replaceError?: Buffer; seq?: number }
  | { kind: "parse"; replaceError?: Buffer; change?: ProtocolNameChange; syncs?: number }
  | { kind: "bind"; change?: ProtocolNameChange; syncs?: number }
  | { kind: "close"; change?: ProtocolNameChange; syncs?: number }
  | { kind: "describe"; target: "S" | "P"; statement?: PreparedStatement; portal?: Portal; hidden: boolean }
  | { kind: "execute"; portal: Portal; result: ResultState }
  | { kind: "sync"; seq?: number }
  | { kind: "probe"; answers: number; done: boolean };

export interface RelayOptions {
  maxFrame: number;
  onClose?: () => void;
}

export class PgRelay {
  private readonly statements = new Map<string, PreparedStatement>();
  private readonly portals = new Map<string, Portal>();
  private readonly pending = new Fifo<Pending>();
  private readonly inbox = new Fifo<Frame>();
  private pumping = false;
  private discardUntilSync = false;
  /**
   * The upstream answered an extended-protocol message with an error and, like PostgreSQL, skips
   * every message (a simple Query too) until the next Sync, which the client has not sent yet.
   */
  private upstreamSkipping = false;
  /** Counts what was sent upstream: orders portal definitions against transaction ends. */
  private sent = 0;
  /** Syncs sent upstream, and the queued Parse, Bind and Close that define names, oldest first. */
  private syncs = 0;
  private readonly definitions = new Fifo<Pending>();
  /**
   * COPY FROM STDIN: "maybe" from sending a request that may start one until the upstream answers
   * CopyInResponse ("active") or the request ends; back to "maybe" when the client ends the data.
   * While "maybe", the client's other messages wait: during COPY the server ignores a Sync (it sends
   * no ReadyForQuery), and whether a COPY starts is known only from its answer.
   */
  private copyIn?: { state: "maybe" | "active"; request: Pending; result: ResultState };
  /**
   * A request that may change session settings was sent: a simple Query holds the client's next
   * messages until its ReadyForQuery (the server reports changed settings just before it); an
   * Execute (whose settings are reported only at Sync) makes the next Parse or Query wait for a
   * probe of the settings. `settingsAt` orders it against the ReadyForQuery that clears it.
   */
  private settingsHold?: ResultState;
  private settingsUnknown = false;
  private settingsAt = 0;
  /** Called when the upstream's answers moved the pending queue. */
  private progress: (() => void)[] = [];
  private closed = false;
  private readonly toClient = new OutQueue();
  private readonly toUpstream = new OutQueue();
  private holdAbort?: AbortController;
  /** The last RowDescription and its columns: a repeated one yields the same array (the masker cache keys on it). */
  private lastRowDescription?: { payload: Buffer; columns: OutputColumn[] };
  txStatus = "I";

  constructor(
    private readonly client: Socket,
    private readonly clientReader: FrameReader,
    private readonly upstream: Socket,
    private readonly upstreamReader: FrameReader,
    private readonly session: EngineSession,
    private readonly opts: RelayOptions,
  ) {}

  start(): void {
    this.client.on("data", (c: Buffer) => this.onClientData(c));
    this.upstream.on("data", (c: Buffer) => this.onUpstreamData(c));
    this.client.on("close", () => this.shutdown("client disconnected"));
    this.upstream.on("close", () => this.shutdown("upstream disconnected"));
    this.client.on("error", () => this.shutdown("client error"));
    this.upstream.on("error", () => this.shutdown("upstream error"));
    this.client.on("drain", () => this.upstream.resume());
    this.upstream.on("drain", () => this.client.resume());
    this.upstream.resume();
    // Bytes that arrived together with the startup messages.
    this.onClientData(Buffer.alloc(0));
    this.onUpstreamData(Buffer.alloc(0));
  }

  /** Called for the client's CancelRequest: stops a held request, then cancels upstream. */
  cancelHold(): void {
    this.holdAbort?.abort();
  }

  // ---------------------------------------------------------------- client → upstream

  private onClientData(chunk: Buffer): void {
    if (this.closed) return;
    try {
      if (chunk.length) this.clientReader.push(chunk);
      for (let f = this.clientReader.next(); f; f = this.clientReader.next()) this.inbox.push(f);
    } catch (e) {
      return this.fatal(e);
    }
    if (this.inbox.length > MAX_INBOX) this.client.pause();
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.inbox.length && !this.closed) {
        const f = this.inbox.peek()!;
        const copyFrame = f.type === F.CopyData || f.type === F.CopyDone || f.type === F.CopyFail;
        // (During COPY the server reads only COPY messages: see onClientFrame.)
        const settingsHeld = !!this.settingsHold?.auth && this.copyIn?.state !== "active";
        if (!copyFrame && (settingsHeld || this.copyIn?.state === "maybe" || this.awaitingDefinitions() || this.pending.length >= MAX_PENDING)) {
          this.flushUpstream();
          await this.upstreamProgress();
          continue;
        }
        this.inbox.shift();
        const r = this.onClientFrame(f);
        if (r) {
          this.flushUpstream();
          await r;
        }
      }
      this.flushUpstream();
      if (this.inbox.length <= MAX_INBOX && !this.closed) this.client.resume();
    } catch (e) {
      this.fatal(e);
    } finally {
      this.pumping = false;
    }
  }

  /**
   * A Parse, Bind or Close sent before a Sync that was sent too is not answered yet. Whether it
   * defined its name is only known from the answer: an error makes the upstream skip what follows
   * up to that Sync, but not what comes after it, so nothing after the Sync is judged until then.
   */
  private awaitingDefinitions(): boolean {
    const oldest = this.definitions.peek();
    return !!oldest && "syncs" in oldest && oldest.syncs !== undefined && oldest.syncs < this.syncs;
  }

  /** The upstream answered (or skipped) a queued Parse, Bind or Close. */
  private settle(p: Pending, outcome: "ran" | "failed" | "skipped"): void {
    if ((p.kind !== "parse" && p.kind !== "bind" && p.kind !== "close") || !p.change) return;
    this.session.settleName(p.change, outcome);
    // Answers come in order, so this is the oldest one.
    if (this.definitions.peek() === p) this.definitions.shift();
    else this.definitions.remove(p);
  }

  private upstreamProgress(): Promise<void> {
    return new Promise((resolve) => this.progress.push(resolve));
  }

  /** Queues what the upstream will answer; while it skips to Sync, what it will skip is settled now. */
  private expect(p: Pending): boolean {
    if (p.kind === "sync") {
      this.upstreamSkipping = false;
      this.syncs++;
    } else if (this.upstreamSkipping) {
      this.skipped(p);
      return false;
    }
    if (p.kind === "sync" || p.kind === "query") p.seq = this.sent;
    if ((p.kind === "parse" || p.kind === "bind" || p.kind === "close") && p.change) {
      p.syncs = this.syncs;
      this.definitions.push(p);
    }
    this.pending.push(p);
    return true;
  }

  /** An upstream error in the extended protocol: everything up to the next Sync is skipped. */
  private skipToSync(): void {
    while (this.pending.length && this.pending.peek()!.kind !== "sync") this.skipped(this.pending.shift()!);
    if (!this.pending.length) this.upstreamSkipping = true;
  }

  private skipped(p: Pending): void {
    this.settle(p, "skipped");
    if (p.kind === "probe") p.done = true;
    if (p.kind === "execute" || p.kind === "query") this.finishRequest(p.result, { message: "skipped after an earlier error" });
  }

  /** Handles one client frame; returns a promise only when it had to wait (audit, approval). */
  private onClientFrame(f: Frame): Promise<void> | void {
    if (this.copyIn?.state === "active") {
      // The server reads only COPY messages now: it ignores Sync and Flush (a Sync relayed here
      // would be answered if the COPY had just failed) and ends the session on anything else.
      if (f.type === F.Sync || f.type === F.Flush) return;
      if (f.type !== F.CopyData && f.type !== F.CopyDone && f.type !== F.CopyFail) throw new ProtocolError(`unexpected message type 0x${f.type.toString(16)} during COPY from stdin`);
    }
    switch (f.type) {
      case F.Query:
        return this.onQuery(f);
      case F.Parse:
        return this.discardUntilSync ? undefined : this.onParse(f);
      case F.Bind:
        return this.discardUntilSync ? undefined : this.onBind(f);
      case F.Describe:
        if (this.discardUntilSync) return;
        return this.onDescribe(f);
      case F.Execute:
        return this.discardUntilSync ? undefined : this.onExecute(f);
      case F.Close: {
        if (this.discardUntilSync) return;
        const c = parseClose(f.payload);
        if (c.target === "S") this.statements.delete(c.name);
        else this.portals.delete(c.name);
        const change = this.session.defineName(c.target === "S" ? "statement" : "portal", c.name, undefined);
        this.up(f.raw);
        this.expect({ kind: "close", change });
        return;
      }
      case F.Sync:
        this.discardUntilSync = false;
        this.up(f.raw);
        this.expect({ kind: "sync" });
        return;
      case F.Flush:
      case F.CopyData:
        return this.up(f.raw);
      case F.CopyDone:
      case F.CopyFail:
        this.up(f.raw);
        if (this.copyIn?.state !== "active") return;
        this.copyIn.state = "maybe";
        // An Execute's CommandComplete is not sent before a Sync or Flush: ask for it, the client's Sync waits.
        return this.up(w.flush());
      case F.FunctionCall:
        return this.refuseQuery(w.error("0A000", "the fastpath function call protocol is not allowed through the gateway"));
      case F.Terminate:
        this.up(f.raw);
        this.flushUpstream();
        return this.shutdown("client terminated");
      default:
        throw new ProtocolError(`unexpected message type 0x${f.type.toString(16)} from the client`);
    }
  }

  private up(b: Buffer): void {
    this.sent++;
    this.toUpstream.push(b);
  }

  private flushUpstream(): void {
    if (this.toUpstream.empty || this.closed) return;
    if (!this.toUpstream.writeTo(this.upstream)) this.client.pause();
  }

  private hooks() {
    // Only a held review reads the signal: the controller is made on first use, not per request.
    this.holdAbort = undefined;
    const relay = this;
    return {
      notice: (m: string) => {
        this.out(w.notice(this.session.scrubText(m)));
        this.flushClient();
      },
      get signal() {
        return (relay.holdAbort ??= new AbortController()).signal;
      },
    };
  }

  private async onQuery(f: Frame): Promise<void> {
    await this.checkSettings();
    if (this.closed) return;
    const text = parseQuery(f.payload);
    const analysis = this.session.analyzeSql(text);
    const auth = await this.session.authorize({ kind: "sql", text, analysis }, this.hooks());
    if (this.closed) return void (auth.verdict === "allow" && auth.complete({ rows: 0, bytes: 0, maskedCells: 0, error: { message: "client disconnected" } }));
    if (auth.verdict === "refuse") return this.refuseQuery(refusal(auth));
    if (changesClientEncoding(analysis, auth)) return this.refuseQuery(w.error("0A000", CLIENT_ENCODING_FIXED));
    this.up(f.raw);
    this.expectRequest({ kind: "query", result: newResult(auth) }, auth);
  }

  private expectRequest(p: Pending & { result: ResultState }, auth: Allowed): void {
    if (!this.expect(p)) return;
    if (auth.readsCopyData) this.copyIn = { state: "maybe", request: p, result: p.result };
    if (!auth.mayChangeSettings) return;
    if (p.kind === "query") this.settingsHold = p.result;
    else {
      this.settingsUnknown = true;
      this.settingsAt = this.sent;
    }
  }

  /**
   * Before SQL text follows an Execute that may have changed the settings it is read under, in the
   * same batch (no ReadyForQuery, so no ParameterStatus, came since), asks the upstream for them
   * with a statement of the gateway's own; the answer is checked like a ParameterStatus.
   */
  private async checkSettings(): Promise<void> {
    if (!this.settingsUnknown) return;
    this.settingsUnknown = false;
    const probe: Pending = { kind: "probe", answers: 0, done: false };
    this.up(w.parse({ name: PROBE_NAME, text: PROBE_SQL, paramTypes: [] }));
    this.up(w.bind({ portal: PROBE_NAME, statement: PROBE_NAME, paramFormats: [], params: [], resultFormats: [] }));
    this.up(w.execute(PROBE_NAME));
    this.up(w.close("P", PROBE_NAME));
    this.up(w.close("S", PROBE_NAME));
    this.up(w.flush());
    // While the upstream skips to Sync (an earlier error), it skips the probe and what follows alike.
    if (!this.expect(probe)) return;
    this.flushUpstream();
    while (!probe.done && !this.closed) await this.upstreamProgress();
  }

  /** ParseComplete, BindComplete, DataRow, CommandComplete, CloseComplete × 2: none reaches the client. */
  private onProbeAnswer(probe: Pending & { kind: "probe" }, f: Frame): void {
    if (f.type === B.DataRow) {
      const [encoding, conforming] = parseDataRow(f.payload).map((v) => v?.toString("utf8") ?? "");
      const broken = brokenLexicalSetting("client_encoding", encoding ?? "") ?? brokenLexicalSetting("standard_conforming_strings", conforming ?? "");
      if (broken) return this.settingsBroken(broken);
      probe.answers++;
      return;
    }
    if (f.type !== B.ParseComplete && f.type !== B.BindComplete && f.type !== B.CommandComplete && f.type !== B.CloseComplete) {
      // An error (or anything else) where the probe's answers belong: the settings are not known.
      throw new ProtocolError(`the gateway could not read the session's settings (message 0x${f.type.toString(16)})`);
    }
    if (++probe.answers === 6) {
      probe.done = true;
      this.pending.shift();
    }
  }

  /** A setting the analysis depends on is not what it must be: nothing more is relayed. */
  private settingsBroken(msg: string): void {
    this.out(w.error("08P01", this.session.scrubText(msg), { severity: "FATAL" }));
    this.flushClient();
    this.shutdown(msg);
  }

  /** Sends the poison statement; its error is replaced by ours and ReadyForQuery follows. */
  private refuseQuery(error: Buffer): void {
    this.up(w.query(POISON_SQL));
    this.expect({ kind: "query", result: newResult(null), replaceError: error });
  }

  /** The extended-protocol counterpart: a failing Parse makes the upstream skip to Sync. */
  private refuseExtended(error: Buffer): void {
    this.up(w.parse({ name: "", text: POISON_SQL, paramTypes: [] }));
    this.expect({ kind: "parse", replaceError: error });
    this.discardUntilSync = true;
  }

  private async onParse(f: Frame): Promise<void> {
    await this.checkSettings();
    if (this.closed) return;
    const m = parseParse(f.payload);
    const analysis = this.session.analyzeSql(m.text);
    const input = { kind: "sql" as const, text: m.text, analysis };
    const early = this.session.precheck(input);
    if (early.effect === "deny" || analysis.facts.parseError || analysis.statements.length > 1) {
      // Refused at Parse: audited now, and the rest of the batch is skipped like PostgreSQL does.
      const auth = await this.session.authorize(input, this.hooks());
      if (auth.verdict === "allow") {
        void auth.complete({ rows: 0, bytes: 0, maskedCells: 0, error: { message: "refused: not a single statement" } });
        return this.refuseExtended(w.error("42601", "the extended query protocol takes one statement at a time"));
      }
      return this.refuseExtended(refusal(auth));
    }
    this.statements.set(m.name, { name: m.name, text: m.text });
    // The name shares SQL's PREPARE namespace in the engine session; the upstream's answer settles it.
    const change = this.session.defineName("statement", m.name, analysis);
    this.up(f.raw);
    this.expect({ kind: "parse", change });
  }

  private onBind(f: Frame): void {
    const m = parseBind(f.payload);
    const statement = this.statements.get(m.statement);
    // Unknown to the gateway means it never passed analysis: refuse rather than relay.
    const change = statement && this.session.defineName("portal", m.portal, { statement: m.statement });
    if (!statement || !change) return this.refuseExtended(w.error("26000", `prepared statement "${m.statement}" does not exist`));
    const params = m.params.map((p, i) => (p === null ? null : (m.paramFormats.length === 1 ? m.paramFormats[0] : m.paramFormats[i] ?? 0) === 1 ? "\\x" + p.toString("hex") : p.toString("utf8")));
    this.portals.set(m.portal, { name: m.portal, statement, params, change, seq: this.sent });
    this.up(f.raw);
    this.expect({ kind: "bind", change });
  }

  private onDescribe(f: Frame): void {
    const d = parseDescribe(f.payload);
    if (d.target === "S") {
      const statement = this.statements.get(d.name);
      if (!statement || !this.session.nameDefinition("statement", d.name)) return this.refuseExtended(w.error("26000", `prepared statement "${d.name}" does not exist`));
      this.up(f.raw);
      this.expect({ kind: "describe", target: "S", statement, hidden: false });
    } else {
      const portal = this.portals.get(d.name);
      if (!portal || !this.session.nameDefinition("portal", d.name)) return this.refuseExtended(w.error("34000", `portal "${d.name}" does not exist`));
      this.up(f.raw);
      this.expect({ kind: "describe", target: "P", portal, hidden: false });
    }
  }

  private async onExecute(f: Frame): Promise<void> {
    const m = parseExecute(f.payload);
    const portal = this.portals.get(m.portal);
    // SQL cursors share the portal namespace; one the gateway did not bind is refused. What a bound
    // one stands for is the engine session's: a DECLARE of the same name may have changed it.
    const analysis = portal && this.session.nameDefinition("portal", m.portal, portal.statement.text);
    if (!portal || !analysis) return this.refuseExtended(w.error("34000", `portal "${m.portal}" does not exist`));
    const { text } = portal.statement;
    const auth = await this.session.authorize({ kind: "sql", text, analysis, params: portal.params }, this.hooks());
    if (this.closed) return void (auth.verdict === "allow" && auth.complete({ rows: 0, bytes: 0, maskedCells: 0, error: { message: "client disconnected" } }));
    if (auth.verdict === "refuse") return this.refuseExtended(refusal(auth));
    if (changesClientEncoding(analysis, auth)) return this.refuseExtended(w.error("0A000", CLIENT_ENCODING_FIXED));
    if (!portal.fields) {
      // The masker needs the result's columns: ask for them without showing the client.
      this.up(w.describe("P", portal.name));
      this.expect({ kind: "describe", target: "P", portal, hidden: true });
    }
    const result = newResult(auth);
    result.columns = () => portal.fields;
    this.up(f.raw);
    this.expectRequest({ kind: "execute", portal, result }, auth);
  }

  // ---------------------------------------------------------------- upstream → client

  private onUpstreamData(chunk: Buffer): void {
    if (this.closed) return;
    try {
      if (chunk.length) this.upstreamReader.push(chunk);
      for (let f = this.upstreamReader.next(); f && !this.closed; f = this.upstreamReader.next()) this.onUpstreamFrame(f);
      // The request ended (finishRequest lets go of its authorization): no COPY can start now.
      if (this.copyIn && !this.copyIn.result.auth) this.copyIn = undefined;
      for (const wake of this.progress.splice(0)) wake();
    } catch (e) {
      this.out(w.error("08P01", "the gateway could not process the upstream's response", { severity: "FATAL" }));
      this.flushClient();
      return this.shutdown(`upstream protocol error: ${(e as Error).message}`);
    }
    this.flushClient();
  }

  private out(b: Buffer): void {
    this.toClient.push(b);
  }

  private flushClient(): void {
    if (this.toClient.empty || this.client.destroyed) return;
    if (!this.toClient.writeTo(this.client)) this.upstream.pause();
  }

  private currentResult(): ResultState | undefined {
    const head = this.pending.peek();
    return head && (head.kind === "query" || head.kind === "execute") ? head.result : undefined;
  }

  /** Scrubs the text fields of an ErrorResponse or NoticeResponse from the upstream, in place. */
  private scrubFields(fields: Record<string, string | undefined>, codes: string[]): void {
    const auth = this.currentResult()?.auth;
    for (const k of codes) {
      const v = fields[k];
      if (v === undefined) continue;
      if (!auth) fields[k] = this.session.scrubText(v);
      // The position is the client's own text offset; the other fields may quote data.
      else if (k === "P") fields[k] = auth.scrubText(v);
      else fields[k] = auth.scrubDatabaseText(v, k === "M" || k === "H" ? "message" : "detail");
    }
  }

  private onUpstreamFrame(f: Frame): void {
    const head = this.pending.peek();
    // Notices, notifications and setting reports may come between the probe's answers.
    if (head?.kind === "probe" && f.type !== B.NoticeResponse && f.type !== B.ParameterStatus && f.type !== B.NotificationResponse) return this.onProbeAnswer(head, f);
    switch (f.type) {
      case B.DataRow: {
        const r = this.currentResult();
        if (!r) throw new ProtocolError("DataRow outside a result");
        r.rows++;
        r.bytes += f.payload.length;
        if (r.masker === undefined) r.masker = r.auth ? r.auth.rowMasker(r.statement, r.columns?.() ?? null) : null;
        const rec = r.recorder === undefined ? this.openRecorder(r, r.columns?.()) : r.recorder;
        if (!r.masker) {
          // Only the rows the recording keeps are decoded; the rest are counted.
          rec?.row(rec.wantsRows ? parseDataRow(f.payload) : undefined);
          return this.out(f.raw);
        }
        const values = parseDataRow(f.payload);
        const n = r.masker.maskRow(values);
        rec?.row(values);
        if (n === 0) return this.out(f.raw);
        r.masked += n;
        return this.out(w.dataRow(values));
      }
      case B.RowDescription: {
        const columns = this.columnsOf(f.payload);
        if (head?.kind === "describe") {
          this.pending.shift();
          if (head.portal) head.portal.fields = columns;
          if (head.hidden) return;
          return this.out(f.raw);
        }
        const r = this.currentResult();
        if (!r) throw new ProtocolError("RowDescription outside a result");
        r.masker = r.auth ? r.auth.rowMasker(r.statement, columns) : null;
        this.openRecorder(r, columns);
        return this.out(f.raw);
      }
      case B.NoData:
        if (head?.kind === "describe") {
          this.pending.shift();
          if (head.portal) head.portal.fields = [];
          if (head.hidden) return;
        }
        return this.out(f.raw);
      case B.ParameterDescription:
        return this.out(f.raw);
      case B.CommandComplete:
      case B.EmptyQueryResponse:
      case B.PortalSuspended: {
        const r = this.currentResult();
        if (!r) throw new ProtocolError("CommandComplete outside a result");
        const swallow = r.copy === "drop";
        this.endStatement(r);
        if (head?.kind === "execute") {
          // An Execute's response ends here (its Sync's ReadyForQuery only drains skipped ones).
          this.pending.shift();
          this.finishRequest(r);
        }
        if (swallow) return;
        return this.out(f.raw);
      }
      case B.ParseComplete:
      case B.BindComplete:
      case B.CloseComplete:
        if (head && (head.kind === "parse" || head.kind === "bind" || head.kind === "close")) {
          this.pending.shift();
          this.settle(head, "ran");
        }
        return this.out(f.raw);
      case B.ReadyForQuery: {
        this.txStatus = String.fromCharCode(f.payload[0] ?? 73);
        const r = this.currentResult();
        if (head?.kind === "query" && r) this.finishRequest(r);
        // Whatever is still queued before this ReadyForQuery was skipped by the upstream.
        while (this.pending.length) {
          const p = this.pending.shift()!;
          if (p.kind === "sync" || p.kind === "query") {
            if (this.txStatus === "I" && p.seq !== undefined) this.transactionEnded(p.seq);
            // The settings were reported (ParameterStatus) before this ReadyForQuery.
            if (p.seq !== undefined && p.seq > this.settingsAt) this.settingsUnknown = false;
            break;
          }
          this.skipped(p);
        }
        return this.out(f.raw);
      }
      case B.ErrorResponse:
        return this.onUpstreamError(f);
      case B.NoticeResponse: {
        const fields = parseNotice(f.payload);
        this.scrubFields(fields, ["M", "D", "H", "W", "q"]);
        return this.out(w.noticeResponse(fields));
      }
      case B.NotificationResponse: {
        const n = parseNotification(f.payload);
        return this.out(w.notification(n.processId, n.channel, this.session.scrubText(n.payload)));
      }
      case B.CopyOutResponse:
      case B.CopyBothResponse: {
        const r = this.currentResult();
        if (!r) throw new ProtocolError("CopyOutResponse outside a result");
        const c = parseCopyResponse(f.payload);
        // COPY has no RowDescription: the analysis' lineage alone decides.
        r.masker = r.auth ? r.auth.rowMasker(r.statement, null) : null;
        const format = r.auth?.copyFormat(r.statement);
        // Lines are split with the statement's own delimiter, NULL string, quote and escape; rows in
        // another encoding or of options the analysis could not read are not split at all.
        if (c.format === 0 && format && format.format !== "binary" && sameEncoding(format.encoding)) {
          r.copyLines = { format: format.format, delimiter: format.delimiter, null: format.null, quote: format.quote, escape: format.escape };
          r.copyHeader = format.header;
        }
        // Text and CSV lines are recorded like rows (columns by position: COPY names none).
        if (c.format === 0) this.openRecorder(r, c.columnFormats.map((_, i) => ({ name: String(i + 1), tableOid: 0, columnAttr: 0, typeOid: 0, format: 0 })));
        if (!r.masker) {
          r.copy = undefined;
          return this.out(f.raw);
        }
        if (!r.copyLines) {
          // Lines that cannot be split cannot be masked value by value: refuse the COPY and drop what the upstream sends.
          const what = c.format !== 0 ? "binary COPY" : "COPY in another encoding or with options the gateway cannot read";
          r.copy = "drop";
          r.error = { code: "0A000", message: `${what} of data that needs masking is refused` };
          return this.out(w.error("0A000", `${what} of data that needs masking is refused by the gateway; use text or csv without ENCODING`));
        }
        r.copy = "mask";
        return this.out(f.raw);
      }
      case B.CopyData: {
        const r = this.currentResult();
        if (r?.copy === "drop") return;
        if (r?.copyHeader) {
          // Column names, not a row.
          r.copyHeader = false;
          return this.out(f.raw);
        }
        if (!r || r.copy === undefined) {
          // Not masked: split only the lines the recording keeps.
          if (r?.recorder) r.recorder.row(r.recorder.wantsRows && r.copyLines ? copyValues(r.copyLines, f.payload) : undefined);
          return this.out(f.raw);
        }
        r.rows++;
        r.bytes += f.payload.length;
        return this.out(w.copyData(this.maskCopyLine(r, f.payload)));
      }
      case B.CopyDone: {
        const r = this.currentResult();
        if (r?.copy === "drop") return;
        return this.out(f.raw);
      }
      case B.ParameterStatus: {
        const { name, value } = parseParameterStatus(f.payload);
        const broken = brokenLexicalSetting(name, value);
        if (broken) return this.settingsBroken(broken);
        return this.out(f.raw);
      }
      case B.CopyInResponse:
        // A COPY FROM STDIN the analysis did not announce: what the client sent since may be read as anything.
        if (!this.copyIn || this.copyIn.request !== head) throw new ProtocolError("COPY FROM STDIN that the gateway did not expect");
        this.copyIn.state = "active";
        return this.out(f.raw);
      default:
        // ParameterStatus, FunctionCallResponse, …: relayed unchanged.
        return this.out(f.raw);
    }
  }

  private columnsOf(payload: Buffer): OutputColumn[] {
    const last = this.lastRowDescription;
    if (last && last.payload.equals(payload)) return last.columns;
    const columns = parseRowDescription(payload).map(column);
    // A copy: the payload is a view into a read chunk that should not be kept alive.
    this.lastRowDescription = { payload: Buffer.from(payload), columns };
    return columns;
  }

  private maskCopyLine(r: ResultState, payload: Buffer): Buffer {
    const nl = payload.length && payload[payload.length - 1] === 10 ? 1 : 0;
    const format = r.copyLines!;
    const values = copyValues(format, payload);
    if (!values) {
      r.masked++;
      r.recorder?.row(undefined);
      return Buffer.from("[masked: unparsed COPY line]\n");
    }
    // In text format PostgreSQL sends a value equal to the NULL string as that string: only `\N`,
    // which no value prints as, surely stands for NULL. A field equal to another NULL string may be
    // a value (`NULL '<a guess>'` would show which rows hold the guess), so it is masked as one.
    if (format.format === "text" && format.null !== "\\N") {
      for (let i = 0; i < values.length; i++) if (values[i] === null) values[i] = Buffer.from(format.null, "utf8");
    }
    const n = r.masker!.maskRow(values);
    r.recorder?.row(values);
    if (n === 0) return payload;
    r.masked += n;
    const rebuilt = joinCopyLine(values, format);
    return nl ? Buffer.concat([rebuilt, Buffer.from("\n")]) : rebuilt;
  }

  private onUpstreamError(f: Frame): void {
    const head = this.pending.peek();
    const fields = parseNotice(f.payload);
    this.scrubFields(fields, ["M", "D", "H", "W", "q", "P"]);
    const error = { code: fields.C, message: fields.M ?? "error" };
    const replaced = head && (head.kind === "query" || head.kind === "parse") ? head.replaceError : undefined;
    const r = this.currentResult();
    // After a refused binary COPY our own error was sent already; the upstream's adds nothing.
    const alreadySent = r?.copy === "drop";
    if (r) {
      if (!alreadySent) r.error = error;
      r.copy = undefined;
      r.masker = null;
      // The rows the client received before the error stay in the recording.
      r.recorder?.end();
      r.recorder = null;
    }
    if (head?.kind === "execute") {
      this.finishRequest(head.result, error);
      this.pending.shift();
    } else if (head && head.kind !== "sync" && head.kind !== "query") {
      this.pending.shift();
      this.settle(head, "failed");
    }
    // Extended protocol: the upstream now skips every message, a simple Query too, until the next
    // Sync; a skipped one gets no answer, so it must not wait for one (nor take another's).
    if (head && head.kind !== "sync" && head.kind !== "query") this.skipToSync();
    // (A simple Query stays queued: its ReadyForQuery finishes it.)
    if (!alreadySent) this.out(replaced ?? w.errorResponse(fields));
  }

  /**
   * ReadyForQuery said no transaction is open: the portals bound before the Sync or Query it
   * answers are gone on the server, and their names may now be taken by a DECLARE.
   */
  private transactionEnded(seq: number): void {
    for (const [name, p] of this.portals) {
      if (p.seq >= seq) continue;
      this.portals.delete(name);
      this.session.forgetPortal(p.change);
    }
  }

  /** Starts the recording of the current result set's rows (when the session is recorded). */
  private openRecorder(r: ResultState, columns: OutputColumn[] | undefined): ResultRecorder | null {
    r.recorder = r.auth?.resultRecorder && columns ? r.auth.resultRecorder(r.statement, columns) : null;
    return r.recorder;
  }

  private endStatement(r: ResultState): void {
    // An Execute's result set with no rows is recorded too (its columns came from Describe).
    if (r.recorder === undefined && r.columns?.()?.length) this.openRecorder(r, r.columns());
    r.recorder?.end();
    r.recorder = undefined;
    r.statement++;
    r.masker = undefined;
    r.copy = undefined;
  }

  private finishRequest(r: ResultState, error?: { code?: string; message: string }): void {
    if (!r.auth) return;
    const auth = r.auth;
    r.auth = null;
    r.recorder?.end();
    auth.complete({ rows: r.rows, bytes: r.bytes, maskedCells: r.masked, error: error ?? r.error }).catch(() => {
      // The outcome record could not be written; the request already ran. The engine reports it.
    });
  }

  // ---------------------------------------------------------------- teardown

  private fatal(e: unknown): void {
    if (this.closed) return;
    const code = e instanceof ProtocolError ? e.code : "08P01";
    const msg = e instanceof ProtocolError ? e.message : "internal error in the gateway";
    this.out(w.error(code, this.session.scrubText(msg), { severity: "FATAL" }));
    this.flushClient();
    this.shutdown(`protocol error: ${msg}`);
  }

  shutdown(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.holdAbort?.abort();
    for (const p of this.pending) {
      if (p.kind === "query" || p.kind === "execute") this.finishRequest(p.result, { message: reason });
    }
    this.pending.clear();
    this.definitions.clear();
    this.inbox.clear();
    for (const wake of this.progress.splice(0)) wake();
    if (!this.upstream.destroyed) this.upstream.end(w.terminate());
    if (!this.client.destroyed) this.client.end();
    setTimeout(() => {
      this.upstream.destroy();
      this.client.destroy();
    }, 1000).unref();
    void this.session.end(reason).catch(() => undefined);
    this.opts.onClose?.();
  }
}

function newResult(auth: Allowed | null): ResultState {
  return { auth, statement: 0, masker: undefined, rows: 0, bytes: 0, masked: 0 };
}

/** An ENCODING option naming the session's own encoding (UTF-8, which the gateway requires) changes nothing. */
function sameEncoding(encoding: string | undefined): boolean {
  return encoding === undefined || /^utf-?8$|^unicode$/i.test(encoding);
}

function column(f: FieldDescription): OutputColumn {
  return { name: f.name, tableOid: f.tableOid, columnAttr: f.columnAttr, typeOid: f.typeOid, format: f.format };
}

function refusal(a: Refused): Buffer {
  return w.error(a.code, a.message, { detail: a.detail, hint: a.hint });
}

export type { Authorization };

/** The values of one COPY line (its newline dropped); undefined when the line does not parse. */
function copyValues(format: CopyLineFormat, payload: Buffer): (Buffer | null)[] | undefined {
  const nl = payload.length && payload[payload.length - 1] === 10 ? 1 : 0;
  return splitCopyLine(payload.subarray(0, payload.length - nl), format);
}

const CLIENT_ENCODING_FIXED = "the client encoding is chosen when connecting and cannot be changed through the gateway";

/** SET client_encoding / SET NAMES / RESET client_encoding anywhere in the request: its outcome is recorded as refused. */
function changesClientEncoding(analysis: SqlAnalysis, auth: Allowed): boolean {
  if (!analysis.facts.statements.some((s) => s.setting === "client_encoding")) return false;
  void auth.complete({ rows: 0, bytes: 0, maskedCells: 0, error: { message: "refused: changes the client encoding" } });
  return true;
}
