// Command lines made only of plain or simply quoted words, pipes and list operators need no
// grammar: splitting them is unambiguous. This skips the WebAssembly parser (≈100 µs or more)
// for them; a property test checks the result is identical to the full parse for every command
// this accepts, and anything else (expansions, escapes, redirections, compound commands,
// comments, newlines outside quotes, background jobs) goes to the full parser.
import type { Word } from "./words.js";

/** Characters allowed outside quotes: no globs, braces, tilde, $, `, \, redirections, (, ), #, !, newlines. */
const PLAIN_CHAR = /[A-Za-z0-9_./,:=@%+\-]/;
const RESERVED = new Set(["if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until", "do",
  "done", "in", "function", "time", "coproc", "!", "[[", "]]", "{", "}"]);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

export interface PlainCommand {
  /** As written ("NAME=value"). */
  assignments: string[];
  words: Word[];
}

interface Token {
  raw: string;
  value: string;
}

/** The simple commands of a plain command line, in order; undefined when the full parser is needed. */
export function splitPlain(text: string): PlainCommand[] | undefined {
  const commands: Token[][] = [[]];
  let lastOp = "";
  let raw = "";
  let value = "";
  let inWord = false;
  const endWord = () => {
    if (inWord) commands[commands.length - 1]!.push({ raw, value });
    raw = "";
    value = "";
    inWord = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === " " || ch === "\t") {
      endWord();
      continue;
    }
    if (ch === "|" || ch === ";" || ch === "&") {
      endWord();
      let op = ch;
      if ((ch === "|" || ch === "&") && text[i + 1] === ch) op += text[++i];
      if (op === "&") return undefined; // a background job: leave it to the grammar
      if (commands[commands.length - 1]!.length === 0) return undefined;
      commands.push([]);
      lastOp = op;
      continue;
    }
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return undefined;
      raw += text.slice(i, end + 1);
      value += text.slice(i + 1, end);
      inWord = true;
      i = end;
      continue;
    }
    if (ch === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) return undefined;
      const inner = text.slice(i + 1, end);
      if (/[$`\\]/.test(inner)) return undefined;
      raw += text.slice(i, end + 1);
      value += inner;
      inWord = true;
      i = end;
      continue;
    }
    if (!PLAIN_CHAR.test(ch)) return undefined;
    raw += ch;
    value += ch;
    inWord = true;
  }
  endWord();
  if (commands[commands.length - 1]!.length === 0) {
    // Only a trailing ";" may leave an empty command (`ls;`).
    if (commands.length > 1 && lastOp === ";") commands.pop();
    else return undefined;
  }
  const out: PlainCommand[] = [];
  for (const tokens of commands) {
    let k = 0;
    const assignments: string[] = [];
    while (k < tokens.length && ASSIGNMENT.test(tokens[k]!.raw)) assignments.push(tokens[k++]!.raw);
    if (k < tokens.length && (RESERVED.has(tokens[k]!.value) || RESERVED.has(tokens[k]!.raw))) return undefined;
    out.push({ assignments, words: tokens.slice(k).map((t) => ({ value: t.value, literal: true, mayBeOption: false })) });
  }
  return out;
}
