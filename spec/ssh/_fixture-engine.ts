// A stand-in for the shared engine, for the SSH transport tests only: real tokens (runtime/identity),
// but decisions from a table the test hands in, and an in-memory event list instead of the audit
// log. The end-to-end tests in spec/ssh/ops-*.test.ts use the real engine and the ssh-ops policy.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Decision, Principal, ShellFacts } from "../../compiler/context/types.js";
import type { TokenIssuerConfig } from "../../runtime/config/types.js";
import type { Allowed, EngineSession, Outcome, RequestHooks, RequestInput, SessionStart } from "../../runtime/engine/types.js";
import { SessionRefused } from "../../runtime/engine/types.js";
import { issueToken, loadOrCreateSigningKey, TokenVerifier, type TokenRequest } from "../../runtime/identity/index.js";
import type { ChannelRequestInfo, SessionRecorder, SshRuntime, SshTarget } from "../../proxy/ssh/ports.js";

export type FixtureVerdict =
  | { effect: "allow"; masks?: boolean }
  | { effect: "deny"; reason: string }
  | { effect: "retry"; approvalId: string }
  | { effect: "hold"; approvalId: string; outcome: Promise<"approved" | "denied"> };

export interface FixtureEvent {
  type: "session" | "request" | "outcome" | "refused";
  principal?: string;
  text?: string;
  input?: RequestInput;
  outcome?: Outcome;
}

const decision = (effect: Decision["effect"], masks = false): Decision => ({
  effect,
  rules: [`fixture.${effect}`],
  reason: `fixture ${effect}`,
  masks: masks ? [{ infoType: "credit_card", method: "redact", rule: "fixture.mask" }] : [],
});

/** The stand-in masker: hides "SECRET-<word>" (the real detectors live in runtime/masking). */
export const fixtureScrub = (t: string) => t.replace(/SECRET-[A-Za-z0-9]+/g, "[masked]");

export class FixtureEngine {
  readonly events: FixtureEvent[] = [];
  readonly tokens: TokenIssuerConfig;
  private readonly key;
  private readonly verifier;
  recordings: { info: ChannelRequestInfo; out: string[]; inp: string[]; closed?: object }[] = [];

  constructor(
    private readonly target: SshTarget,
    readonly decide: (input: RequestInput, p: Principal) => FixtureVerdict,
  ) {
    const dir = mkdtempSync(join(tmpdir(), "hoop-ssh-fixture-"));
    this.tokens = { issuer: "hoop-gateway", audience: "hoop-gateway", defaultTtlSeconds: 600, maxTtlSeconds: 3600, keyFile: join(dir, "signing.pem") };
    this.key = loadOrCreateSigningKey(this.tokens.keyFile);
    this.verifier = new TokenVerifier(this.tokens, this.key);
  }

  token(req: Partial<TokenRequest> = {}): Promise<string> {
    return issueToken(this.tokens, this.key, { sub: "agent-7", kind: "agent", groups: ["agents"], actFor: "alice@bank.example", ...req });
  }

  runtime(analyze: (cmd: string) => ShellFacts = () => ({ commands: [], categories: ["read-only"], readOnly: true })): SshRuntime {
    return {
      openSession: (s) => this.openSession(s),
      target: (name) => {
        if (name !== "bastion") throw new Error(`no connection ${name}`);
        return this.target;
      },
      analyzeShell: analyze,
      scrub: (t) => t.split(this.target.privateKey.toString("utf8").trim()).join("[secret]"),
      recorder: async (_s, info) => this.recorder(info),
    };
  }

  private recorder(info: ChannelRequestInfo): SessionRecorder {
    const rec = { info, out: [] as string[], inp: [] as string[], closed: undefined as object | undefined };
    this.recordings.push(rec);
    return {
      output: (d) => void rec.out.push(d.toString("utf8")),
      input: (d) => void rec.inp.push(d),
      resize: () => undefined,
      close: async (o) => void (rec.closed = o),
    };
  }

  private async openSession(start: SessionStart): Promise<EngineSession> {
    if (start.connection !== "bastion") throw new SessionRefused(`no connection ${start.connection}`, "connection");
    let principal: Principal;
    try {
      principal = (await this.verifier.verify(start.token)).principal;
    } catch (e) {
      throw new SessionRefused((e as Error).message, "auth");
    }
    this.events.push({ type: "session", principal: principal.id });
    const events = this.events;
    const decide = this.decide;
    let n = 0;
    const session: EngineSession = {
      id: `s-${Date.now()}`,
      principal,
      connection: { name: "bastion", protocol: "ssh", tags: {} },
      analyzeSql: () => { throw new Error("no SQL on ssh"); },
      precheck: () => decision("deny"),
      defineName: () => undefined,
      settleName: () => undefined,
      nameDefinition: () => undefined,
      forgetPortal: () => undefined,
      scrubText: fixtureScrub,
      end: async () => undefined,
      async authorize(input: RequestInput, hooks: RequestHooks) {
        const requestId = `r-${++n}`;
        events.push({ type: "request", principal: principal.id, text: input.text, input });
        const v = decide(input, principal);
        const refused = (message: string, approvalId?: string) => {
          events.push({ type: "refused", text: input.text });
          return { verdict: "refuse" as const, requestId, decision: decision(v.effect === "allow" ? "allow" : v.effect === "deny" ? "deny" : "review"), message, code: "42501", approvalId };
        };
        if (v.effect === "deny") return refused(`refused by policy: ${v.reason}`);
        if (v.effect === "retry") return refused(`approval required: request ${v.approvalId} awaits sre; run the same command again once it is approved`, v.approvalId);
        if (v.effect === "hold") {
          hooks.notice(`waiting for approval ${v.approvalId} from sre …`);
          if ((await v.outcome) !== "approved") return refused(`approval ${v.approvalId} was denied`, v.approvalId);
        }
        const allowed: Allowed = {
          verdict: "allow",
          requestId,
          decision: decision("allow", v.effect === "allow" && v.masks),
          rowMasker: () => null,
          scrubText: fixtureScrub,
          scrubDatabaseText: fixtureScrub,
          copyFormat: () => undefined,
      readsCopyData: false,
      mayChangeSettings: true,
          complete: async (outcome) => void events.push({ type: "outcome", text: input.text, outcome }),
        };
        return allowed;
      },
    };
    return session;
  }
}

export function targetFromSshd(s: { port: number; user: string; keyFile: string }): SshTarget {
  return { host: "127.0.0.1", port: s.port, username: s.user, privateKey: readFileSync(s.keyFile) };
}
