// The shape of the knowledge base: one rule per program, with categories that depend on flags
// and sub-commands. A policy extends the table with entries as simple as `{ name, categories }`.
import type { ShellCategory } from "../../../compiler/context/types.js";

export interface FlagRule {
  /**
   * "-x" matches also inside clusters (-rxf) and as -xVALUE; "--long" matches --long, --long=V and
   * abbreviations; "name=", "+" and ":" match an operand starting with them (dd of=…, git push +ref);
   * "*=" matches an operand holding "=" or not known (sysctl NAME=VALUE); "@privilege-file" an operand
   * naming sudoers, passwd, shadow and the like; "@null-only" operands that are all null or terminal
   * devices; "~REGEX" a literal operand matching REGEX (case-insensitive); "--prefix-*" any long option
   * starting with "--prefix-"; "@device" an operand naming a
   * disk (tee /dev/sda); a word ending in "-" matches operands starting with it (aws … delete-bucket);
   * any other word without a dash matches an operand equal to it (ip link set, nft flush).
   */
  flags: string[];
  categories: ShellCategory[];
  /** "set": the categories replace the rule's default (`gzip -c` only reads); "add" (default) adds them. */
  mode?: "add" | "set";
  /** Only when the option's value is one of these (`wget -O -`), or matches one written "~REGEX". */
  values?: string[];
  /** Only when at least this many operands are given (git config NAME VALUE sets, NAME alone reads). */
  minOperands?: number;
}

export interface CommandRule {
  /** Categories when no flag rule says otherwise. */
  categories: ShellCategory[];
  flags?: FlagRule[];
  /** Options that take the next word as their value (so it is not taken for an operand or sub-command). */
  valueOptions?: string[];
  /**
   * Options known to take no value. An option before the sub-command that is in neither list may
   * take the sub-command's word as its value, so both readings are judged.
   */
  booleanOptions?: string[];
  /** Options whose value is a shell command the program runs (git rebase --exec CMD, man -P PAGER): judged as a script. */
  scriptOptions?: string[];
  /** The first operand names a sub-command (git push, kubectl delete, systemctl stop). */
  subcommands?: Record<string, CommandRule>;
  /** Categories when the first operand is not a listed sub-command (default: `categories`). */
  otherSubcommand?: ShellCategory[];
  /** Categories when there is no operand at all (default: `categories`). */
  noOperands?: ShellCategory[];
  /** Which operand (1-based) names the sub-command; default 1 (`service NAME ACTION` uses 2). */
  subcommandAt?: number;
  /** The Nth operand (1-based) is a file the program writes (uniq IN OUT). */
  outputOperand?: number;
  /** Categories when any operand is given (tee FILE, hostname NAME). */
  withOperands?: ShellCategory[];
  /** The words after the options hold another command (sudo CMD, kubectl exec POD -- CMD). */
  wrapper?: WrapperSpec;
  /** A code-backed analysis, for programs whose meaning lives in an argument (a script, a SQL text). */
  handler?: HandlerName;
}

/** A program that runs another command given in its arguments (sudo, timeout, xargs, env, …). */
export interface WrapperSpec {
  valueOptions?: string[];
  /** Options whose value is itself a shell command string (su -c CMD, flock -c CMD, env -S). */
  commandStringOptions?: string[];
  /** Options whose value must be attached (xargs -l5, -i{}); written alone they take no value. */
  attachedValueOptions?: string[];
  /** Operands before the command (timeout DURATION, flock FILE, chroot DIR, taskset MASK). */
  skipOperands?: number;
  /** Options that name the user themselves, so no operand is skipped (runuser -u USER CMD, unlike runuser USER -c CMD). */
  noSkipWith?: string[];
  /** NAME=value words before the command (env). */
  skipAssignments?: boolean;
  /** Options after which no command runs (sudo -l, command -v): the wrapper's categories only. */
  queryOptions?: string[];
  /**
   * With a query option, what makes the wrapper change the process it names instead of printing
   * (ionice -c3 -p PID, taskset -p MASK PID, prlimit --nofile=N -p PID): mutating. `options` count
   * only with a value written against them when `attached`; `minOperands` counts the operands.
   */
  queryChanges?: { options?: string[]; attached?: boolean; minOperands?: number };
  /** Categories when no command follows (sudo -i opens a shell: opaque). */
  bare?: ShellCategory[];
  /** The remaining words are joined with spaces and run by a shell (watch, ssh HOST CMD). */
  joinsWords?: boolean;
  /** Words read from stdin are appended to the command (xargs): they may be any option. */
  appendsInput?: boolean;
  /** The command run when none is given (xargs runs echo). */
  defaultCommand?: string[];
  /** A lone "-" is an option, not the first operand (su - USER). */
  dashIsOption?: boolean;
  /** The command starts only after a "--" word (kubectl exec POD -- CMD). */
  afterDoubleDash?: boolean;
  /** When a command string option is given, the operands name a file the program writes (script -c CMD FILE). */
  outputAfterCommandString?: boolean;
}

/** The code-backed analyses (runtime/shell/handlers); a policy's own entries cannot name them. */
export type HandlerName =
  | "shell" | "interpreter" | "find" | "sed" | "awk" | "psql" | "eval" | "rsync" | "ssh" | "tar"
  | "chmod" | "kill" | "socat" | "names" | "test" | "mysql";

export interface ProgramRule extends CommandRule {
  name: string;
  /** Other names of the same program (egrep for grep). */
  aliases?: string[];
}
