// The embedded store's writer thread: chains and commits audit batches, and writes session
// recordings, on a connection of its own, so hashing, SQLite's commits and (with durability
// "full") the fsyncs leave the gateway's thread free for traffic. The thread handles requests in
// the order they were sent, so with several batches in flight the chain order is still the
// order of the log's queue.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { QueuedRecord } from "../audit/chain-builder.js";
import type { CheckpointSigner } from "../audit/keys.js";
import type { RecordingBlock } from "./sqlite-recordings.js";
import { StoreError, type AppendedRecords, type ChainSettings, type StoreDurability } from "./types.js";

const WORKER_FILE = fileURLToPath(new URL("./sqlite-writer-worker.js", import.meta.url));

/** What crosses to the thread: plain data only. */
export type WriterRequest =
  | { id: number; op: "audit"; records: QueuedRecord[]; chain: Omit<ChainSettings, "signer"> & { signingKeyPem: string } }
  | { id: number; op: "recordings"; blocks: RecordingBlock[] };

export type WriterReply =
  | { id: number; seqs: number[]; hashes: string[] }
  | { id: number }
  | { id: number; error: string };

export class StoreWriterThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(r: WriterReply): void; reject(e: Error): void }>();
  private readonly pems = new WeakMap<CheckpointSigner, string>();
  private stopped: Error | null = null;

  private constructor(private readonly file: string, private readonly durability: StoreDurability) {}

  /** Null where the thread's compiled entry is not at hand (running from TypeScript sources). */
  static available(file: string, durability: StoreDurability): StoreWriterThread | null {
    return existsSync(WORKER_FILE) ? new StoreWriterThread(file, durability) : null;
  }

  /** True while no request is in flight on the thread (its connection holds no transaction). */
  get idle(): boolean {
    return this.pending.size === 0;
  }

  /** False once the thread has died; the store then commits on its own thread. */
  get usable(): boolean {
    return this.stopped === null;
  }

  async append(records: readonly QueuedRecord[], chain: ChainSettings): Promise<AppendedRecords> {
    const { signer, ...rest } = chain;
    let pem = this.pems.get(signer);
    if (pem === undefined) this.pems.set(signer, (pem = signer.privateKeyPem()));
    const r = await this.send({
      id: this.nextId++, op: "audit",
      records: records.map((q) => ({ kind: q.kind, rec: q.rec, at: q.at, sessionId: q.sessionId })),
      chain: { ...rest, signingKeyPem: pem },
    });
    if (!("seqs" in r)) throw new StoreError("the state writer thread answered out of turn");
    return { positions: r.seqs.map((seq, i) => ({ seq, hash: r.hashes[i]! })) };
  }

  async writeRecordings(blocks: RecordingBlock[]): Promise<void> {
    await this.send({ id: this.nextId++, op: "recordings", blocks });
  }

  private send(request: WriterRequest): Promise<WriterReply> {
    if (this.stopped) return Promise.reject(this.stopped);
    return new Promise<WriterReply>((resolve, reject) => {
      const w = this.start();
      this.pending.set(request.id, { resolve, reject });
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
      else p.resolve(m);
    });
    w.on("error", (e) => this.die(new StoreError(`the state writer thread failed: ${e.message}`)));
    w.on("exit", (code) => this.die(new StoreError(`the state writer thread exited (code ${code})`)));
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
