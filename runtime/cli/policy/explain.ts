import { boolFlag, parseArgs, type CliCommand } from "../args.js";
import { compileAndReport, color } from "./load.js";
import { readRequest } from "./request-input.js";

export const explainCommand: CliCommand = {
  name: "explain",
  summary: "show which rules matched a request and, for the others, which condition failed (--json)",
  async run(argv, io) {
    const args = parseArgs(argv, ["json"]);
    const compiled = compileAndReport(args.positional, io, { quietWarnings: true });
    const policy = compiled.policy;
    if (!policy) return 1;
    const ctx = await readRequest(args, io, policy);
    const decision = policy.decide(ctx);
    const source = (file: string, start: number, end: number) => compiled.sources.get(file)?.slice(start, end) ?? "";
    const outcomes = policy.checkedRules.map((rule) => {
      const o = policy.interpreter.evaluateRule(rule, ctx);
      const failed = o.failed ? { text: source(o.failed.span.file, o.failed.span.start, o.failed.span.end), at: `${o.failed.span.file}:${o.failed.span.line}:${o.failed.span.col}` } : undefined;
      return { rule: rule.id, effect: rule.effect, status: o.status, ...(failed ? { failedCondition: failed } : {}), ...(o.error ? { error: o.error } : {}) };
    });
    if (boolFlag(args, "json")) {
      io.out(JSON.stringify({ decision, rules: outcomes }, null, 2) + "\n");
      return 0;
    }
    const c = color(io);
    io.out(`${c.bold(decision.effect.toUpperCase())}${decision.rules.length ? ` by ${decision.rules.join(", ")}` : ""}: ${decision.reason}\n`);
    for (const m of decision.masks) io.out(`  mask ${"column" in m ? m.column : `detected ${m.infoType}`} with ${m.method} (${m.rule})\n`);
    if (decision.review) io.out(`  review by ${decision.review.approvers.join(", ")} quorum ${decision.review.minApprovals} ${decision.review.scope} ${decision.review.mode}\n`);
    io.out("\n");
    const label: Record<string, string> = {
      matched: c.green("matched"), "not-matched": "did not match", "not-applicable": c.dim("not applicable (the request has no such part)"),
      "off-target": c.dim("not for this connection"), error: c.red("error (counts as matched unless allow)"),
    };
    for (const o of outcomes) {
      io.out(`${o.rule} [${o.effect}]: ${label[o.status]}\n`);
      if (o.failedCondition) io.out(`    failed: ${o.failedCondition.text}  ${c.dim(o.failedCondition.at)}\n`);
      if (o.error) io.out(`    ${o.error}\n`);
    }
    return 0;
  },
};
