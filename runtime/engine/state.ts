// The evidence side of the engine: the state store in the state dir, the audit log over it, and
// the approvals workflow. The token issuer and the control API use the same state.

import { AuditLog } from "../audit/log.js";
import { CheckpointSigner } from "../audit/keys.js";
import { ApprovalService } from "../approvals/index.js";
import { SqliteStateStore } from "../stores/sqlite.js";
import type { StateStore, StoreDurability } from "../stores/types.js";
import { scrubber } from "../vault/index.js";
import { StateError } from "./errors.js";

export interface GatewayState {
  store: StateStore;
  audit: AuditLog;
  approvals: ApprovalService;
  close(): Promise<void>;
}

export interface OpenStateOptions {
  instance?: string;
  /** The audit store's durability (config `audit.durability`; default "os"). */
  durability?: StoreDurability;
}

export async function openState(stateDir: string, opts: OpenStateOptions = {}): Promise<GatewayState> {
  const { instance, durability } = opts;
  let store: StateStore;
  let signer: CheckpointSigner;
  try {
    store = SqliteStateStore.open(stateDir, { durability });
    signer = CheckpointSigner.fromStateDir(stateDir);
  } catch (e) {
    throw new StateError(`cannot open the state in ${stateDir}: ${(e as Error).message}`);
  }
  const audit = await AuditLog.open({ store: store.audit, signer, scrubber, instance });
  const approvals = new ApprovalService({ store: store.approvals, audit, instance });
  return {
    store,
    audit,
    approvals,
    async close() {
      await audit.close();
      await store.close();
    },
  };
}
