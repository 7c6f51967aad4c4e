// awk: system(), pipes to or from commands and @load run other programs (opaque); print/printf
// redirected to a file writes it; -f loads a program we cannot see; gawk -i inplace edits files.
import { READ_ONLY, type CategorySet } from "../categories.js";
import { mentionsPrivilegeFile } from "../options.js";
import type { Handler } from "../scope.js";
import type { Word } from "../words.js";

const VALUE_OPTIONS = new Set(["-v", "--assign", "-F", "--field-separator", "-W"]);

export const awkHandler: Handler = (inv) => {
  const out: CategorySet = new Set();
  const programs: Word[] = [];
  let fromFile = false;
  const operands: Word[] = [];
  const words = inv.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (operands.length > 0 || (w.literal && (!w.value.startsWith("-") || w.value === "-"))) {
      operands.push(w);
      continue;
    }
    if (!w.literal) {
      if (w.mayBeOption) out.add("opaque");
      operands.push(w);
      continue;
    }
    const v = w.value;
    if (v === "--") {
      operands.push(...words.slice(i + 1));
      break;
    }
    const [name, attached] = v.startsWith("--")
      ? (v.includes("=") ? [v.slice(0, v.indexOf("=")), v.slice(v.indexOf("=") + 1)] : [v, undefined])
      : [v.slice(0, 2), v.length > 2 ? v.slice(2) : undefined];
    const value = (): Word | undefined => (attached !== undefined ? { value: attached, literal: true, mayBeOption: false } : words[++i]);
    if (name === "-f" || name === "--file" || name === "-E" || name === "--exec" || name === "-l" || name === "--load") {
      value();
      fromFile = true;
      out.add("opaque");
    } else if (name === "-e" || name === "--source") {
      const p = value();
      if (p) programs.push(p);
    } else if (name === "-i" || name === "--include") {
      const lib = value();
      if (lib?.literal && lib.value === "inplace") out.add("mutating");
      else out.add("opaque");
    } else if (VALUE_OPTIONS.has(name) && attached === undefined) {
      i++;
    }
  }
  if (programs.length === 0 && !fromFile) {
    const p = operands.shift();
    if (p) programs.push(p);
  }
  for (const p of programs) {
    if (!p.literal) {
      out.add("opaque");
      continue;
    }
    const fx = awkProgramEffects(p.value);
    if (fx.executes) out.add("opaque");
    if (fx.writes) out.add("mutating");
    if (fx.writes && mentionsPrivilegeFile(p.value)) out.add("privileged");
  }
  if (inv.appendedInput) out.add("opaque");
  return out.size === 0 ? new Set(READ_ONLY) : out;
};

/** A conservative reading of an awk program: strings and regular expressions are set aside first. */
export function awkProgramEffects(program: string): { executes: boolean; writes: boolean } {
  let code = "";
  let prevSignificant = "";
  for (let i = 0; i < program.length; i++) {
    const ch = program[i]!;
    if (ch === '"') {
      i++;
      while (i < program.length && program[i] !== '"') i += program[i] === "\\" ? 2 : 1;
      code += '""';
      prevSignificant = '"';
      continue;
    }
    // A slash where an operand is expected starts a regular expression.
    if (ch === "/" && (prevSignificant === "" || /[(,~!{};&|=?:\n]/.test(prevSignificant))) {
      i++;
      while (i < program.length && program[i] !== "/") i += program[i] === "\\" ? 2 : 1;
      code += "//";
      prevSignificant = "/";
      continue;
    }
    if (ch === "#") {
      while (i < program.length && program[i] !== "\n") i++;
      continue;
    }
    code += ch;
    if (!/\s/.test(ch)) prevSignificant = ch;
  }
  // A misread regular expression could hide code as string text, so calls are looked for in the
  // raw text as well; @name(…) is gawk's indirect call, which can reach system().
  const executes = /\bsystem\s*\(|\|&|@load|@include|\bPROCINFO\b|@[A-Za-z_]\w*\s*\(/.test(code) || /(^|[^|])\|(?!\|)/.test(code)
    || /\bsystem\s*\(|@[A-Za-z_]\w*\s*\(|@load|@include/.test(program);
  // print … > file; a comparison inside print's arguments is counted too (over-approximation).
  const writes = /\bprintf?\b[^;{}\n]*>/.test(code);
  return { executes, writes };
}
