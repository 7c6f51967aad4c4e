// Turns queued records into the entries of one transaction, given the chain's tail read inside
// that transaction: hashes each record onto the chain and inserts a signed checkpoint every
// `checkpointEvery` entries. Runs on the log's thread or on the embedded store's writer thread.
import { canonicalJson } from "./canonical.js";
import { chainEntry, type ChainTail, type StoredEntry } from "./chain.js";
import { checkpointMessage } from "./keys.js";
import type { AppendedRecords, AuditStore, ChainSettings } from "../stores/types.js";
import type { CheckpointRecord } from "./records.js";

/** A record encoded and waiting for its transaction; kind "checkpoint" with an empty rec means "sign here". */
export interface QueuedRecord {
  kind: string;
  rec: string;
  at: string;
  sessionId: string | null;
}

export interface ChainBuildOptions {
  /** Entries this writer added since its last checkpoint. */
  sinceCheckpoint: number;
  checkpointEvery: number;
  instance?: string;
  keyId: string;
  sign(message: string): string;
  /** The time written into checkpoints. */
  now(): string;
}

export interface BuiltChain {
  entries: StoredEntry[];
  /** positions[i] is the entry that answers batch[i]. */
  positions: StoredEntry[];
  /** Entries since the last checkpoint after this batch. */
  written: number;
}

/** Entries since the last checkpoint once `batch` is chained (buildChain's `written`, known before it runs). */
export function sinceAfter(since: number, batch: readonly QueuedRecord[], checkpointEvery: number): number {
  let n = since;
  for (const p of batch) {
    if (p.kind === "checkpoint" && p.rec === "") n = 0;
    else if (++n >= checkpointEvery) n = 0;
  }
  return n;
}

export function buildChain(start: ChainTail, batch: readonly QueuedRecord[], opts: ChainBuildOptions): BuiltChain {
  const entries: StoredEntry[] = [];
  const positions: StoredEntry[] = [];
  let tail = start;
  let since = opts.sinceCheckpoint;
  const sign = (): StoredEntry => {
    const at = opts.now();
    const rec: CheckpointRecord = { type: "checkpoint", at, keyId: opts.keyId, signature: opts.sign(checkpointMessage(tail.seq, tail.hash, at, opts.keyId)) };
    if (opts.instance) rec.instance = opts.instance;
    const e = chainEntry(tail, "checkpoint", canonicalJson(rec), at, null);
    entries.push(e);
    tail = e;
    since = 0;
    return e;
  };
  for (const p of batch) {
    if (p.kind === "checkpoint" && p.rec === "") {
      positions.push(sign());
      continue;
    }
    const e = chainEntry(tail, p.kind, p.rec, p.at, p.sessionId);
    entries.push(e);
    positions.push(e);
    tail = e;
    if (++since >= opts.checkpointEvery) sign();
  }
  return { entries, positions, written: since };
}

/** The builder's options from a store's chain settings (the batch's time stamps its checkpoints). */
export function chainBuildOptions(c: ChainSettings): ChainBuildOptions {
  return {
    sinceCheckpoint: c.sinceCheckpoint, checkpointEvery: c.checkpointEvery, instance: c.instance,
    keyId: c.signer.keyId, sign: (m) => c.signer.sign(m), now: () => c.now,
  };
}

/** appendRecords through a store's appendBatch: the chain is built inside its transaction. */
export async function appendRecordsByBatch(store: Pick<AuditStore, "appendBatch">, records: readonly QueuedRecord[], chain: ChainSettings): Promise<AppendedRecords> {
  let built!: BuiltChain;
  await store.appendBatch((tail) => (built = buildChain(tail, records, chainBuildOptions(chain))).entries);
  return { positions: built.positions };
}
