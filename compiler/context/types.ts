// The request context a policy sees, and the decision it returns.
// The JSON Schema beside this file (schema.ts) is the single declaration the type checker,
// the test runner and the runtime validate against; these TypeScript types mirror it.

export type PrincipalKind = "agent" | "human" | "service";
export type Protocol = "postgres" | "ssh" | "kubernetes";

export interface Principal {
  id: string;
  kind: PrincipalKind;
  groups: string[];
  attributes: Record<string, unknown>;
  /** The principal this one acts for (RFC 8693 `act` chain): an agent acting for a human. */
  onBehalfOf?: Principal;
}

export interface Connection {
  name: string;
  protocol: Protocol;
  tags: Record<string, string>;
}

export interface Session {
  id: string;
  /** ISO-8601 timestamp. */
  startedAt: string;
  sourceIp: string;
  justification?: string;
}

export type StatementKind = "read" | "write" | "ddl" | "dcl" | "tcl" | "utility";

/** What a statement does, in PostgreSQL's own terms (lower-case, underscores). */
export const SQL_COMMANDS = [
  "select", "insert", "update", "delete", "merge", "copy_to", "copy_from",
  "create", "alter", "drop", "truncate", "comment", "refresh", "reindex", "cluster",
  "grant", "revoke", "create_role", "alter_role", "drop_role",
  "begin", "commit", "rollback", "savepoint", "release", "prepare_transaction",
  "set", "reset", "show", "set_role", "set_session_authorization", "discard",
  "do", "call", "prepare", "execute", "deallocate", "explain",
  "declare_cursor", "fetch", "move", "close", "listen", "notify", "unlisten",
  "vacuum", "analyze", "lock", "checkpoint", "load", "other",
] as const;
export type SqlCommand = (typeof SQL_COMMANDS)[number];

export type CopyTarget = "none" | "stdio" | "file" | "program";

export interface SqlStatementFacts {
  kind: StatementKind;
  command: SqlCommand;
  /** Schema-qualified relation names, e.g. "public.customers". */
  tablesRead: string[];
  tablesWritten: string[];
  /** Schema-qualified column names, e.g. "public.customers.ssn". */
  columnsRead: string[];
  columnsWritten: string[];
  /** Columns used in WHERE, JOIN … ON, HAVING (and other filters). */
  columnsInPredicates: string[];
  /** A WHERE that is constant-true after folding counts as no WHERE. */
  hasWhere: boolean;
  whereIsTautology: boolean;
  /** Every function called, lower-case, unqualified (e.g. "pg_read_file"). */
  functions: string[];
  /** Those functions that have side effects or reach outside the database. */
  sideEffectFunctions: string[];
  /** SELECT … INTO and CREATE TABLE AS. */
  selectInto: boolean;
  copyTarget: CopyTarget;
  /** The configuration parameter a SET, RESET or SHOW names, lower-case ("all" for RESET ALL / SHOW ALL); "" for other statements. */
  setting: string;
  /** True where the statement's effect cannot be fully analysed (DO blocks, dynamic SQL). */
  opaque: boolean;
}

export interface SqlFacts {
  /** True only when every statement is a read with no side-effecting function. */
  readOnly: boolean;
  statements: SqlStatementFacts[];
  /** Set when the text does not parse; statements is then empty and readOnly false. */
  parseError?: { message: string; position?: number };
}

export const SHELL_CATEGORIES = ["read-only", "mutating", "destructive", "privileged", "network", "opaque"] as const;
export type ShellCategory = (typeof SHELL_CATEGORIES)[number];

export interface ShellRedirect {
  /** The operator as written: ">", ">>", "<", "2>", "&>", "<<", "<<<", … */
  op: string;
  target: string;
}

export interface ShellCommandFacts {
  /** The program after quote and escape removal (`r''m` → `rm`); "" when not literal. */
  program: string;
  args: string[];
  /** Environment assignments in front of the command, "NAME=value". */
  assignments: string[];
  redirects: ShellRedirect[];
  categories: ShellCategory[];
  /** The programs this one runs inside, outermost first (`sudo timeout 5 rm` → rm via ["sudo", "timeout"]); empty at top level. */
  via?: string[];
}

export interface ShellFacts {
  commands: ShellCommandFacts[];
  categories: ShellCategory[];
  readOnly: boolean;
  parseError?: string;
}

export type SshRequestKind = "exec" | "shell" | "subsystem" | "port-forward" | "agent-forward" | "x11";

export interface SshFacts {
  /** What the SSH channel asks for; exec requests also carry `shell` facts. */
  request: SshRequestKind;
  subsystem?: string;
}

export interface K8sFacts {
  verb: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  command?: ShellFacts;
}

export interface RequestContext {
  principal: Principal;
  connection: Connection;
  session: Session;
  /** The decision time, ISO-8601 (injectable in tests). */
  time: string;
  sql?: SqlFacts;
  shell?: ShellFacts;
  ssh?: SshFacts;
  k8s?: K8sFacts;
}

export type Effect = "allow" | "deny" | "review";
export const INFO_TYPES = ["credit_card", "ssn", "email", "iban", "phone"] as const;
export type InfoType = (typeof INFO_TYPES)[number];
export const MASK_METHODS = ["redact", "last4", "hash", "null", "partial"] as const;
export type MaskMethod = (typeof MASK_METHODS)[number];

export type MaskTarget =
  /** A column selector: "[schema.]table.column", each part may hold `*` globs. */
  | { column: string }
  | { infoType: InfoType };

export type MaskDirective = MaskTarget & { method: MaskMethod; rule: string };

export interface ReviewDirective {
  approvers: string[];
  minApprovals: number;
  /** How long the approval request waits for approvers, in seconds. */
  ttlSeconds: number;
  /** once: this request only; window: identical requests during windowSeconds after approval. */
  scope: "once" | "window";
  windowSeconds?: number;
  mode: "hold" | "retry";
  rule: string;
}

export interface Decision {
  effect: Effect;
  /** Ids ("namespace.rule") of the rules that decided the effect. */
  rules: string[];
  reason: string;
  masks: MaskDirective[];
  review?: ReviewDirective;
  /** Rules whose evaluation failed; a failing deny/review rule counts as matched. */
  errors?: { rule: string; message: string }[];
}
