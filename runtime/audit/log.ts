// The audit log: write-ahead, hash-chained, group-committed, with signed checkpoints.
//
// append() resolves only once the record is committed by the store; callers forward a request
// only after that, and refuse it when append() rejects. Appends issued while a commit is in
// flight are gathered into the next transaction (group commit), so under load one fsync covers
// many records. The chain tail is read inside the store's write transaction, so several
// processes or gateway instances sharing one store still produce one linear chain.
import { appendRecordsByBatch, sinceAfter, type QueuedRecord } from "./chain-builder.js";
import { AuditRecordError, AuditWriteError } from "./errors.js";
import { IsoTime } from "./iso-time.js";
import type { CheckpointSigner } from "./keys.js";
import { RECORD_TYPES, type AuditRecordInput } from "./records.js";
import { SecretScrubber } from "./scrub.js";
import type { AppendedRecords, AuditStore, ChainSettings } from "../stores/types.js";
import { exportAudit, type ExportOptions, type ExportSummary } from "./export.js";
import { verifyStore, type VerifyResult } from "./verify.js";

export interface AuditLogOptions {
  store: AuditStore;
  signer: CheckpointSigner;
  /** Shared with the vault and token issuer, which register the secrets they hand out. */
  scrubber?: SecretScrubber;
  /** Written into every record; tells gateway instances sharing one log apart. */
  instance?: string;
  /** A signed checkpoint after this many entries written by this instance (default 1000). */
  checkpointEvery?: number;
  /** …and at least this often while entries keep arriving (default 60 s; 0 disables the timer). */
  checkpointIntervalMs?: number;
  /** Most records per transaction (default 2048: with two batches in flight, smaller batches keep the encoding and the committing thread both busy). */
  maxBatch?: number;
  clock?: () => Date;
}

export interface AppendReceipt {
  seq: number;
  hash: string;
}

interface Pending extends QueuedRecord {
  resolve(r: AppendReceipt): void;
  reject(e: Error): void;
}

export class AuditLog {
  readonly store: AuditStore;
  readonly signer: CheckpointSigner;
  readonly scrubber: SecretScrubber;
  private readonly instance: string | undefined;
  private readonly checkpointEvery: number;
  private readonly maxBatch: number;
  private readonly clock: () => Date;
  private queue: Pending[] = [];
  private draining: Promise<void> | null = null;
  private sinceCheckpoint = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly times = new IsoTime();

  private constructor(opts: AuditLogOptions) {
    this.store = opts.store;
    this.signer = opts.signer;
    this.scrubber = opts.scrubber ?? new SecretScrubber();
    this.instance = opts.instance;
    this.checkpointEvery = Math.max(1, opts.checkpointEvery ?? 1000);
    this.maxBatch = Math.max(1, opts.maxBatch ?? 2048);
    this.clock = opts.clock ?? (() => new Date());
    const interval = opts.checkpointIntervalMs ?? 60_000;
    if (interval > 0) {
      this.timer = setInterval(() => {
        if (this.sinceCheckpoint > 0) this.checkpoint().catch(() => undefined);
      }, interval);
      this.timer.unref();
    }
  }

  /** Opens the log on a store and registers the signing key's public half with it. */
  static async open(opts: AuditLogOptions): Promise<AuditLog> {
    await opts.store.registerKey(opts.signer.info());
    return new AuditLog(opts);
  }

  /** Appends a record; resolves with its position once durable, rejects with AuditWriteError. */
  append(record: AuditRecordInput): Promise<AppendReceipt> {
    if (this.closed) return Promise.reject(new AuditWriteError("the audit log is closed"));
    let prepared: QueuedRecord;
    try {
      prepared = this.prepare(record);
    } catch (e) {
      return Promise.reject(new AuditWriteError(`audit record refused: ${(e as Error).message}`, e));
    }
    return new Promise<AppendReceipt>((resolve, reject) => {
      this.queue.push({ kind: prepared.kind, rec: prepared.rec, at: prepared.at, sessionId: prepared.sessionId, resolve, reject });
      this.draining ??= this.drain();
    });
  }

  /** Appends a signed checkpoint over the current tail. */
  checkpoint(): Promise<AppendReceipt> {
    if (this.closed) return Promise.reject(new AuditWriteError("the audit log is closed"));
    return new Promise<AppendReceipt>((resolve, reject) => {
      // An empty rec marks "sign here"; the entry is built inside the transaction.
      this.queue.push({ kind: "checkpoint", rec: "", at: "", sessionId: null, resolve, reject });
      this.draining ??= this.drain();
    });
  }

  /** Resolves when everything appended so far is committed (or has failed). */
  async flush(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Writes a final checkpoint if anything was written since the last one, then stops. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.timer) clearInterval(this.timer);
    if (this.sinceCheckpoint > 0) await this.checkpoint().catch(() => undefined);
    await this.flush();
    this.closed = true;
  }

  /** Exports the log (JSONL: self-verifying, signed by this log's key) through `write`. */
  async export(opts: ExportOptions, write: (chunk: string) => Promise<void> | void): Promise<ExportSummary> {
    await this.flush();
    return exportAudit(this.store, this.signer, { instance: this.instance, ...opts }, write);
  }

  /** Verifies the stored chain from the first entry to the tail. */
  async verify(opts: { progress?: (done: number, total: number) => void } = {}): Promise<VerifyResult> {
    await this.flush();
    return verifyStore(this.store, opts);
  }

  private prepare(record: AuditRecordInput): QueuedRecord {
    if (!record || typeof record !== "object" || !RECORD_TYPES.includes(record.type) || (record.type as string) === "checkpoint") {
      throw new AuditRecordError(`unknown audit record type ${JSON.stringify((record as { type?: unknown })?.type)}`);
    }
    // One timestamp format (UTC, milliseconds) so time ranges compare correctly as text in every store.
    const t = record.at === undefined ? this.clock().getTime() : Date.parse(record.at);
    if (Number.isNaN(t)) throw new AuditRecordError(`unreadable timestamp ${JSON.stringify(record.at)}`);
    const at = this.times.format(t);
    const rec = this.scrubber.canonical(record, { at, instance: record.instance ?? this.instance });
    // The encoder returns a rope of many small strings; reading a character makes V8 flatten it
    // now, so the pieces die young instead of being copied by every collection while queued.
    rec.charCodeAt(0);
    return { kind: record.type, rec, at, sessionId: record.sessionId ?? null };
  }

  private async drain(): Promise<void> {
    // Let appends issued in the same turn of the event loop join the first batch.
    await new Promise<void>((r) => setImmediate(r));
    // A store that chains batches in the order it receives them (its writer thread) gets the
    // next batch while it commits the last, so neither thread waits for the other.
    const limit = this.store.appendRecords ? 2 : 1;
    const running = new Set<Promise<void>>();
    while (this.queue.length > 0 || running.size > 0) {
      while (this.queue.length > 0 && running.size < limit) {
        const batch = this.queue.splice(0, this.maxBatch);
        const since = this.sinceCheckpoint;
        this.sinceCheckpoint = sinceAfter(since, batch, this.checkpointEvery);
        const done: Promise<void> = this.commit(batch, since).then(
          (r) => batch.forEach((p, i) => p.resolve(r.positions[i]!)),
          (e: unknown) => {
            const err = new AuditWriteError(`audit write failed: ${(e as Error).message}`, e);
            for (const p of batch) p.reject(err);
          },
        ).finally(() => running.delete(done));
        running.add(done);
      }
      await Promise.race(running);
    }
    this.draining = null;
  }

  private async commit(batch: Pending[], sinceCheckpoint: number): Promise<AppendedRecords> {
    const chain: ChainSettings = {
      signer: this.signer, sinceCheckpoint, checkpointEvery: this.checkpointEvery,
      instance: this.instance, now: this.clock().toISOString(),
    };
    return this.store.appendRecords ? this.store.appendRecords(batch, chain) : appendRecordsByBatch(this.store, batch, chain);
  }
}
