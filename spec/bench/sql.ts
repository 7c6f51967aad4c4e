// SQL analysis: cached and cold analysis against libpg-query's own parse of the same text.
import { parseSync } from "libpg-query";
import { analyzeSql, initSqlAnalyzer } from "../../runtime/sql/index.js";
import { scanShape, ShapeScan } from "../../runtime/sql/shape-key.js";
import { round, summarize, timeMicros } from "./_stats.js";

/**
 * Times `a` and `b` in alternating batches and reports the median of the per-batch ratios b/a:
 * on a loaded machine both sides of every ratio see the same load.
 */
function pairedRatio(a: () => void, b: () => void, batches = 200, batch = 100): number {
  const ratios: number[] = [];
  const time = (f: () => void) => {
    const t0 = process.hrtime.bigint();
    for (let j = 0; j < batch; j++) f();
    return Number(process.hrtime.bigint() - t0);
  };
  for (let i = 0; i < batches; i++) {
    const ta = time(a);
    ratios.push(time(b) / ta);
  }
  return summarize(ratios).p50;
}

const PGBENCH = "SELECT abalance FROM pgbench_accounts WHERE aid = 12345;";
const JOIN3 = "SELECT c.full_name, a.iban, t.amount FROM customers c JOIN accounts a ON a.customer_id = c.id JOIN transactions t ON t.account_id = a.id WHERE t.amount > 100 AND c.id = 42 ORDER BY t.booked_at DESC LIMIT 10";

export async function bench(): Promise<Record<string, unknown>> {
  await initSqlAnalyzer();
  const out: Record<string, unknown> = {};
  for (const [name, sql] of [["pgbench_select", PGBENCH], ["join_3way", JOIN3]] as const) {
    let n = 0;
    // Vary the literal so the cached path is measured on distinct texts, as a real workload sends them.
    const variants = Array.from({ length: 1000 }, (_, i) => sql.replace(/\b(12345|42)\b/, String(1000 + i)));
    const parse = timeMicros(() => parseSync(variants[n++ % 1000]!), 20_000, 100, 2_000);
    const cold = timeMicros(() => analyzeSql(variants[n++ % 1000]!, { noCache: true }), 20_000, 100, 2_000);
    analyzeSql(sql);
    const cached = timeMicros(() => analyzeSql(variants[n++ % 1000]!), 200_000, 100, 20_000);
    const scan = new ShapeScan();
    const key = timeMicros(() => scanShape(variants[n++ % 1000]!, scan), 200_000, 100, 20_000);
    // The floor for any scanner under the same load: read every char code once into a buffer.
    const codes = new Uint16Array(2 * sql.length);
    const readLoop = timeMicros(() => {
      const t = variants[n++ % 1000]!;
      for (let i = 0; i < t.length; i++) codes[i] = t.charCodeAt(i);
    }, 200_000, 100, 20_000);
    out[name] = {
      libpg_query_parse_us: parse, analyze_cold_us: cold, analyze_cached_us: cached, shape_key_us: key, char_code_loop_us: readLoop,
      cold_over_parse: round(cold.p50 / parse.p50, 2),
      cold_over_parse_paired: round(pairedRatio(() => parseSync(variants[n++ % 1000]!), () => analyzeSql(variants[n++ % 1000]!, { noCache: true })), 2), cached_over_parse: round(cached.p50 / parse.p50, 3),
      shape_key_over_char_code_loop: round(key.p50 / readLoop.p50, 2),
    };
  }
  return out;
}
