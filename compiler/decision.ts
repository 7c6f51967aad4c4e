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
  let denies = 0, reviews = 0, allows = 0;
  for (const i of matched) {
    const e = rules[i]!.effect;
    if (e === "deny") denies++;
    else if (e === "review") reviews++;
    else if (e === "allow") allows++;
  }
  const effect = denies ? "deny" : reviews ? "review" : allows ? "allow" : "deny";
  const deciding = matched.filter((i) => rules[i]!.effect === effect);
  let masks: MaskDirective[] = [];
  for (const i of matched) if (rules[i]!.effect === "mask") masks = masks.concat(rules[i]!.masks);
  const decision: Decision = {
    effect,
    rules: deciding.map((i) => rules[i]!.id),
    reason: deciding.length ? deciding.map((i) => rules[i]!.reason).join("; ") : DEFAULT_DENY_REASON,
    masks,
  };
  if (effect === "review") decision.review = combineReviews(deciding.map((i) => rules[i]!.review!));
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
