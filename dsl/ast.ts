// The syntax tree of a .hoop file. Every node carries the span of source it came from so that
// diagnostics, coverage and `explain` can point at the exact text.

export interface Span {
  file: string;
  start: number;
  end: number;
  line: number;
  col: number;
}

export interface Ident { name: string; span: Span }

export interface PolicyFile {
  path: string;
  source: string;
  namespace?: Ident & { parts: string[] };
  items: Item[];
  comments: Comment[];
}

export interface Comment { text: string; span: Span; /** true when code precedes it on its line */ trailing: boolean }

export type Item = ImportDecl | ConstDecl | ColumnsDecl | AttributesDecl | ProgramDecl | DefaultTarget | TimezoneDecl | RuleDecl | TestDecl;

/** The IANA time zone in which the rules of this file read time.hour, time.weekday, … */
export interface TimezoneDecl { kind: "timezone"; zone: string; span: Span }

export interface ImportDecl { kind: "import"; path: string; span: Span }
export interface ConstDecl { kind: "const"; name: Ident; value: Expr; span: Span }
export interface ColumnsDecl { kind: "columns"; name: Ident; selectors: SelectorRef[]; span: Span }
export interface AttributesDecl { kind: "attributes"; fields: AttributeField[]; span: Span }
export interface AttributeField { name: Ident; type: TypeRef; span: Span }
export interface TypeRef { name: string; /** element type for list<…> */ element?: TypeRef; span: Span }
/** Declares an in-house program for the shell analyzer: `program "report-tool" is read-only`. */
export interface ProgramDecl { kind: "program"; program: string; categories: Ident[]; span: Span }
/** File-level target applying to every rule of the file that names none. */
export interface DefaultTarget { kind: "target"; target: Target; span: Span }

export interface Target {
  protocol?: Ident;
  connections: ConnectionSpec[];
  span: Span;
}
export type ConnectionSpec =
  | { kind: "name"; name: string; span: Span }
  | { kind: "glob"; pattern: string; span: Span }
  | { kind: "tag"; key: string; value: string; span: Span };

export type Effect = "allow" | "deny" | "review" | "mask";

export interface RuleDecl {
  kind: "rule";
  id: Ident;
  reason?: string;
  target?: Target;
  effect?: Effect;
  effectSpan?: Span;
  when?: Expr;
  review?: ReviewSpec;
  masks: MaskClause[];
  span: Span;
}

export interface ReviewSpec {
  approvers: { name: string; span: Span }[];
  quorum?: { value: number; span: Span };
  window?: DurationLit;
  mode?: { value: "hold" | "retry"; span: Span };
  expires?: DurationLit;
  span: Span;
}

export type SelectorRef =
  /** A column selector as written: table.column, schema.table.column, with * globs. */
  | { kind: "selector"; text: string; span: Span }
  /** A name declared with `columns NAME = …`. */
  | { kind: "named"; name: string; span: Span };

export interface MaskClause {
  columns: SelectorRef[];
  detected: Ident[];
  method: Ident;
  span: Span;
}

export interface TestDecl {
  kind: "test";
  name: string;
  principal?: PrincipalSpec;
  connection?: { name: string; tags: { key: string; value: string }[]; span: Span };
  time?: { value: string; span: Span };
  sourceIp?: { value: string; span: Span };
  justification?: { value: string; span: Span };
  request?: RequestSpec;
  expects: Expectation[];
  span: Span;
}

export interface PrincipalSpec {
  id: string;
  kind?: Ident;
  groups: string[];
  attributes: { name: Ident; value: Expr }[];
  actingFor?: PrincipalSpec;
  span: Span;
}

export type RequestSpec =
  | { kind: "sql"; text: string; span: Span }
  | { kind: "shell"; text: string; span: Span }
  | { kind: "ssh"; request: Ident; subsystem?: string; span: Span }
  /** Precomputed facts as JSON, for sections no analyzer computes. */
  | { kind: "facts"; section: Ident; json: string; span: Span };

export type Expectation =
  | { kind: "effect"; effect: Ident; rules: Ident[]; span: Span }
  | { kind: "mask"; target: SelectorRef | { kind: "detected"; infoType: Ident; span: Span }; method: Ident; span: Span }
  | { kind: "no-masks"; span: Span }
  | { kind: "review"; approvers: string[]; quorum?: number; window?: DurationLit; once: boolean; mode?: "hold" | "retry"; span: Span }
  | { kind: "reason"; contains: string; span: Span };

export interface DurationLit { text: string; seconds: number; span: Span }

export type Expr =
  | { kind: "or" | "and"; left: Expr; right: Expr; span: Span }
  | { kind: "not"; expr: Expr; span: Span }
  | { kind: "compare"; op: CompareOp; left: Expr; right: Expr; span: Span; opSpan: Span }
  | { kind: "path"; root: Ident; fields: Ident[]; span: Span }
  | { kind: "has"; path: Expr; span: Span }
  | { kind: "quantifier"; quantifier: "any" | "all"; variable: Ident; list: Expr; body: Expr; span: Span }
  | { kind: "call"; name: Ident; args: Expr[]; span: Span }
  | { kind: "list"; items: Expr[]; span: Span }
  | { kind: "string"; value: string; span: Span }
  | { kind: "int"; value: number; span: Span }
  | { kind: "bool"; value: boolean; span: Span }
  | { kind: "duration"; text: string; seconds: number; span: Span }
  | { kind: "timeofday"; text: string; minutes: number; span: Span }
  | { kind: "timestamp"; text: string; span: Span }
  | { kind: "cidr"; text: string; span: Span }
  | { kind: "error"; span: Span };

export type CompareOp = "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in" | "contains" | "like" | "matches" | "within";
