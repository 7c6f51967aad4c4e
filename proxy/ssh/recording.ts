// Records each exec and shell channel in the session recording (runtime/recording): the request,
// the masked terminal output (replayable as asciicast v2 with `gateway replay`), and its outcome.
// One recording per engine session, shared by that session's channels. Output beyond
// RECORDED_OUTPUT_BYTES per channel is counted but neither decoded nor stored (a 100 MB `cat`
// would otherwise copy itself into the state store); the recording notes where it stopped.
import type { EngineSession } from "../../runtime/engine/types.js";
import { SessionRecorder as RecorderFactory, type SessionRecording } from "../../runtime/recording/index.js";
import type { ChannelRequestInfo, SessionRecorder } from "./ports.js";

export const RECORDED_OUTPUT_BYTES = 4 * 1024 * 1024;

export class ChannelRecordings {
  private readonly open = new Map<string, Promise<SessionRecording>>();

  constructor(private readonly factory: RecorderFactory, private readonly log: (line: string) => void) {}

  async forChannel(session: EngineSession, info: ChannelRequestInfo): Promise<SessionRecorder> {
    let p = this.open.get(session.id);
    if (!p) {
      p = this.factory.session(session.id, { cols: info.pty?.cols, rows: info.pty?.rows, title: `${session.principal.id} on ${session.connection.name}` });
      this.open.set(session.id, p);
    }
    const rec = await p;
    rec.request(info.requestId, info.command ?? info.request);
    let kept = 0;
    let truncated = false;
    return {
      output: (d) => {
        if (kept >= RECORDED_OUTPUT_BYTES) {
          if (!truncated) rec.note({ requestId: info.requestId, outputTruncatedAfterBytes: kept });
          truncated = true;
          return;
        }
        kept += d.length;
        rec.output(d.toString("utf8"));
      },
      input: (d) => rec.input(d),
      resize: (c, r) => rec.resize(c, r),
      close: async (o) => {
        rec.response(info.requestId, {
          rows: 0,
          bytes: o.bytes,
          maskedCells: o.masked,
          ...(o.signal ? { error: `signal ${o.signal}` } : o.exitCode ? { error: `exit status ${o.exitCode}` } : {}),
        });
        await rec.flush().catch((e: Error) => this.log(e.message));
      },
    };
  }

  ended(sessionId: string): void {
    this.open.delete(sessionId);
  }
}
