// The embedded store's writer thread: chains and commits audit batches on a connection of its
// own, so hashing, SQLite's commit and (with durability "full") the fsync leave the gateway's
// thread free for traffic. One batch is in flight at a time (the log sends the next after the
// answer), so the chain order is the order of the log's queue.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { QueuedRecord } from "../audit/chain-builder.js";
import type { CheckpointSigner } from "../audit/keys.js";
import { StoreError, type AppendedRecords, type ChainSettings, type StoreDurability } from "./types.js";

const WORKER_FILE = fileURLToPath(new URL("./sqlite-audit-worker.js", import.meta.url));

/** What crosses to the thread: plain data only. */
export interface WriterRequest {
  id: number;
  records: QueuedRecord[];
  chain: Omit<ChainSettings, "signer"> & { signingKeyPem: string };
}

export type WriterReply = { id: number; seqs: number[]; hashes: string[]; written: number } | { id: number; error: string };

export class AuditWriterThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(r: AppendedRecords): void; reject(e: Error): void }>();
  private readonly pems = new WeakMap<CheckpointSigner, string>();
  private stopped: Error | null = null;

  private constructor(private readonly file: string, private readonly durability: StoreDurability) {}

  /** Null where the thread's compiled entry is not at hand (running from TypeScript sources). */
  static available(file: string, durability: StoreDurability): AuditWriterThread | null {
    return existsSync(WORKER_FILE) ? new AuditWriterThread(file, durability) : null;
  }

  /** False once the thread has died; the store then commits on its own thread. */
  get usable(): boolean {
    return this.stopped === null;
  }

  append(records: readonly QueuedRecord[], chain: ChainSettings): Promise<AppendedRecords> {
    if (this.stopped) return Promise.reject(this.stopped);
    const { signer, ...rest } = chain;
    let pem = this.pems.get(signer);
    if (pem === undefined) this.pems.set(signer, (pem = signer.privateKeyPem()));
    const id = this.nextId++;
    const request: WriterRequest = {
      id,
      records: records.map((r) => ({ kind: r.kind, rec: r.rec, at: r.at, sessionId: r.sessionId })),
      chain: { ...rest, signingKeyPem: pem },
    };
    return new Promise<AppendedRecords>((resolve, reject) => {
      const w = this.start();
      this.pending.set(id, { resolve, reject });
      w.ref();
      w.postMessage(request);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.stopped ??= new StoreError("the state store is closed");
    if (w) await w.terminate();
    this.fail(this.stopped);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(WORKER_FILE, { workerData: { file: this.file, durability: this.durability } });
    w.on("message", (m: WriterReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) w.unref();
      if ("error" in m) p.reject(new StoreError(m.error));
      else p.resolve({ positions: m.seqs.map((seq, i) => ({ seq, hash: m.hashes[i]! })), written: m.written });
    });
    w.on("error", (e) => this.die(new StoreError(`the audit writer thread failed: ${e.message}`)));
    w.on("exit", (code) => this.die(new StoreError(`the audit writer thread exited (code ${code})`)));
    w.unref();
    this.worker = w;
    return w;
  }

  private die(e: StoreError): void {
    if (this.worker === null) return;
    this.worker = null;
    this.stopped = e;
    this.fail(e);
  }

  /** Batches in flight are refused: their commit is unknown, and the callers must not go ahead. */
  private fail(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }
}
