// The session recording as the engine writes it (runtime/recording): each request with its bind
// parameters, its decision, the first rows of every result set as the client received them (after
// masking), and the response summary. Writes are batched by the recorder; a failed write marks the
// recording broken and the session refuses its next requests (what cannot be recorded is not run).
import type { Decision } from "../../compiler/context/types.js";
import type { SessionRecording } from "../recording/index.js";
import type { Outcome, OutputColumn, ResultRecorder } from "./types.js";

export class EngineRecording {
  constructor(
    private readonly rec: SessionRecording,
    private readonly maxRows: number,
    /** Vault secrets out of anything recorded. */
    private readonly scrub: (text: string) => string,
  ) {}

  /** True once a write of this recording failed. */
  get broken(): boolean {
    return this.rec.failed;
  }

  request(requestId: string, text: string, params?: (string | null)[]): void {
    this.rec.request(requestId, text, params?.length ? { params: params.map((p) => (p === null ? null : this.scrub(p))) } : undefined);
  }

  decision(requestId: string, decision: Decision, approvalId?: string): void {
    this.rec.decision(requestId, decision, approvalId);
  }

  /** Rows of one result set; the values handed to `row` must be the ones sent to the client. */
  result(requestId: string, columns: OutputColumn[]): ResultRecorder {
    const kept: (string | null)[][] = [];
    let total = 0;
    let ended = false;
    const max = this.maxRows;
    const cell = (v: Buffer | null, i: number): string | null => {
      if (v === null) return null;
      return columns[i]?.format === 1 ? "\\x" + v.toString("hex") : this.scrub(v.toString("utf8"));
    };
    return {
      get wantsRows() {
        return kept.length < max;
      },
      row: (values) => {
        if (ended) return;
        total++;
        if (values && kept.length < max) kept.push(values.map(cell));
      },
      end: () => {
        if (ended) return;
        ended = true;
        this.rec.result(requestId, columns.map((c) => c.name), kept, total);
      },
    };
  }

  response(requestId: string, o: Outcome): void {
    this.rec.response(requestId, { rows: o.rows, bytes: o.bytes, maskedCells: o.maskedCells, ...(o.error ? { error: this.scrub(o.error.message) } : {}) });
  }

  /** Resolves when every event is stored; rejects if any write failed. */
  flush(): Promise<void> {
    return this.rec.flush();
  }
}
