import { writeFileSync } from "node:fs";
import { boolFlag, parseArgs, stringFlag, UsageError, type CliCommand } from "../args.js";
import { runPolicyTests, type Coverage, type TestResult } from "../../policytest/runner.js";
import { compileAndReport, color } from "./load.js";
import { junitXml } from "../../policytest/junit.js";

export const testCommand: CliCommand = {
  name: "test",
  summary: "run the tests in policy files (--json, --junit FILE, --coverage, --min-coverage P, --filter TEXT)",
  async run(argv, io) {
    const args = parseArgs(argv, ["json", "coverage"]);
    const json = boolFlag(args, "json");
    const minCoverageText = stringFlag(args, "min-coverage");
    const minCoverage = minCoverageText === undefined ? undefined : Number(minCoverageText);
    if (minCoverage !== undefined && !(minCoverage >= 0 && minCoverage <= 100)) throw new UsageError("--min-coverage takes a percentage from 0 to 100");
    const coverage = boolFlag(args, "coverage") || minCoverage !== undefined;
    const compiled = compileAndReport(args.positional, io, { json, quietWarnings: true });
    if (!compiled.policy) {
      if (json) io.out(JSON.stringify({ ok: false, error: "the policy does not compile", diagnostics: compiled.diagnostics.length }) + "\n");
      io.out("0 passed, 1 failed\n");
      return 1;
    }
    const { results, coverage: cov } = await runPolicyTests(compiled.policy, { coverage, filter: stringFlag(args, "filter") });
    const passed = results.filter((r) => r.passed).length;
    const failed = results.length - passed;
    const junit = stringFlag(args, "junit");
    if (junit) writeFileSync(junit, junitXml(results));
    let coverageFailed = false;
    if (json) {
      io.out(JSON.stringify({ passed, failed, results: results.map(({ decision, ...r }) => ({ ...r, decision })), coverage: cov }, null, 2) + "\n");
    } else {
      printResults(results, io);
      if (cov) coverageFailed = printCoverage(cov, minCoverage, io);
    } 
    if (json && cov && minCoverage !== undefined) coverageFailed = cov.rulePercent < minCoverage || cov.branchPercent < minCoverage;
    if (!json) io.out(`${passed} passed, ${failed} failed\n`);
    return failed > 0 || coverageFailed ? 1 : 0;
  },
};

function printResults(results: TestResult[], io: Parameters<CliCommand["run"]>[1]): void {
  const c = color(io);
  for (const r of results) {
    const where = c.dim(`${r.file}:${r.line}`);
    if (r.passed) io.out(`${c.green("✓")} ${r.name} ${where}\n`);
    else {
      io.out(`${c.red("✗")} ${r.name} ${where}\n`);
      for (const f of r.failures) io.out(`    ${f}\n`);
    }
  }
}

function printCoverage(cov: Coverage, min: number | undefined, io: Parameters<CliCommand["run"]>[1]): boolean {
  const c = color(io);
  io.out(`\ncoverage: rules ${cov.rulePercent}% (${cov.rules.filter((r) => r.covered).length}/${cov.rules.length}), branches ${cov.branchPercent}%\n`);
  const failed = min !== undefined && (cov.rulePercent < min || cov.branchPercent < min);
  if (min !== undefined || cov.rulePercent < 100 || cov.branchPercent < 100) {
    for (const r of cov.rules.filter((x) => !x.covered)) io.out(`  ${c.red("uncovered rule")} ${r.id} ${c.dim(`${r.file}:${r.line}`)}\n`);
    for (const b of cov.branches.filter((x) => !x.seenTrue || !x.seenFalse)) {
      const missing = !b.seenTrue && !b.seenFalse ? "never evaluated" : !b.seenTrue ? "never true" : "never false";
      io.out(`  ${c.red("uncovered branch")} ${b.text} (${missing}) ${c.dim(`${b.file}:${b.line}:${b.col}`)}\n`);
    }
  }
  if (failed) io.out(`coverage below ${min}%\n`);
  return failed;
}
