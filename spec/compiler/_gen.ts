// Arbitraries for property tests: random well-typed .hoop policies (as structured rules rendered to
// source text, so laws can add, remove and reorder rules) and random request contexts valid against
// the context JSON Schema, sometimes without optional sections, sometimes with attributes of the
// wrong type so that rule evaluation errors are exercised too.
import fc from "fast-check";
import type { RequestContext, ShellFacts, SqlStatementFacts } from "../../compiler/context/types.js";

export type GenEffect = "allow" | "deny" | "review" | "mask";

export interface GenRule {
  name: string;
  effect: GenEffect;
  /** A rule-level target clause without the leading `on`, or undefined for none. */
  target?: string;
  /** The condition source, or undefined for an unconditional rule. */
  when?: string;
  /** For mask rules: the mask clauses, each `mask … with …`. */
  masks: string[];
}

export interface GenPolicy {
  rules: GenRule[];
}

/** Declarations every generated policy shares; the conditions below refer to them. */
export const HEADER = `namespace gen

attributes {
  department: string
  clearance: int
  contractor: bool
  regions: list<string>
}

columns pii = customers.ssn, customers.email, public.accounts.iban, *.card_number
const office_start = 08:00
const office_end = 18:00
const admins = ["dba", "sre"]
const trusted = [10.0.0.0/8, 192.168.0.0/16]
const min_clearance = 3
`;

const q = (s: string) => JSON.stringify(s);
const GROUPS = ["agents", "dba", "sre", "payments-ops", "eng"];
const COLUMNS = ["public.customers.ssn", "public.customers.name", "public.accounts.iban", "public.orders.id", "sales.customers.email", "public.cards.card_number"];
const TABLES = ["public.customers", "public.accounts", "public.orders", "sales.customers"];
const FUNCTIONS = ["now", "lower", "pg_read_file", "dblink"];
const STATEMENT_KINDS = ["read", "write", "ddl", "dcl", "tcl", "utility"] as const;
const COMMANDS = ["select", "insert", "update", "delete", "truncate", "copy_to", "grant", "create", "drop"] as const;
const CONNECTIONS = ["payments", "payroll", "pay-dev", "bastion", "cluster"];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** Conditions on one SQL statement bound to `s`. */
const statementAtom: fc.Arbitrary<string> = fc.oneof(
  pick(STATEMENT_KINDS).map((k) => `s.kind == ${k}`),
  fc.subarray([...COMMANDS], { minLength: 1, maxLength: 3 }).map((cs) => `s.command in [${cs.join(", ")}]`),
  fc.constant("s.hasWhere"),
  fc.constant("not s.hasWhere"),
  fc.constant("s.whereIsTautology"),
  fc.constant("(any c in s.columnsInPredicates: c in pii)"),
  fc.constant("(any c in s.columnsRead: pii contains c)"),
  fc.constant("(all c in s.columnsWritten: c not in pii)"),
  pick(["public.*", "*.customers", "sales.*"]).map((g) => `(any t in s.tablesRead: t like ${q(g)})`),
  fc.integer({ min: 0, max: 2 }).map((n) => `count(s.functions) > ${n}`),
  pick(FUNCTIONS).map((f) => `s.functions contains ${q(f)}`),
);

const statementCond: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: statementAtom },
  { weight: 1, arbitrary: fc.tuple(statementAtom, statementAtom, pick(["and", "or"])).map(([a, b, op]) => `(${a} ${op} ${b})`) },
);

/** A boolean leaf over the typed fields of the context. */
const atom: fc.Arbitrary<string> = fc.oneof(
  pick(["agent", "human", "service"]).chain((k) => pick(["==", "!="]).map((op) => `principal.kind ${op} ${k}`)),
  pick(GROUPS).map((g) => `${q(g)} in principal.groups`),
  pick(GROUPS).map((g) => `${q(g)} not in principal.groups`),
  pick(GROUPS).map((g) => `principal.groups contains ${q(g)}`),
  fc.constant("(any g in principal.groups: g in admins)"),
  fc.integer({ min: 0, max: 3 }).map((n) => `count(principal.groups) >= ${n}`),
  pick(["eng", "finance"]).map((d) => `principal.attributes.department == ${q(d)}`),
  fc.integer({ min: 0, max: 5 }).chain((n) => pick(["<", "<=", ">", ">=", "==", "!="]).map((op) => `principal.attributes.clearance ${op} ${n}`)),
  fc.constant("principal.attributes.clearance >= min_clearance"),
  fc.constant("principal.attributes.contractor"),
  pick(["eu", "us"]).map((r) => `${q(r)} in principal.attributes.regions`),
  pick(["agent-*", "*@bank.example", "svc-?"]).map((g) => `principal.id like ${q(g)}`),
  pick(["^agent-[0-9]+$", "^(alice|bob)@", "svc-\\d"]).map((p) => `principal.id matches ${q(p)}`),
  fc.constant('lower(principal.id) == "alice@bank.example"'),
  fc.constant("has principal.onBehalfOf"),
  pick(["agent", "human", "service"]).map((k) => `principal.onBehalfOf.kind == ${k}`),
  pick(GROUPS).map((g) => `${q(g)} in principal.onBehalfOf.groups`),
  fc.constant('principal.onBehalfOf.attributes.department == "finance"'),
  pick(CONNECTIONS).map((c) => `connection.name == ${q(c)}`),
  pick(["pay*", "*-dev", "b?stion"]).map((g) => `connection.name like ${q(g)}`),
  pick(["prod", "dev"]).map((v) => `connection.tags.env == ${q(v)}`),
  fc.constant('"env" in connection.tags'),
  pick(["postgres", "\"ssh\""]).map((p) => `connection.protocol == ${p}`),
  pick(["10.0.0.0/8", "192.168.0.0/16", "trusted", '[10.0.0.0/8, "2001:db8::/32"]', '"::ffff:0:0/96"']).map((c) => `session.sourceIp within ${c}`),
  fc.constant('session.justification contains "INC-"'),
  fc.constant("since(session.startedAt) > 2h"),
  fc.integer({ min: 0, max: 23 }).chain((h) => pick(["<", ">="]).map((op) => `time.hour ${op} ${h}`)),
  fc.subarray(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], { minLength: 1, maxLength: 3 }).map((ds) => `time.weekday in [${ds.join(", ")}]`),
  fc.constant("(time.timeOfDay >= office_start and time.timeOfDay < office_end)"),
  pick(["06:30", "12:00", "22:15"]).map((t) => `time.timeOfDay < ${t}`),
  fc.constant("sql.readOnly"),
  fc.constant("not sql.readOnly"),
  fc.constant("count(sql.statements) > 1"),
  statementCond.map((b) => `(any s in sql.statements: ${b})`),
  statementCond.map((b) => `(all s in sql.statements: ${b})`),
);

/** A condition: leaves joined by not/and/or, fully parenthesised. */
export const condition: fc.Arbitrary<string> = fc.letrec<{ c: string }>((tie) => ({
  c: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 4, arbitrary: atom },
    { weight: 1, arbitrary: tie("c").map((x) => `not (${x})`) },
    { weight: 1, arbitrary: fc.tuple(tie("c"), tie("c")).map(([a, b]) => `(${a} and ${b})`) },
    { weight: 1, arbitrary: fc.tuple(tie("c"), tie("c")).map(([a, b]) => `(${a} or ${b})`) },
  ),
})).c;

export const target: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constant("postgres") },
  { weight: 2, arbitrary: fc.constant("postgres connection payments") },
  { weight: 1, arbitrary: fc.constant('connection "pay*"') },
  { weight: 1, arbitrary: fc.constant('connection tagged env = "prod"') },
  { weight: 1, arbitrary: fc.constant("connection payments, bastion") },
);

const maskClause: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(["customers.ssn", "pii", "public.accounts.iban", "*.email, customers.card_number"]), pick(["redact", "last4", "hash", "null", "partial"]))
    .map(([c, m]) => `mask ${c} with ${m}`),
  fc.tuple(fc.subarray(["credit_card", "ssn", "email", "iban", "phone"], { minLength: 1 }), pick(["redact", "hash"]))
    .map(([ts, m]) => `mask detected ${ts.join(", ")} with ${m}`),
);

export function ruleArb(effect?: GenEffect): fc.Arbitrary<Omit<GenRule, "name">> {
  return fc.record({
    effect: effect ? fc.constant(effect) : fc.constantFrom<GenEffect>("allow", "deny", "review", "mask"),
    target,
    // Most rules have a condition; a few apply to everything on their target.
    when: fc.option(condition, { freq: 6, nil: undefined }),
    masks: fc.array(maskClause, { minLength: 1, maxLength: 2 }),
  }).map((r) => ({ ...r, masks: r.effect === "mask" ? r.masks : [] }));
}

export const policyArb = (min = 1, max = 8): fc.Arbitrary<GenPolicy> =>
  fc.array(ruleArb(), { minLength: min, maxLength: max }).map((rs) => ({ rules: rs.map((r, i) => ({ ...r, name: `r${i}` })) }));

export function renderRule(r: GenRule): string {
  const lines = [`rule ${r.name} ${q(`${r.effect} rule ${r.name}`)} {`];
  if (r.target) lines.push(`  on ${r.target}`);
  switch (r.effect) {
    case "allow":
    case "deny":
      lines.push(r.when ? `  ${r.effect} when ${r.when}` : `  ${r.effect}`);
      break;
    case "review":
      lines.push(`  review by "payments-ops" quorum 1 once retry expires 30m`);
      if (r.when) lines.push(`  when ${r.when}`);
      break;
    case "mask":
      if (r.when) lines.push(`  when ${r.when}`);
      for (const m of r.masks) lines.push(`  ${m}`);
      break;
  }
  lines.push("}");
  return lines.join("\n");
}

/** The policy as one file; `zone` declares the time zone its rules read time members in. */
export function renderPolicy(p: GenPolicy, zone?: string): string {
  const header = zone ? HEADER.replace("namespace gen\n", `namespace gen\ntimezone ${q(zone)}\n`) : HEADER;
  return [header, ...p.rules.map(renderRule)].join("\n") + "\n";
}

export const zoneArb = fc.constantFrom(undefined, "UTC", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe");

// ---- contexts ----

const attributeValue = {
  department: fc.oneof(pick(["eng", "finance"]), fc.constant(5 as unknown)),
  clearance: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant("high" as unknown), fc.constant(2.5 as unknown)),
  contractor: fc.oneof(fc.boolean(), fc.constant("yes" as unknown)),
  regions: fc.oneof(fc.subarray(["eu", "us", "apac"]), fc.constant("eu" as unknown), fc.constant([1, 2] as unknown)),
};

/** Attributes as an identity provider might send them: some missing, some extra, some of the wrong type. */
const attributes = (wrongTypes: boolean): fc.Arbitrary<Record<string, unknown>> =>
  fc.record(
    {
      department: wrongTypes ? attributeValue.department : pick(["eng", "finance"]),
      clearance: wrongTypes ? attributeValue.clearance : fc.integer({ min: 0, max: 5 }),
      contractor: wrongTypes ? attributeValue.contractor : fc.boolean(),
      regions: wrongTypes ? attributeValue.regions : fc.subarray(["eu", "us", "apac"]),
      undeclared: fc.string({ maxLength: 4 }),
    },
    { requiredKeys: [] },
  );

const principalBase = (wrongTypes: boolean) =>
  fc.record({
    id: pick(["agent-7", "agent-42", "alice@bank.example", "bob@bank.example", "svc-1", "Alice@Bank.example"]),
    kind: pick(["agent", "human", "service"] as const),
    groups: fc.subarray(GROUPS),
    attributes: attributes(wrongTypes),
  });

const statementArb: fc.Arbitrary<SqlStatementFacts> = fc.record({
  kind: pick(STATEMENT_KINDS),
  command: pick(COMMANDS),
  tablesRead: fc.subarray(TABLES),
  tablesWritten: fc.subarray(TABLES, { maxLength: 1 }),
  columnsRead: fc.subarray(COLUMNS),
  columnsWritten: fc.subarray(COLUMNS, { maxLength: 2 }),
  columnsInPredicates: fc.subarray(COLUMNS, { maxLength: 2 }),
  hasWhere: fc.boolean(),
  whereIsTautology: fc.boolean(),
  functions: fc.subarray(FUNCTIONS),
  sideEffectFunctions: fc.subarray(["pg_read_file", "dblink"]),
  selectInto: fc.boolean(),
  copyTarget: pick(["none", "stdio", "file", "program"] as const),
  setting: pick(["", "statement_timeout", "search_path", "all"] as const),
  opaque: fc.boolean(),
});

const TIME_MIN = Date.UTC(2025, 0, 1);
const TIME_MAX = Date.UTC(2027, 0, 1);
const isoTime = fc.integer({ min: TIME_MIN, max: TIME_MAX }).map((ms) => new Date(ms).toISOString());

export const contextArb: fc.Arbitrary<RequestContext> = fc
  .record({
    wrongTypes: fc.boolean(),
    connection: fc.record({
      name: pick(CONNECTIONS),
      protocol: pick(["postgres", "postgres", "ssh", "kubernetes"] as const),
      tags: fc.record({ env: pick(["prod", "dev"]), team: pick(["payments", "ops"]) }, { requiredKeys: [] }),
    }),
    session: fc.record(
      {
        id: fc.constant("s-1"),
        startedAt: isoTime,
        sourceIp: pick(["10.1.2.3", "192.168.1.1", "8.8.8.8", "2001:db8::5", "::ffff:10.0.0.1", "fe80::1"]),
        justification: pick(["fix INC-42", "routine"]),
      },
      { requiredKeys: ["id", "startedAt", "sourceIp"] },
    ),
    time: isoTime,
    sql: fc.option(fc.record({ readOnly: fc.boolean(), statements: fc.array(statementArb, { maxLength: 3 }) }), { freq: 3, nil: undefined }),
    shell: fc.option(fc.constant<ShellFacts>({ commands: [], categories: ["read-only"], readOnly: true }), { freq: 4, nil: undefined }),
  })
  .chain((c) =>
    fc.record({
      principal: principalBase(c.wrongTypes),
      actor: fc.option(principalBase(c.wrongTypes), { freq: 2, nil: undefined }),
    }).map(({ principal, actor }) => {
      const ctx: RequestContext = {
        principal: actor ? { ...principal, onBehalfOf: actor } : principal,
        connection: c.connection,
        session: c.session,
        time: c.time,
      };
      if (c.sql) ctx.sql = c.sql;
      if (c.shell) ctx.shell = c.shell;
      return ctx;
    }),
  );
