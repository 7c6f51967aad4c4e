// Prometheus text exposition of the gateway's counters and gauges.

export interface MetricSample {
  name: string;
  help: string;
  type: "counter" | "gauge";
  value: number;
  labels?: Record<string, string>;
}

export function prometheusText(samples: MetricSample[]): string {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of samples) {
    if (!seen.has(s.name)) {
      out.push(`# HELP ${s.name} ${s.help}`, `# TYPE ${s.name} ${s.type}`);
      seen.add(s.name);
    }
    const labels = s.labels && Object.keys(s.labels).length
      ? `{${Object.entries(s.labels).map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`))}"`).join(",")}}`
      : "";
    out.push(`${s.name}${labels} ${Number.isFinite(s.value) ? s.value : 0}`);
  }
  return out.join("\n") + "\n";
}
