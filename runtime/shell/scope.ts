// What a program analysis (generic rule or handler) can ask of the analysis it runs in.
import type { CategorySet } from "./categories.js";
import type { CommandRule } from "./knowledge/rules.js";
import type { Word } from "./words.js";
import type { ShellCategory } from "../../compiler/context/types.js";

/** The SQL analyzer's reading of a text: read-only, or the categories beyond "mutating" it earns. */
export interface SqlEffects {
  readOnly: boolean;
  categories: ShellCategory[];
}

/** Where a command's standard input comes from: a here-document/string we can read, or a stream we cannot. */
export type Stdin = { kind: "text"; text: string; literal: boolean } | { kind: "stream" };

export interface Invocation {
  /** The program name after path stripping and normalisation ("python3.11" → "python3.11", rule found as "python"). */
  name: string;
  /** The words after the program. */
  words: Word[];
  rule: CommandRule;
  stdin: Stdin;
  /** Programs this one runs inside, outermost first, including itself: what nested commands record as `via`. */
  via: string[];
  /** Stdin items are appended as extra arguments (under xargs): they may be any option. */
  appendedInput: boolean;
}

export interface Scope {
  /** Analyses `text` as a shell script run by `inv`'s program (bash -c, su -c, watch, ssh HOST CMD). */
  /** `withStdin`: the script reads the invoking program's standard input (ssh HOST CMD, bash -c CMD). */
  script(text: string, literal: boolean, inv: Invocation, withStdin?: boolean): CategorySet;
  /** Analyses `words` as a command line run by `inv`'s program (sudo CMD, find -exec CMD ;). */
  command(words: Word[], inv: Invocation, opts?: { appendedInput?: boolean; stdin?: Stdin }): CategorySet;
  /** The generic, data-driven analysis of `words` under `rule`. */
  evaluate(rule: CommandRule, words: Word[], appendedInput: boolean): CategorySet;
  /** What the SQL analyzer finds `sql` does; undefined when it is not available. */
  sqlEffects(sql: string): SqlEffects | undefined;
}

export type Handler = (inv: Invocation, scope: Scope) => CategorySet;
