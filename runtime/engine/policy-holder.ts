// Holds the compiled policy of one folder and reloads it when a file changes. A reload that does
// not compile keeps the last good policy; both outcomes are audited as policy.load records.

import { watch, type FSWatcher } from "node:fs";
import { formatDiagnostic, loadPolicyFolder, type CompiledPolicy } from "../../compiler/index.js";
import type { AuditLog } from "../audit/log.js";
import { PolicyLoadError } from "./errors.js";

const DEBOUNCE_MS = 150;

export class PolicyHolder {
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private reloading: Promise<void> = Promise.resolve();
  /** Resolves after each reload attempt (tests wait on it). */
  onReload?: (ok: boolean) => void;

  private constructor(readonly folder: string, private current: CompiledPolicy, private readonly audit: AuditLog) {}

  /** Compiles the folder; throws PolicyLoadError (after auditing it) when it does not compile. */
  static async open(folder: string, audit: AuditLog): Promise<PolicyHolder> {
    const r = loadPolicyFolder(folder);
    if (!r.policy) {
      const lines = r.diagnostics.filter((d) => d.severity === "error").map((d) => formatDiagnostic(d, undefined));
      await audit.append({ type: "policy.load", principal: null, connection: null, sessionId: null, reload: false, ok: false, error: lines.join("\n").slice(0, 4000) });
      throw new PolicyLoadError(`the policy folder ${folder} does not compile`, lines);
    }
    await audit.append({ type: "policy.load", principal: null, connection: null, sessionId: null, reload: false, ok: true, sourceHash: r.policy.sourceHash, rules: r.policy.rules.length });
    return new PolicyHolder(folder, r.policy, audit);
  }

  get policy(): CompiledPolicy {
    return this.current;
  }

  watch(): void {
    try {
      this.watcher = watch(this.folder, { recursive: true }, (_e, name) => {
        if (name && !String(name).endsWith(".hoop")) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.reload(), DEBOUNCE_MS);
      });
      this.watcher.on("error", () => undefined);
    } catch {
      // A folder that cannot be watched is reloaded only on request (SIGHUP).
    }
  }

  /** Recompiles now; keeps the current policy when the new one fails. */
  reload(): Promise<void> {
    this.reloading = this.reloading.then(async () => {
      const r = loadPolicyFolder(this.folder);
      let ok = false;
      try {
        if (r.policy) {
          if (r.policy.sourceHash !== this.current.sourceHash) {
            await this.audit.append({ type: "policy.load", principal: null, connection: null, sessionId: null, reload: true, ok: true, sourceHash: r.policy.sourceHash, rules: r.policy.rules.length });
            this.current = r.policy;
          }
          ok = true;
        } else {
          const lines = r.diagnostics.filter((d) => d.severity === "error").map((d) => formatDiagnostic(d, undefined));
          await this.audit.append({ type: "policy.load", principal: null, connection: null, sessionId: null, reload: true, ok: false, sourceHash: this.current.sourceHash, error: `kept the last good policy: ${lines.join("\n")}`.slice(0, 4000) });
        }
      } catch {
        // The audit write failed: the new policy is not adopted unrecorded.
        ok = false;
      }
      this.onReload?.(ok);
    });
    return this.reloading;
  }

  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
  }
}
