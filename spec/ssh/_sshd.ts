// The real sshd the suite talks to: the one `npm test` started (HOOP_TEST_SSHD_*), or, when the
// tests run on their own (npx vitest run spec/ssh), one started here and stopped after the file.
import { afterAll, beforeAll } from "vitest";

export interface SshdInfo {
  port: number;
  user: string;
  keyFile: string;
}

export function useSshd(): () => SshdInfo {
  let info: SshdInfo | undefined;
  let stop: (() => void) | undefined;
  beforeAll(async () => {
    if (process.env.HOOP_TEST_SSHD_PORT) {
      info = {
        port: Number(process.env.HOOP_TEST_SSHD_PORT),
        user: process.env.HOOP_TEST_SSHD_USER!,
        keyFile: process.env.HOOP_TEST_SSHD_KEY_FILE!,
      };
      return;
    }
    // @ts-expect-error: a plain .mjs module without types
    const { startSshd } = (await import("../harness/sshd.mjs")) as { startSshd(port: number): Promise<SshdInfo & { stop(): void }> };
    const s = await startSshd(27022 + (process.pid % 1000));
    info = s;
    stop = () => s.stop();
  });
  afterAll(() => stop?.());
  return () => {
    if (!info) throw new Error("sshd not started");
    return info;
  };
}
