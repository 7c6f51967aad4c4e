// Masking: content detector throughput over cell text, and the per-row cost of applying a plan.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applyPlan, createValueMasker, detect, planMasks } from "../../runtime/masking/index.js";
import type { MaskDirective } from "../../compiler/context/types.js";
import { round, timeMicros } from "./_stats.js";

const MASKS: MaskDirective[] = [
  { column: "customers.ssn", method: "redact", rule: "r" }, { column: "customers.card_number", method: "last4", rule: "r" },
  { column: "customers.email", method: "redact", rule: "r" },
  { infoType: "credit_card", method: "redact", rule: "d" }, { infoType: "ssn", method: "redact", rule: "d" },
  { infoType: "email", method: "redact", rule: "d" }, { infoType: "iban", method: "redact", rule: "d" },
];

export async function bench(): Promise<Record<string, unknown>> {
  // Every quoted value of the fixture: names, emails, SSNs, cards, phones, dates, memos.
  const fixture = readFileSync(join(process.cwd(), "policies-examples/ffiec-payments/data/payments.sql"), "utf8");
  const cells = [...fixture.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const plain = cells.filter((c) => detect(c).length === 0);
  const throughput = (list: string[], f: (cell: string) => number) => {
    const bytes = list.reduce((a, c) => a + Buffer.byteLength(c), 0);
    const reps = Math.max(1, Math.ceil(20e6 / bytes));
    const t0 = process.hrtime.bigint();
    let hits = 0;
    for (let r = 0; r < reps; r++) for (const c of list) hits += f(c);
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    return { mb_per_s: round((bytes * reps) / 1e6 / s, 1), cells: list.length, hits_per_pass: hits / reps };
  };
  const mbps = (list: string[]) => throughput(list, (c) => detect(c).length);
  // The floor under the same load: read every char code of every cell once.
  const readLoop = (c: string) => {
    let d = 0;
    for (let i = 0; i < c.length; i++) if (c.charCodeAt(i) < 58) d++;
    return d > 1e9 ? 1 : 0;
  };
  const masker = createValueMasker({ hashKey: "bench-key-0123456789abcdef" });
  const lineage = { columns: ["id", "full_name", "email", "ssn", "card_number", "phone"].map((c) => ({ name: c, sources: [`public.customers.${c}`], direct: true, unknown: false, transformed: false })) };
  const plan = planMasks(MASKS, lineage);
  const row = ["17", "Elijah Moore", "elijah.moore17@example.com", "268-44-2048", "5484874405649726", "+1-202-555-7654"];
  const planUs = timeMicros(() => planMasks(MASKS, lineage), 50_000, 100, 5_000);
  const rowUs = timeMicros(() => applyPlan(plan, row, masker), 100_000, 100, 10_000);
  const passRow = timeMicros(() => row.map((v) => v), 100_000, 100, 10_000);
  const loop = throughput(cells, readLoop);
  const all = mbps(cells);
  return {
    char_code_loop_all_cells: loop,
    detectors_all_cells: all,
    detectors_over_char_code_loop: round(all.mb_per_s / loop.mb_per_s, 2),
    detectors_plain_cells: mbps(plain),
    plan_us: planUs,
    apply_row_6cols_us: rowUs,
    copy_row_baseline_us: passRow,
  };
}
