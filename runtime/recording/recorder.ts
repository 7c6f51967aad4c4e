// Session recording: per session, the ordered requests, decisions and (already masked) results,
// keeping the first N rows of each statement, and for terminals the output stream (replayable as
// asciicast v2). Events are buffered and written in batches; flush() resolves when they are
// stored and rejects if a write failed, so the gateway can end a session it cannot record.
import type { Decision } from "../../compiler/context/types.js";
import { IsoTime } from "../audit/iso-time.js";
import type { SecretScrubber } from "../audit/scrub.js";
import type { RecordingEvent, RecordingEventKind, RecordingStore } from "../stores/types.js";

export class RecordingError extends Error {}

export interface RecorderOptions {
  store: RecordingStore;
  /** Rows kept per statement result (default 20). */
  maxRows?: number;
  /** Applied to request text and terminal input before it is stored. */
  scrubber?: SecretScrubber;
  clock?: () => Date;
}

export class SessionRecorder {
  readonly maxRows: number;
  constructor(private readonly opts: RecorderOptions) {
    this.maxRows = Math.max(0, opts.maxRows ?? 20);
  }

  /** Starts (or resumes, after a restart) the recording of one session. */
  async session(sessionId: string, meta: { cols?: number; rows?: number; title?: string } = {}): Promise<SessionRecording> {
    const n = await this.opts.store.lastN(sessionId);
    const rec = new SessionRecording(sessionId, n, this.opts, this.maxRows);
    if (n === 0) rec.note({ started: true, ...meta });
    return rec;
  }
}

export class SessionRecording {
  private pending: RecordingEvent[] = [];
  private writing: Promise<void> | null = null;
  private failure: Error | null = null;
  private readonly times = new IsoTime();

  constructor(
    readonly sessionId: string,
    private n: number,
    private readonly opts: RecorderOptions,
    private readonly maxRows: number,
  ) {}

  /** True once a write of this recording failed (flush() then rejects). */
  get failed(): boolean {
    return this.failure !== null;
  }

  request(requestId: string, text: string, facts?: unknown): void {
    this.push("request", { requestId, text: this.scrub(text), ...(facts === undefined ? {} : { facts }) });
  }

  decision(requestId: string, decision: Decision, approvalId?: string): void {
    this.push("decision", { requestId, decision, ...(approvalId ? { approvalId } : {}) });
  }

  /** Records a statement's result; `rows` must already be masked. Keeps the first maxRows rows. */
  result(requestId: string, columns: string[], rows: unknown[][], totalRows = rows.length): void {
    this.push("result", { requestId, columns, rows: rows.slice(0, this.maxRows), totalRows, truncated: totalRows > Math.min(rows.length, this.maxRows) });
  }

  response(requestId: string, summary: { rows: number; bytes: number; maskedCells: number; error?: string }): void {
    this.push("response", { requestId, ...summary });
  }

  /** Terminal output as the client saw it (masked). */
  output(data: string): void {
    this.push("output", { data });
  }

  input(data: string): void {
    this.push("input", { data: this.scrub(data) });
  }

  resize(cols: number, rows: number): void {
    this.push("resize", { cols, rows });
  }

  note(data: Record<string, unknown>): void {
    this.push("note", data);
  }

  /** Resolves when every event so far is stored; rejects once any write has failed. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.pending.length) {
      this.kick();
      await this.flush();
    }
    if (this.failure) throw this.failure;
  }

  private scrub(s: string): string {
    return this.opts.scrubber ? this.opts.scrubber.scrubString(s) : s;
  }

  private push(kind: RecordingEventKind, data: Record<string, unknown>): void {
    const ms = this.opts.clock ? this.opts.clock().getTime() : Date.now();
    this.pending.push({ sessionId: this.sessionId, n: ++this.n, at: this.times.format(ms), kind, data });
    this.kick();
  }

  private kick(): void {
    this.writing ??= (async () => {
      await new Promise<void>((r) => setImmediate(r));
      while (this.pending.length) {
        const batch = this.pending.splice(0, 1000);
        try {
          await this.opts.store.append(batch);
        } catch (e) {
          this.failure ??= new RecordingError(`session ${this.sessionId}: recording write failed: ${(e as Error).message}`);
        }
      }
      this.writing = null;
    })();
  }
}
