// A linear-time regular expression subset for `matches`: literals, `.`, classes, \d \w \s,
// groups, alternation, * + ? {m,n}, and the anchors ^ and $. Matching simulates the NFA over a set
// of states (Thompson), so no input can make it take more than O(pattern × text) steps — unlike
// backtracking engines, where a pattern such as (a+)+$ runs for exponential time.

type Node =
  | { t: "char"; test: (c: number) => boolean }
  | { t: "cat"; items: Node[] }
  | { t: "alt"; options: Node[] }
  | { t: "rep"; node: Node; min: number; max: number /* Infinity for unbounded */ }
  | { t: "empty" }
  /** ^ (start of text) or $ (end of text): zero-width, as in JavaScript without the m flag. */
  | { t: "assert"; at: "start" | "end" };

export class RegexSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

const MAX_STATES = 10_000;

export interface CompiledRegex {
  source: string;
  test(text: string): boolean;
}

export function compileRegex(source: string): CompiledRegex {
  const nfa = buildNfa(new RegexParser(source).parse());
  return { source, test: (text) => simulate(nfa, text) };
}

class RegexParser {
  private i = 0;
  constructor(private readonly s: string) {}

  private fail(msg: string): never {
    throw new RegexSyntaxError(msg, this.i);
  }

  parse(): Node {
    const n = this.alt();
    if (this.i < this.s.length) this.fail(`unexpected '${this.s[this.i]}'`);
    return n;
  }

  private alt(): Node {
    const options = [this.cat()];
    while (this.s[this.i] === "|") {
      this.i++;
      options.push(this.cat());
    }
    return options.length === 1 ? options[0]! : { t: "alt", options };
  }

  private cat(): Node {
    const items: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") items.push(this.repeat());
    return items.length === 1 ? items[0]! : items.length === 0 ? { t: "empty" } : { t: "cat", items };
  }

  private repeat(): Node {
    let node = this.atom();
    for (;;) {
      const c = this.s[this.i];
      let min: number, max: number;
      if (c === "*") [min, max] = [0, Infinity];
      else if (c === "+") [min, max] = [1, Infinity];
      else if (c === "?") [min, max] = [0, 1];
      else if (c === "{" && /^\{\d+(,\d*)?\}/.test(this.s.slice(this.i))) {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i))!;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
        if (max < min) this.fail("{m,n} needs m ≤ n");
        if (min > 1000 || (max !== Infinity && max > 1000)) this.fail("repetition counts above 1000 are not allowed");
        this.i += m[0].length - 1;
      } else return node;
      this.i++;
      if (this.s[this.i] === "?") this.i++; // lazy and greedy match the same set of strings
      node = { t: "rep", node, min, max };
    }
  }

  private atom(): Node {
    const c = this.s[this.i]!;
    if (c === "(") {
      this.i++;
      if (this.s[this.i] === "?") {
        if (this.s[this.i + 1] === ":") this.i += 2;
        else this.fail("lookaround and named groups are not supported (they need backtracking)");
      }
      const n = this.alt();
      if (this.s[this.i] !== ")") this.fail("missing ')'");
      this.i++;
      return n;
    }
    if (c === "[") return this.charClass();
    if (c === ".") {
      this.i++;
      return { t: "char", test: (x) => x !== 10 && x !== 13 && x !== 0x2028 && x !== 0x2029 };
    }
    if (c === "\\") return { t: "char", test: this.escape(false) };
    if (c === "^" || c === "$") {
      this.i++;
      return { t: "assert", at: c === "^" ? "start" : "end" };
    }
    if (c === "*" || c === "+" || c === "?" || c === "{") this.fail(`'${c}' has nothing to repeat`);
    this.i++;
    const code = c.charCodeAt(0);
    return { t: "char", test: (x) => x === code };
  }

  private escape(inClass: boolean): (c: number) => boolean {
    this.i++;
    const e = this.s[this.i];
    if (e === undefined) this.fail("a pattern cannot end with '\\'");
    this.i++;
    const isDigit = (x: number) => x >= 48 && x <= 57;
    const isWord = (x: number) => isDigit(x) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122) || x === 95;
    // The same set as JavaScript's \s.
    const isSpace = (x: number) =>
      x === 32 || (x >= 9 && x <= 13) || x === 0xa0 || x === 0x1680 || (x >= 0x2000 && x <= 0x200a) ||
      x === 0x2028 || x === 0x2029 || x === 0x202f || x === 0x205f || x === 0x3000 || x === 0xfeff;
    switch (e) {
      case "d": return isDigit;
      case "D": return (x) => !isDigit(x);
      case "w": return isWord;
      case "W": return (x) => !isWord(x);
      case "s": return isSpace;
      case "S": return (x) => !isSpace(x);
      case "n": return (x) => x === 10;
      case "t": return (x) => x === 9;
      case "r": return (x) => x === 13;
    }
    if (/[0-9]/.test(e) && !inClass) this.fail("back-references are not supported (they need backtracking)");
    if (/[A-Za-z]/.test(e)) this.fail(`unknown escape '\\${e}'`);
    const code = e.charCodeAt(0);
    return (x) => x === code;
  }

  private charClass(): Node {
    this.i++;
    const negate = this.s[this.i] === "^";
    if (negate) this.i++;
    const tests: ((c: number) => boolean)[] = [];
    let first = true;
    while (this.i < this.s.length && (this.s[this.i] !== "]" || first)) {
      first = false;
      if (this.s[this.i] === "\\") {
        tests.push(this.escape(true));
        continue;
      }
      const lo = this.s.charCodeAt(this.i++);
      if (this.s[this.i] === "-" && this.s[this.i + 1] !== undefined && this.s[this.i + 1] !== "]") {
        this.i++;
        const hi = this.s.charCodeAt(this.i++);
        if (hi < lo) this.fail("a character range runs backwards");
        tests.push((x) => x >= lo && x <= hi);
      } else {
        tests.push((x) => x === lo);
      }
    }
    if (this.s[this.i] !== "]") this.fail("missing ']'");
    this.i++;
    const any = (x: number) => tests.some((t) => t(x));
    return { t: "char", test: negate ? (x) => !any(x) : any };
  }
}

// NFA: each state consumes one character (test), asserts a position (^ or $), or splits without consuming.
interface Nfa { test: (((c: number) => boolean) | null)[]; assert: (0 | 1 | 2)[]; out1: number[]; out2: number[]; start: number; accept: number }

function buildNfa(ast: Node): Nfa {
  const nfa: Nfa = { test: [], assert: [], out1: [], out2: [], start: 0, accept: 0 };
  const add = (test: ((c: number) => boolean) | null, assertion: 0 | 1 | 2 = 0): number => {
    if (nfa.test.length >= MAX_STATES) throw new RegexSyntaxError("the pattern is too large", 0);
    nfa.test.push(test);
    nfa.assert.push(assertion);
    nfa.out1.push(-1);
    nfa.out2.push(-1);
    return nfa.test.length - 1;
  };
  // Returns [entry, exit] where exit is a split state whose out1 is still open.
  const build = (n: Node): [number, number] => {
    switch (n.t) {
      case "empty": {
        const s = add(null);
        return [s, s];
      }
      case "assert": {
        const s = add(null, n.at === "start" ? 1 : 2);
        const e = add(null);
        nfa.out1[s] = e;
        return [s, e];
      }
      case "char": {
        const s = add(n.test);
        const e = add(null);
        nfa.out1[s] = e;
        return [s, e];
      }
      case "cat": {
        let [entry, exit] = build(n.items[0]!);
        for (const item of n.items.slice(1)) {
          const [e2, x2] = build(item);
          nfa.out1[exit] = e2;
          exit = x2;
        }
        return [entry, exit];
      }
      case "alt": {
        const exit = add(null);
        let entry = -1;
        for (let i = n.options.length - 1; i >= 0; i--) {
          const [e, x] = build(n.options[i]!);
          nfa.out1[x] = exit;
          if (entry < 0) entry = e;
          else {
            const split = add(null);
            nfa.out1[split] = e;
            nfa.out2[split] = entry;
            entry = split;
          }
        }
        return [entry, exit];
      }
      case "rep": {
        const entry = add(null);
        let cur = entry;
        for (let i = 0; i < n.min; i++) {
          const [e, x] = build(n.node);
          nfa.out1[cur] = e;
          cur = x;
        }
        if (n.max === Infinity) {
          const loop = add(null);
          const [e, x] = build(n.node);
          nfa.out1[cur] = loop;
          nfa.out1[loop] = e;
          nfa.out1[x] = loop;
          const exit = add(null);
          nfa.out2[loop] = exit;
          return [entry, exit];
        }
        const exit = add(null);
        for (let i = n.min; i < n.max; i++) {
          const [e, x] = build(n.node);
          const split = add(null);
          nfa.out1[cur] = split;
          nfa.out1[split] = e;
          nfa.out2[split] = exit;
          cur = x;
        }
        nfa.out1[cur] = exit;
        return [entry, exit];
      }
    }
  };
  const [entry, exit] = build(ast);
  nfa.start = entry;
  nfa.accept = exit;
  return nfa;
}

function simulate(nfa: Nfa, text: string): boolean {
  const n = nfa.test.length;
  const mark = new Int32Array(n).fill(-1);
  let current: number[] = [];
  let next: number[] = [];
  let generation = 0;
  let matched = false;
  const stack: number[] = [];
  // Follows the moves that read nothing from `s` at position `pos`, collecting the states that read a character.
  const addState = (list: number[], s: number, pos: number) => {
    stack.push(s);
    while (stack.length) {
      const x = stack.pop()!;
      if (x < 0 || mark[x] === generation) continue;
      mark[x] = generation;
      if (x === nfa.accept) {
        matched = true;
        continue;
      }
      if (nfa.test[x] !== null) {
        list.push(x);
        continue;
      }
      const a = nfa.assert[x];
      if (a === 1 ? pos !== 0 : a === 2 ? pos !== text.length : false) continue;
      stack.push(nfa.out2[x]!, nfa.out1[x]!);
    }
  };
  for (let i = 0; i <= text.length; i++) {
    // A match may start anywhere: the start state joins the set at every position.
    addState(current, nfa.start, i);
    if (matched) return true;
    if (i === text.length) break;
    const c = text.charCodeAt(i);
    generation++;
    next.length = 0;
    for (const s of current) {
      if (nfa.test[s]!(c)) addState(next, nfa.out1[s]!, i + 1);
    }
    if (matched) return true;
    [current, next] = [next, current];
  }
  return matched;
}
