// psql: the SQL it runs (-c, or a here-document) is judged by the SQL analyzer when one is
// available; without it, or when the SQL does not parse, psql is not read-only. Backslash
// meta-commands that run programs or write files are opaque or mutating.
import { addAll, READ_ONLY, type CategorySet } from "../categories.js";
import { scanArgs } from "../options.js";
import type { Handler, Invocation, Scope } from "../scope.js";

const VALUE_OPTIONS = ["-c", "--command", "-f", "--file", "-d", "--dbname", "-h", "--host", "-p", "--port", "-U",
  "--username", "-v", "--set", "--variable", "-o", "--output", "-L", "--log-file", "-P", "--pset", "-F",
  "--field-separator", "-R", "--record-separator", "-T", "--table-attr"];
/** Meta-commands that run programs or scripts we cannot see, and those that write files or large objects. */
const RUNS_META = new Set(["!", "gexec", "i", "ir", "include", "include_relative", "e", "edit", "ef", "ev", "setenv", "cd"]);
/** Meta-commands whose argument may be "|command": output piped to a shell command. */
const PIPES_META = new Set(["o", "out", "w", "write", "g", "gx"]);
const WRITES_META = new Set(["o", "out", "w", "write", "g", "gx", "gset", "copy", "s", "lo_import", "lo_export", "lo_unlink"]);

export const psqlHandler: Handler = (inv, scope) => {
  const args = scanArgs(inv.words, VALUE_OPTIONS);
  const out: CategorySet = new Set();
  if (args.unknownOption || inv.appendedInput) out.add("opaque");
  let ranSql = false;
  for (const o of args.options) {
    if ((o.name === "-c" || o.name === "--command") && o.value) {
      ranSql = true;
      if (!o.value.literal) addAll(out, ["mutating", "opaque"]);
      else addAll(out, judgeSql(o.value.value, scope, inv));
    } else if ((o.name === "-f" || o.name === "--file") && o.value) {
      ranSql = true;
      if (o.value.literal && o.value.value === "-") addAll(out, judgeStdin(inv, scope));
      else addAll(out, ["mutating", "opaque"]);
    } else if (["-o", "--output", "-L", "--log-file"].includes(o.name)) {
      out.add("mutating");
    }
  }
  const infoOnly = args.options.some((o) => ["-l", "--list", "-V", "--version", "--help", "-?"].includes(o.name));
  if (!ranSql && !infoOnly) addAll(out, judgeStdin(inv, scope));
  return out.size === 0 ? new Set(READ_ONLY) : out;
};

function judgeStdin(inv: Invocation, scope: Scope): CategorySet {
  const stdin = inv.stdin;
  if (stdin.kind === "stream") return new Set(["mutating", "opaque"]);
  if (!stdin.literal) return new Set(["mutating", "opaque"]);
  return judgeSql(stdin.text, scope, inv);
}

/** Splits off psql meta-commands, then asks the SQL analyzer about the rest. */
export function judgeSql(text: string, scope: Scope, inv: Invocation): CategorySet {
  const out: CategorySet = new Set();
  const sqlLines: string[] = [];
  for (const line of text.split("\n")) {
    const { sql, metas } = splitMeta(line);
    sqlLines.push(sql);
    for (const meta of metas) {
      const name = /^\\(!|[a-zA-Z_]+)/.exec(meta)?.[1] ?? "";
      const arg = meta.slice(name.length + 1).trim();
      // `…` in a meta-command's arguments is run by the shell (\echo `cmd`, \set v `cmd`); psql
      // variables (:name) may be interpolated into it.
      if (!PASSES_ARGS_ON.has(name)) {
        for (const m of arg.matchAll(/`([^`]*)(`|$)/g)) {
          addAll(out, scope.script(m[1]!, true, inv));
          if (m[2] === "" || /:['"{A-Za-z_]/.test(m[1]!)) out.add("opaque");
        }
      }
      if (RUNS_META.has(name) || (name === "copy" && /\bprogram\b/i.test(meta))) out.add("opaque");
      // \o |cmd, \g |cmd: the output goes to a shell command.
      else if (PIPES_META.has(name) && arg.startsWith("|")) addAll(out, [...scope.script(arg.slice(1), true, inv), "opaque"]);
      // \password sets a role's password.
      else if (name === "password") addAll(out, ["privileged", "mutating", "opaque"]);
      else if (WRITES_META.has(name)) out.add("mutating");
    }
  }
  const sql = sqlLines.join("\n").trim();
  if (sql === "") return out.size ? out : new Set(READ_ONLY);
  const effects = scope.sqlEffects(sql);
  if (effects?.readOnly === true) {
    if (out.size === 0) out.add("read-only");
  } else {
    out.add("mutating");
  }
  addAll(out, effects?.categories ?? []);
  return out;
}

/** Meta-commands that send the query buffer to the server. */
const SENDS_BUFFER = new Set(["g", "gx", "gset", "gexec", "gdesc", "crosstabview", "watch"]);

/** Meta-commands whose whole remaining line is a shell command, not arguments psql expands (\! cmd). */
const PASSES_ARGS_ON = new Set(["!"]);

/**
 * One line as psql reads it: the SQL text, and the meta-commands in it. A meta-command starts at a
 * backslash outside quotes and ends at the next one (\x \! cmd is two of them); "\\" ends it and SQL
 * follows; \! and an output piped to |command take the rest of the line.
 */
function splitMeta(line: string): { sql: string; metas: string[] } {
  let sql = "";
  const metas: string[] = [];
  let i = 0;
  while (i < line.length) {
    let quote: string | undefined;
    let j = i;
    for (; j < line.length; j++) {
      const ch = line[j]!;
      if (quote) {
        if (ch === quote) quote = undefined;
      } else if (ch === "'" || ch === '"') quote = ch;
      else if (ch === "\\" && /[a-zA-Z!?]/.test(line[j + 1] ?? "")) break;
    }
    sql += line.slice(i, j);
    i = j;
    while (i < line.length && line[i] === "\\") {
      if (line[i + 1] === "\\") {
        i += 2;
        break;
      }
      const name = /^(!|[a-zA-Z_]+)/.exec(line.slice(i + 1))?.[1] ?? "";
      let k = i + 1 + name.length;
      if (name === "!" || (PIPES_META.has(name) && line.slice(k).trimStart().startsWith("|"))) {
        metas.push(line.slice(i));
        return { sql, metas };
      }
      let q: string | undefined;
      for (; k < line.length; k++) {
        const ch = line[k]!;
        if (q) {
          if (q === "'" && ch === "\\") k++;
          else if (ch === q) q = undefined;
        } else if (ch === "'" || ch === '"' || ch === "`") q = ch;
        else if (ch === "\\") break;
      }
      metas.push(line.slice(i, k));
      // \g and its kin send what came before: what follows is another statement.
      if (SENDS_BUFFER.has(name)) sql += ";\n";
      i = k;
    }
  }
  return { sql, metas };
}

const MYSQL_VALUE_OPTIONS = ["-e", "--execute", "-h", "--host", "-P", "--port", "-u", "--user", "-D", "--database", "-S", "--socket"];

/**
 * mysql/mariadb: not read-only (the client's "system" command runs programs); SQL given with -e, or as a here-document or here-string on standard input,
 * that drops, empties or deletes without a WHERE is destructive.
 */
export const mysqlHandler: Handler = (inv) => {
  const out: CategorySet = new Set(inv.rule.categories);
  const args = scanArgs(inv.words, MYSQL_VALUE_OPTIONS);
  const judge = (sql: string, literal: boolean) => {
    if (!literal || /\b(drop|truncate)\b/i.test(sql) || (/\b(delete|update)\b/i.test(sql) && !/\bwhere\b/i.test(sql))) out.add("destructive");
    if (/\b(grant|revoke)\b|\b(create|alter)\s+user\b/i.test(sql)) out.add("privileged");
  };
  let executes = false;
  for (const o of args.options) {
    if ((o.name === "-e" || o.name === "--execute") && o.value) {
      executes = true;
      judge(o.value.literal ? o.value.value : "", o.value.literal);
    }
  }
  // Without -e the client reads its statements from standard input (a here-document or here-string).
  if (!executes && inv.stdin.kind === "text") judge(inv.stdin.text, inv.stdin.literal);
  return out;
};
