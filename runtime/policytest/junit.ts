import type { TestResult } from "./runner.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** JUnit XML, one suite per policy file, for CI systems that display test reports. */
export function junitXml(results: TestResult[]): string {
  const byFile = new Map<string, TestResult[]>();
  for (const r of results) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const failures = results.filter((r) => !r.passed).length;
  let xml = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="policy" tests="${results.length}" failures="${failures}">\n`;
  for (const [file, rs] of byFile) {
    const time = rs.reduce((s, r) => s + r.durationMs, 0) / 1000;
    xml += `  <testsuite name="${esc(file)}" tests="${rs.length}" failures="${rs.filter((r) => !r.passed).length}" time="${time.toFixed(3)}">\n`;
    for (const r of rs) {
      xml += `    <testcase classname="${esc(file)}" name="${esc(r.name)}" file="${esc(file)}" line="${r.line}" time="${(r.durationMs / 1000).toFixed(3)}"`;
      xml += r.passed ? "/>\n" : `>\n      <failure message="${esc(r.failures[0] ?? "failed")}">${esc(r.failures.join("\n"))}</failure>\n    </testcase>\n`;
    }
    xml += "  </testsuite>\n";
  }
  return xml + "</testsuites>\n";
}
