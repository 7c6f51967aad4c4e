// Combining the rules that matched into one Decision: deny beats review beats allow, nothing
// matched means deny, masks add up. Shared by compiled policies and the reference interpreter.
import type { Decision, MaskDirective, ReviewDirective } from "./context/types.js";
import { globMatch } from "./selectors.js";
import type { ConnectionSpec } from "../dsl/ast.js";

export interface RuleMeta {
  id: string;
  effect: "allow" | "deny" | "review" | "mask";
  reason: string;
  masks: MaskDirective[];
  review?: ReviewDirective;
  protocol?: string;
  connections: ConnectionSpec[];
}

export const DEFAULT_DENY_REASON = "no rule allows this request";

/**
 * `matched` holds indexes into `rules`, in rule order (rules are kept sorted by id so that the
 * order they were written in never changes a decision).
 */
export function buildDecision(rules: RuleMeta[], matched: number[], errors: { rule: string; message: string }[] | null): Decision {
  // 3 deny, 2 review, 1 allow, 0 mask: one pass finds the strongest effect.
  let strongest = 0;
  for (let k = 0; k < matched.length; k++) {
    const e = rules[matched[k]!]!.effect;
    const rank = e === "deny" ? 3 : e === "review" ? 2 : e === "allow" ? 1 : 0;
    if (rank > strongest) strongest = rank;
  }
  const effect = strongest === 2 ? "review" : strongest === 1 ? "allow" : "deny";
  const ids: string[] = [];
  let reason = "";
  let masks: MaskDirective[] = [];
  let reviews: ReviewDirective[] | undefined;
  for (let k = 0; k < matched.length; k++) {
    const r = rules[matched[k]!]!;
    if (r.effect === "mask") {
      masks = masks.length ? masks.concat(r.masks) : r.masks.slice();
    } else if (r.effect === effect && strongest > 0) {
      ids.push(r.id);
      reason = reason ? `${reason}; ${r.reason}` : r.reason;
      if (r.review) (reviews ??= []).push(r.review);
    }
  }
  const decision: Decision = { effect, rules: ids, reason: ids.length ? reason : DEFAULT_DENY_REASON, masks };
  if (effect === "review") decision.review = combineReviews(reviews!);
  if (errors && errors.length) decision.errors = errors;
  return decision;
}

/** Several review rules at once: the strictest of each term, so no rule's demand is weakened. */
function combineReviews(reviews: ReviewDirective[]): ReviewDirective {
  if (reviews.length === 1) return reviews[0]!;
  const approvers = [...new Set(reviews.flatMap((r) => r.approvers))].sort();
  const windows = reviews.filter((r) => r.scope === "window").map((r) => r.windowSeconds ?? 0);
  const once = reviews.some((r) => r.scope === "once");
  const combined: ReviewDirective = {
    approvers,
    minApprovals: Math.max(...reviews.map((r) => r.minApprovals)),
    ttlSeconds: Math.min(...reviews.map((r) => r.ttlSeconds)),
    scope: once ? "once" : "window",
    mode: reviews.some((r) => r.mode === "retry") ? "retry" : "hold",
    rule: reviews.map((r) => r.rule).join(","),
  };
  if (!once) combined.windowSeconds = Math.min(...windows);
  return combined;
}

/** Whether a rule's target covers the request's connection. */
export function targetMatches(rule: Pick<RuleMeta, "protocol" | "connections">, conn: { name: string; protocol: string; tags: Record<string, string> }): boolean {
  if (rule.protocol !== undefined && conn.protocol !== rule.protocol) return false;
  if (rule.connections.length === 0) return true;
  for (const c of rule.connections) {
    if (c.kind === "name" ? conn.name === c.name : c.kind === "glob" ? globMatch(c.pattern, conn.name) : Object.prototype.hasOwnProperty.call(conn.tags, c.key) && conn.tags[c.key] === c.value) return true;
  }
  return false;
}
