// Thread entry of the embedded store's writer (see sqlite-writer.ts).
import Database from "better-sqlite3";
import { parentPort, workerData } from "node:worker_threads";
import { CheckpointSigner } from "../audit/keys.js";
import { SqliteAuditStore } from "./sqlite-audit.js";
import { configureWriter } from "./sqlite-pragmas.js";
import { writeRecordingBlocks } from "./sqlite-recordings.js";
import type { StoreDurability } from "./types.js";
import type { WriterReply, WriterRequest } from "./sqlite-writer.js";

const { file, durability } = workerData as { file: string; durability: StoreDurability };
const db = new Database(file, { fileMustExist: true });
configureWriter(db, durability);
const store = new SqliteAuditStore(db);
const signers = new Map<string, CheckpointSigner>();

// The store here has no writer thread of its own, so appendRecords commits on this thread; its
// transaction runs before the handler's first await, so requests commit in the order they came.
parentPort!.on("message", async (m: WriterRequest) => {
  let reply: WriterReply;
  try {
    if (m.op === "recordings") {
      writeRecordingBlocks(db, m.blocks);
      reply = { id: m.id };
    } else {
      let signer = signers.get(m.chain.signingKeyPem);
      if (!signer) signers.set(m.chain.signingKeyPem, (signer = CheckpointSigner.fromPem(m.chain.signingKeyPem)));
      const r = await store.appendRecords(m.records, { ...m.chain, signer });
      reply = { id: m.id, seqs: r.positions.map((p) => p.seq), hashes: r.positions.map((p) => p.hash) };
    }
  } catch (e) {
    reply = { id: m.id, error: (e as Error).message };
  }
  parentPort!.postMessage(reply);
});
