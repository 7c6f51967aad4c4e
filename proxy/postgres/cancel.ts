// Maps the backend key the gateway gives each client to the upstream backend that serves it, so a
// client's CancelRequest reaches the right PostgreSQL process (and a held request stops waiting).

import { randomInt } from "node:crypto";

export interface CancelTarget {
  cancel(): void;
}

export class CancelRegistry {
  private readonly targets = new Map<string, CancelTarget>();

  /** Registers a target; returns the key to send the client in BackendKeyData. */
  register(target: CancelTarget): { processId: number; secretKey: number } {
    for (;;) {
      const processId = randomInt(1, 2 ** 31 - 1);
      const secretKey = randomInt(-(2 ** 31), 2 ** 31 - 1);
      const k = `${processId}:${secretKey}`;
      if (!this.targets.has(k)) {
        this.targets.set(k, target);
        return { processId, secretKey };
      }
    }
  }

  unregister(key: { processId: number; secretKey: number }): void {
    this.targets.delete(`${key.processId}:${key.secretKey}`);
  }

  /** Cancels what the key names; unknown keys are ignored, as PostgreSQL does. */
  cancel(processId: number, secretKey: number): boolean {
    const t = this.targets.get(`${processId}:${secretKey}`);
    if (!t) return false;
    t.cancel();
    return true;
  }
}
