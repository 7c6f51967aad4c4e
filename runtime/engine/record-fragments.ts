// Parts of audit records that repeat from request to request, scrubbed and encoded once: the
// analysis summary of a statement shape (the analyzer shares its facts between statements of one
// shape) and the decisions the policy keeps returning. The log splices the cached text, so each
// request record costs one scrub-and-encode of what is new in it (ids, text, times).

import type { Decision, SqlFacts } from "../../compiler/context/types.js";
import type { CanonicalFragment } from "../audit/canonical.js";
import type { AnalysisSummary } from "../audit/records.js";
import type { SecretScrubber } from "../audit/scrub.js";

/** Decisions cached at most; the cache starts over when full (policies have few distinct outcomes). */
const MAX_DECISIONS = 512;

/** A fragment stands in for its value in a record: the log encodes it as that value. */
export function asRecorded<T>(f: CanonicalFragment): T {
  return f as unknown as T;
}

export class RecordFragments {
  private readonly summaries = new WeakMap<SqlFacts, { summary: AnalysisSummary; fragment?: CanonicalFragment }>();
  private readonly decisions = new Map<string, { decision: Decision; recorded: Decision }>();

  constructor(private readonly scrubber: SecretScrubber) {}

  fragment(value: unknown): CanonicalFragment {
    return this.scrubber.fragment(value);
  }

  /** The summary of a statement's analysis; `params` (extended protocol) make it per request. */
  sqlSummary(facts: SqlFacts, params: (string | null)[] | undefined): AnalysisSummary {
    let e = this.summaries.get(facts);
    if (!e) {
      e = { summary: summarizeSql(facts) };
      this.summaries.set(facts, e);
    }
    if (params?.length) return { ...e.summary, params };
    e.fragment ??= this.scrubber.fragment(e.summary);
    return asRecorded(e.fragment);
  }

  /**
   * One object for equal decisions, with its recorded form. Keyed by the decision's JSON text, which
   * is cheap to produce natively and equal exactly when the canonical encoding is (JSON.stringify
   * and the canonical form drop the same undefined fields; only key order differs, and that merely
   * splits the cache). The shared object lets per-decision work (mask plans) be cached by identity;
   * nothing may modify it.
   */
  intern(d: Decision): { decision: Decision; recorded: Decision } {
    const key = JSON.stringify(d);
    let e = this.decisions.get(key);
    if (!e) {
      if (this.decisions.size >= MAX_DECISIONS) this.decisions.clear();
      e = { decision: d, recorded: asRecorded(this.scrubber.fragment(d)) };
      this.decisions.set(key, e);
    }
    return e;
  }
}

export function summarizeSql(f: SqlFacts): AnalysisSummary {
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    kinds: uniq(f.statements.map((s) => s.kind)),
    commands: uniq(f.statements.map((s) => s.command)),
    tables: uniq(f.statements.flatMap((s) => [...s.tablesRead, ...s.tablesWritten])),
    columns: uniq(f.statements.flatMap((s) => [...s.columnsRead, ...s.columnsWritten])),
    readOnly: f.readOnly,
    opaque: f.statements.some((s) => s.opaque),
    ...(f.parseError ? { parseError: f.parseError.message } : {}),
  };
}
