// Decision latency of a compiled 50-rule policy, against two baselines measured in the same run on
// the same requests: the same rules hand-written as plain if-statements (the practical limit), and
// @cedar-policy/cedar-wasm with a preparsed policy set (what an off-the-shelf engine costs).
import * as cedar from "@cedar-policy/cedar-wasm/nodejs";
import fc from "fast-check";
import { compileSource, type CompiledPolicy } from "../../compiler/index.js";
import type { Decision, MaskDirective, RequestContext, SqlStatementFacts } from "../../compiler/context/types.js";
import { round, timeMicros } from "./_stats.js";

const FNS = ["pg_read_file", "pg_ls_dir", "dblink", "lo_import", "pg_terminate_backend"];
const TEMPLATES = [
  "unbounded_writes", "ddl_dcl", "agent_writes", "pii_masked", "pii_predicates",
  "team_reads", "after_hours_writes", "outside_network", "cleared_writes", "side_effects",
] as const;

/** Rule k uses template k % 10 with parameter j = k / 10: five variants of ten realistic rules. */
function ruleText(k: number): string {
  const t = TEMPLATES[k % 10]!, j = Math.floor(k / 10);
  const id = `r${String(k).padStart(2, "0")}_${t}_${j}`;
  const team = `"team${j}" in principal.groups`;
  const body = {
    unbounded_writes: `deny when ${team} and (any s in sql.statements: s.command in [update, delete] and not s.hasWhere)`,
    ddl_dcl: `deny when ${team} and (any s in sql.statements: s.kind in [ddl, dcl])`,
    agent_writes: `review by "payments-ops" quorum 1 once retry expires 30m\n  when principal.kind == agent and (any s in sql.statements: any t in s.tablesWritten: t == "public.t${j}")`,
    pii_masked: `when ${team}\n  mask public.t${j}.ssn with redact`,
    pii_predicates: `deny when principal.kind == agent and ${team} and (any s in sql.statements: any c in s.columnsInPredicates: c in ["public.t${j}.ssn", "public.t${j}.email"])`,
    team_reads: `allow when ${team} and sql.readOnly`,
    after_hours_writes: `review by "payments-ops" quorum 1 once retry expires 30m\n  when "oncall${j}" in principal.groups and (time.hour >= 20 or time.hour < 6) and not sql.readOnly`,
    outside_network: `deny when ${team} and not (session.sourceIp within 10.${j}.0.0/16)`,
    cleared_writes: `allow when ${team} and principal.attributes.clearance >= ${j + 1} and not sql.readOnly`,
    side_effects: `deny when any s in sql.statements: s.functions contains "${FNS[j]}"`,
  }[t];
  return `rule ${id} {\n  ${body}\n}\n`;
}

export function policyText(): string {
  const head = "namespace bench\n\non postgres connection payments\n\nattributes {\n  clearance: int\n}\n\n";
  return head + Array.from({ length: 50 }, (_, k) => ruleText(k)).join("\n");
}

/** The same 50 rules in Cedar: deny/review → forbid, allow/mask → permit; our effect is read back from the ids that decided. */
function cedarPolicies(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let k = 0; k < 50; k++) {
    const t = TEMPLATES[k % 10]!, j = Math.floor(k / 10);
    const id = `bench.r${String(k).padStart(2, "0")}_${t}_${j}`;
    const team = `principal.groups.contains("team${j}")`;
    const [effect, kind, cond] = {
      unbounded_writes: ["forbid", "deny", `${team} && context.unboundedWrite`],
      ddl_dcl: ["forbid", "deny", `${team} && context.kinds.containsAny(["ddl", "dcl"])`],
      agent_writes: ["forbid", "review", `principal.kind == "agent" && context.tablesWritten.contains("public.t${j}")`],
      pii_masked: ["permit", "mask", team],
      pii_predicates: ["forbid", "deny", `principal.kind == "agent" && ${team} && context.predicateColumns.containsAny(["public.t${j}.ssn", "public.t${j}.email"])`],
      team_reads: ["permit", "allow", `${team} && context.readOnly`],
      after_hours_writes: ["forbid", "review", `principal.groups.contains("oncall${j}") && (context.hour >= 20 || context.hour < 6) && !context.readOnly`],
      outside_network: ["forbid", "deny", `${team} && !context.sourceIp.isInRange(ip("10.${j}.0.0/16"))`],
      cleared_writes: ["permit", "allow", `${team} && principal.clearance >= ${j + 1} && !context.readOnly`],
      side_effects: ["forbid", "deny", `context.functions.contains("${FNS[j]}")`],
    }[t] as [string, string, string];
    out[`${kind}|${id}`] = `${effect} (principal, action, resource == Connection::"payments") when { ${cond} };`;
  }
  return out;
}

// ---- requests ----

const stmt = (o: Partial<SqlStatementFacts>): SqlStatementFacts => ({
  kind: "read", command: "select", tablesRead: [], tablesWritten: [], columnsRead: [], columnsWritten: [], columnsInPredicates: [],
  hasWhere: true, whereIsTautology: false, functions: [], sideEffectFunctions: [], selectInto: false, copyTarget: "none", setting: "", opaque: false, ...o,
});

const team = fc.integer({ min: 0, max: 4 });
const statementArb = fc.record({
  kind: fc.constantFrom("read", "read", "read", "read", "read", "read", "read", "write", "write", "ddl"),
  table: fc.integer({ min: 0, max: 6 }),
  hasWhere: fc.constantFrom(true, true, true, true, false),
  pred: fc.constantFrom("ssn", "email", "id", "name"),
  fn: fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...FNS, "now", "lower", "now", "lower") }),
}).map(({ kind, table, hasWhere, pred, fn }) => {
  const t = `public.t${table}`;
  const command = kind === "read" ? "select" : kind === "write" ? (["insert", "update", "delete"] as const)[table % 3]! : kind === "ddl" ? "alter" : "grant";
  return stmt({
    kind: kind as SqlStatementFacts["kind"], command, hasWhere, tablesRead: [t], tablesWritten: kind === "write" ? [t] : [],
    columnsRead: [`${t}.id`, `${t}.${pred}`], columnsInPredicates: hasWhere ? [`${t}.${pred}`] : [], functions: fn ? [fn] : [],
  });
});

export const requestArb: fc.Arbitrary<RequestContext> = fc.record({
  kind: fc.constantFrom("agent", "agent", "human", "service") as fc.Arbitrary<"agent" | "human" | "service">,
  teams: fc.uniqueArray(team, { minLength: 1, maxLength: 1 }),
  oncall: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: team }),
  clearance: fc.integer({ min: 0, max: 5 }),
  // Most requests come from their team's network; a few from elsewhere.
  net: fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 6 }) }),
  v6: fc.integer({ min: 0, max: 19 }),
  hour: fc.integer({ min: 0, max: 23 }),
  statements: fc.array(statementArb, { minLength: 1, maxLength: 2 }),
}).map((r) => ({
  principal: {
    id: `${r.kind}-${r.teams.join("")}`, kind: r.kind, attributes: { clearance: r.clearance },
    groups: [...r.teams.map((t) => `team${t}`), ...(r.oncall !== undefined ? [`oncall${r.oncall}`] : []), "staff"],
  },
  connection: { name: "payments", protocol: "postgres", tags: { env: "prod" } },
  session: { id: "s", startedAt: "2026-03-02T08:00:00Z", sourceIp: r.v6 === 0 ? "2001:db8::7" : `10.${r.net ?? r.teams[0]}.3.4` },
  time: `2026-03-02T${String(r.hour).padStart(2, "0")}:15:00Z`,
  sql: { readOnly: r.statements.every((s) => s.kind === "read" && s.functions.every((f) => !FNS.includes(f))), statements: r.statements },
}));

// ---- the hand-written baseline ----

interface Verdict { effect: Decision["effect"]; rules: string[]; masks: MaskDirective[] }
const NET = [0, 1, 2, 3, 4].map((j) => ((10 << 24) | (j << 16)) >>> 0);
const MASK: MaskDirective[] = [0, 1, 2, 3, 4].map((j) => ({ column: `public.t${j}.ssn`, method: "redact", rule: `bench.r${j}3_pii_masked_${j}` }));
const NO_RULES: Verdict = { effect: "deny", rules: [], masks: [] };

function ipv4(text: string): number | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  return m ? ((+m[1]! << 24) | (+m[2]! << 16) | (+m[3]! << 8) | +m[4]!) >>> 0 : undefined;
}
function writesTable(st: SqlStatementFacts[], t: string): boolean {
  for (const s of st) if (s.tablesWritten.includes(t)) return true;
  return false;
}
function filtersOn(st: SqlStatementFacts[], a: string, b: string): boolean {
  for (const s of st) for (const c of s.columnsInPredicates) if (c === a || c === b) return true;
  return false;
}
function callsFunction(st: SqlStatementFacts[], f: string): boolean {
  for (const s of st) if (s.functions.includes(f)) return true;
  return false;
}

export function handWritten(ctx: RequestContext): Verdict {
  const conn = ctx.connection;
  if (conn.protocol !== "postgres" || conn.name !== "payments") return NO_RULES;
  const p = ctx.principal, g = p.groups, sql = ctx.sql;
  if (!sql) return NO_RULES;
  const st = sql.statements;
  const agent = p.kind === "agent";
  const clearance = p.attributes.clearance as number;
  const hour = new Date(ctx.time).getUTCHours();
  const ip = ipv4(ctx.session.sourceIp);
  let unbounded = false, ddlOrDcl = false;
  for (const s of st) {
    if ((s.command === "update" || s.command === "delete") && !s.hasWhere) unbounded = true;
    if (s.kind === "ddl" || s.kind === "dcl") ddlOrDcl = true;
  }
  const deny: string[] = [], review: string[] = [], allow: string[] = [];
  const masks: MaskDirective[] = [];
  if (g.includes("team0") && unbounded) deny.push("bench.r00_unbounded_writes_0");
  if (g.includes("team0") && ddlOrDcl) deny.push("bench.r01_ddl_dcl_0");
  if (agent && writesTable(st, "public.t0")) review.push("bench.r02_agent_writes_0");
  if (g.includes("team0")) masks.push(MASK[0]!);
  if (agent && g.includes("team0") && filtersOn(st, "public.t0.ssn", "public.t0.email")) deny.push("bench.r04_pii_predicates_0");
  if (g.includes("team0") && sql.readOnly) allow.push("bench.r05_team_reads_0");
  if (g.includes("oncall0") && (hour >= 20 || hour < 6) && !sql.readOnly) review.push("bench.r06_after_hours_writes_0");
  if (g.includes("team0") && !(ip !== undefined && (ip & 0xffff0000) >>> 0 === NET[0])) deny.push("bench.r07_outside_network_0");
  if (g.includes("team0") && clearance >= 1 && !sql.readOnly) allow.push("bench.r08_cleared_writes_0");
  if (callsFunction(st, "pg_read_file")) deny.push("bench.r09_side_effects_0");
  if (g.includes("team1") && unbounded) deny.push("bench.r10_unbounded_writes_1");
  if (g.includes("team1") && ddlOrDcl) deny.push("bench.r11_ddl_dcl_1");
  if (agent && writesTable(st, "public.t1")) review.push("bench.r12_agent_writes_1");
  if (g.includes("team1")) masks.push(MASK[1]!);
  if (agent && g.includes("team1") && filtersOn(st, "public.t1.ssn", "public.t1.email")) deny.push("bench.r14_pii_predicates_1");
  if (g.includes("team1") && sql.readOnly) allow.push("bench.r15_team_reads_1");
  if (g.includes("oncall1") && (hour >= 20 || hour < 6) && !sql.readOnly) review.push("bench.r16_after_hours_writes_1");
  if (g.includes("team1") && !(ip !== undefined && (ip & 0xffff0000) >>> 0 === NET[1])) deny.push("bench.r17_outside_network_1");
  if (g.includes("team1") && clearance >= 2 && !sql.readOnly) allow.push("bench.r18_cleared_writes_1");
  if (callsFunction(st, "pg_ls_dir")) deny.push("bench.r19_side_effects_1");
  if (g.includes("team2") && unbounded) deny.push("bench.r20_unbounded_writes_2");
  if (g.includes("team2") && ddlOrDcl) deny.push("bench.r21_ddl_dcl_2");
  if (agent && writesTable(st, "public.t2")) review.push("bench.r22_agent_writes_2");
  if (g.includes("team2")) masks.push(MASK[2]!);
  if (agent && g.includes("team2") && filtersOn(st, "public.t2.ssn", "public.t2.email")) deny.push("bench.r24_pii_predicates_2");
  if (g.includes("team2") && sql.readOnly) allow.push("bench.r25_team_reads_2");
  if (g.includes("oncall2") && (hour >= 20 || hour < 6) && !sql.readOnly) review.push("bench.r26_after_hours_writes_2");
  if (g.includes("team2") && !(ip !== undefined && (ip & 0xffff0000) >>> 0 === NET[2])) deny.push("bench.r27_outside_network_2");
  if (g.includes("team2") && clearance >= 3 && !sql.readOnly) allow.push("bench.r28_cleared_writes_2");
  if (callsFunction(st, "dblink")) deny.push("bench.r29_side_effects_2");
  if (g.includes("team3") && unbounded) deny.push("bench.r30_unbounded_writes_3");
  if (g.includes("team3") && ddlOrDcl) deny.push("bench.r31_ddl_dcl_3");
  if (agent && writesTable(st, "public.t3")) review.push("bench.r32_agent_writes_3");
  if (g.includes("team3")) masks.push(MASK[3]!);
  if (agent && g.includes("team3") && filtersOn(st, "public.t3.ssn", "public.t3.email")) deny.push("bench.r34_pii_predicates_3");
  if (g.includes("team3") && sql.readOnly) allow.push("bench.r35_team_reads_3");
  if (g.includes("oncall3") && (hour >= 20 || hour < 6) && !sql.readOnly) review.push("bench.r36_after_hours_writes_3");
  if (g.includes("team3") && !(ip !== undefined && (ip & 0xffff0000) >>> 0 === NET[3])) deny.push("bench.r37_outside_network_3");
  if (g.includes("team3") && clearance >= 4 && !sql.readOnly) allow.push("bench.r38_cleared_writes_3");
  if (callsFunction(st, "lo_import")) deny.push("bench.r39_side_effects_3");
  if (g.includes("team4") && unbounded) deny.push("bench.r40_unbounded_writes_4");
  if (g.includes("team4") && ddlOrDcl) deny.push("bench.r41_ddl_dcl_4");
  if (agent && writesTable(st, "public.t4")) review.push("bench.r42_agent_writes_4");
  if (g.includes("team4")) masks.push(MASK[4]!);
  if (agent && g.includes("team4") && filtersOn(st, "public.t4.ssn", "public.t4.email")) deny.push("bench.r44_pii_predicates_4");
  if (g.includes("team4") && sql.readOnly) allow.push("bench.r45_team_reads_4");
  if (g.includes("oncall4") && (hour >= 20 || hour < 6) && !sql.readOnly) review.push("bench.r46_after_hours_writes_4");
  if (g.includes("team4") && !(ip !== undefined && (ip & 0xffff0000) >>> 0 === NET[4])) deny.push("bench.r47_outside_network_4");
  if (g.includes("team4") && clearance >= 5 && !sql.readOnly) allow.push("bench.r48_cleared_writes_4");
  if (callsFunction(st, "pg_terminate_backend")) deny.push("bench.r49_side_effects_4");
  const rules = deny.length ? deny : review.length ? review : allow;
  return { effect: deny.length ? "deny" : review.length ? "review" : allow.length ? "allow" : "deny", rules, masks };
}

// ---- cedar ----

function cedarCall(ctx: RequestContext): cedar.StatefulAuthorizationCall {
  const st = ctx.sql!.statements;
  const p = ctx.principal;
  return {
    principal: { type: "User", id: p.id },
    action: { type: "Action", id: "query" },
    resource: { type: "Connection", id: ctx.connection.name },
    preparsedPolicySetId: "bench",
    entities: [{ uid: { type: "User", id: p.id }, attrs: { kind: p.kind, groups: p.groups, clearance: p.attributes.clearance as number }, parents: [] }],
    // Cedar cannot range over statements: the facts arrive flattened into sets, as a Cedar user would pass them.
    context: {
      readOnly: ctx.sql!.readOnly,
      unboundedWrite: st.some((s) => (s.command === "update" || s.command === "delete") && !s.hasWhere),
      kinds: [...new Set(st.map((s) => s.kind))],
      tablesWritten: st.flatMap((s) => s.tablesWritten),
      predicateColumns: st.flatMap((s) => s.columnsInPredicates),
      functions: st.flatMap((s) => s.functions),
      hour: new Date(ctx.time).getUTCHours(),
      sourceIp: { __extn: { fn: "ip", arg: ctx.session.sourceIp } },
    },
  };
}

function cedarVerdict(answer: cedar.AuthorizationAnswer): { effect: Decision["effect"]; rules: string[] } {
  if (answer.type !== "success") throw new Error(`cedar: ${JSON.stringify(answer.errors)}`);
  const reasons = answer.response.diagnostics.reason.map((r) => r.split("|") as [string, string]);
  const of = (kind: string) => reasons.filter(([k]) => k === kind).map(([, id]) => id).sort();
  const effect = of("deny").length ? "deny" : of("review").length ? "review" : of("allow").length ? "allow" : "deny";
  return { effect, rules: effect === "deny" && !of("deny").length ? [] : of(effect) };
}

// ---- the run ----

export async function bench(): Promise<Record<string, unknown>> {
  const r = compileSource(policyText(), "bench.hoop");
  if (!r.policy) throw new Error(r.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`).join("\n"));
  const policy: CompiledPolicy = r.policy;
  const requests = fc.sample(requestArb, { numRuns: 256, seed: 20260302 });

  // The baselines must decide exactly as the compiled policy does, or the comparison means nothing.
  const effects: Record<string, number> = {};
  for (const ctx of requests) {
    const d = policy.decide(ctx);
    const h = handWritten(ctx);
    if (d.effect !== h.effect || JSON.stringify(d.rules) !== JSON.stringify(h.rules) || JSON.stringify(d.masks) !== JSON.stringify(h.masks)) {
      throw new Error(`hand-written baseline disagrees on ${JSON.stringify(ctx)}:\n${JSON.stringify(d)}\n${JSON.stringify(h)}`);
    }
    effects[d.effect] = (effects[d.effect] ?? 0) + 1;
  }
  const parsed = cedar.preparsePolicySet("bench", { staticPolicies: cedarPolicies() });
  if (parsed.type !== "success") throw new Error(`cedar policies: ${JSON.stringify(parsed.errors)}`);
  const calls = requests.map(cedarCall);
  requests.forEach((ctx, i) => {
    const d = policy.decide(ctx), c = cedarVerdict(cedar.statefulIsAuthorized(calls[i]!));
    if (d.effect !== c.effect || JSON.stringify(d.rules) !== JSON.stringify(c.rules)) {
      throw new Error(`cedar baseline disagrees on ${JSON.stringify(ctx)}:\n${JSON.stringify(d)}\n${JSON.stringify(c)}`);
    }
  });

  let i = 0, sink: unknown;
  const n = requests.length;
  const compiled = timeMicros(() => { sink = policy.decide(requests[i++ % n]!); });
  const hand = timeMicros(() => { sink = handWritten(requests[i++ % n]!); });
  const interpreter = timeMicros(() => { sink = policy.interpreter.decide(requests[i++ % n]!); }, 20_000, 100, 2_000);
  const cedarTimes = timeMicros(() => { sink = cedar.statefulIsAuthorized(calls[i++ % n]!); }, 3_000, 10, 300);
  void sink;
  return {
    rules: 50,
    requests: n,
    effects,
    compiledUs: compiled,
    handWrittenUs: hand,
    interpreterUs: interpreter,
    cedarUs: cedarTimes,
    ratios: {
      compiledOverHandWrittenP50: round(compiled.p50 / hand.p50, 2),
      compiledOverHandWrittenP99: round(compiled.p99 / hand.p99, 2),
      cedarOverCompiledP50: round(cedarTimes.p50 / compiled.p50, 1),
      cedarOverCompiledP99: round(cedarTimes.p99 / compiled.p99, 1),
    },
    targets: { p50AtMost05us: compiled.p50 <= 0.5, within3xHandWritten: compiled.p50 <= 3 * hand.p50 },
  };
}
