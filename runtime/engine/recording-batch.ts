// Session recordings are written by every session on its own, each write a SQLite transaction of
// a few events. Under load that was two commits per statement, more than the audit log's. This
// store gathers the writes of all sessions for a few milliseconds and commits them together.
// Recording events are not write-ahead evidence (the audit record is); a failed write still
// reaches every session whose events were in it, which then refuses its next requests.

import type { RecordingEvent, RecordingStore } from "../stores/types.js";

/** How long the first write of a batch waits for others to join it. */
export const RECORDING_BATCH_MS = 10;

interface Waiter {
  resolve(): void;
  reject(e: unknown): void;
}

export class BatchedRecordingStore implements RecordingStore {
  private events_: RecordingEvent[] = [];
  private waiters: Waiter[] = [];
  private timer?: NodeJS.Timeout;

  constructor(private readonly store: RecordingStore, private readonly delayMs = RECORDING_BATCH_MS) {}

  append(events: RecordingEvent[]): Promise<void> {
    for (const e of events) this.events_.push(e);
    this.timer ??= setTimeout(() => this.write(), this.delayMs);
    return new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  async events(sessionId: string): Promise<RecordingEvent[]> {
    await this.writeNow();
    return this.store.events(sessionId);
  }

  async lastN(sessionId: string): Promise<number> {
    await this.writeNow();
    return this.store.lastN(sessionId);
  }

  async sessions(limit?: number): Promise<{ sessionId: string; events: number; firstAt: string; lastAt: string }[]> {
    await this.writeNow();
    return this.store.sessions(limit);
  }

  /** Commits what is gathered now instead of at the end of the wait. */
  writeNow(): Promise<void> {
    return this.waiters.length ? this.write() : Promise.resolve();
  }

  private async write(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const events = this.events_;
    const waiters = this.waiters;
    this.events_ = [];
    this.waiters = [];
    try {
      // Looked up at each write, so a store replaced after start (fault injection in tests) is used.
      await this.store.append(events);
      for (const w of waiters) w.resolve();
    } catch (e) {
      for (const w of waiters) w.reject(e);
    }
  }
}
