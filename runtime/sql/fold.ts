// Constant folding of predicates: a WHERE that is true for every row counts as no WHERE.
// Three-valued: true / false / undefined (depends on the row, or not worked out).
// `onConstant` is told whenever a literal's value is consulted. Evaluation only looks at a literal
// when the path so far was decided by structure alone, so a statement whose fold consulted no
// literal folds the same for every literal value: that is what lets the shape cache share it.

type Node = Record<string, any>;
type Value = string | number | boolean | null; // null is SQL NULL

export function foldPredicate(node: unknown, onConstant: () => void): boolean | undefined {
  const v = evalNode(node as Node, onConstant);
  if (v === undefined) return undefined;
  if (v === null) return false;
  return toBool(v);
}

function toBool(v: Value): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (["t", "true", "y", "yes", "on", "1"].includes(s)) return true;
    if (["f", "false", "n", "no", "off", "0"].includes(s)) return false;
  }
  return undefined;
}

function constOf(n: Node): Value | undefined {
  const c = n.A_Const;
  if (!c) return undefined;
  if (c.isnull) return null;
  if ("ival" in c) return Number(c.ival?.ival ?? 0);
  if ("fval" in c) return Number(c.fval?.fval ?? 0);
  if ("boolval" in c) return Boolean(c.boolval?.boolval);
  if ("sval" in c) return String(c.sval?.sval ?? "");
  if ("bsval" in c) return String(c.bsval?.bsval ?? "");
  return undefined;
}

function typeName(tc: Node): string {
  const names: Node[] = tc.typeName?.names ?? [];
  return String(names[names.length - 1]?.String?.sval ?? "").toLowerCase();
}

// A deep comparison that ignores source locations: `x = x` is a tautology for every non-null x.
// Literal values are compared only after the shapes match, and that comparison is reported.
function sameExpr(a: unknown, b: unknown, onConstant: () => void): boolean {
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return a === b;
  const ka = Object.keys(a)[0];
  if (ka !== Object.keys(b)[0]) return false;
  if (ka === "ColumnRef") {
    const fa = (a as Node).ColumnRef.fields as Node[];
    const fb = (b as Node).ColumnRef.fields as Node[];
    return fa.length === fb.length && fa.every((f, i) => f.String?.sval === fb[i]?.String?.sval && !!f.A_Star === !!fb[i]?.A_Star);
  }
  const shape = (k: string, v: unknown) => (k === "location" ? undefined : k === "A_Const" ? "?" : v);
  if (JSON.stringify(a, shape) !== JSON.stringify(b, shape)) return false;
  const full = (k: string, v: unknown) => (k === "location" ? undefined : v);
  const sa = JSON.stringify(a, full);
  if (sa.includes('"A_Const"')) onConstant();
  return sa === JSON.stringify(b, full);
}

function hasColumnRef(n: unknown): boolean {
  if (n && typeof n === "object" && "ColumnRef" in n) return true;
  return JSON.stringify(n ?? null).includes('"ColumnRef"');
}

function evalNode(n: Node | undefined, onConstant: () => void): Value | undefined {
  if (!n || typeof n !== "object") return undefined;
  const k = constOf(n);
  if (k !== undefined) {
    onConstant();
    return k;
  }
  if (n.TypeCast) {
    const v = evalNode(n.TypeCast.arg, onConstant);
    if (v === undefined || v === null) return v;
    const t = typeName(n.TypeCast);
    if (t === "bool" || t === "boolean") return toBool(v);
    if (/^(int[248]?|integer|smallint|bigint|numeric|decimal|float[48]?|real|double)$/.test(t)) {
      const num = Number(v);
      return Number.isFinite(num) ? num : undefined;
    }
    if (/^(text|varchar|bpchar|char|name)$/.test(t)) return String(v);
    return undefined;
  }
  if (n.BoolExpr) {
    const { boolop, args } = n.BoolExpr as { boolop: string; args: Node[] };
    const vals = args.map((a) => { const v = evalNode(a, onConstant); return v === undefined || v === null ? v : toBool(v); });
    if (boolop === "NOT_EXPR") return vals[0] === undefined || vals[0] === null ? vals[0] : !vals[0];
    if (boolop === "AND_EXPR") {
      if (vals.some((v) => v === false)) return false;
      return vals.every((v) => v === true) ? true : undefined;
    }
    if (boolop === "OR_EXPR") {
      if (vals.some((v) => v === true)) return true;
      if (isNullTestPair(args, onConstant)) return true;
      return vals.every((v) => v === false) ? false : undefined;
    }
    return undefined;
  }
  if (n.NullTest) {
    const v = evalNode(n.NullTest.arg, onConstant);
    if (v === undefined) return undefined;
    return n.NullTest.nulltesttype === "IS_NULL" ? v === null : v !== null;
  }
  if (n.BooleanTest) {
    const v = evalNode(n.BooleanTest.arg, onConstant);
    if (v === undefined) return undefined;
    const b = v === null ? null : toBool(v);
    if (b === undefined) return undefined;
    switch (n.BooleanTest.booltesttype) {
      case "IS_TRUE": return b === true;
      case "IS_NOT_TRUE": return b !== true;
      case "IS_FALSE": return b === false;
      case "IS_NOT_FALSE": return b !== false;
      case "IS_UNKNOWN": return b === null;
      case "IS_NOT_UNKNOWN": return b !== null;
    }
    return undefined;
  }
  if (n.A_Expr) return evalAExpr(n.A_Expr, onConstant);
  if (n.SubLink && n.SubLink.subLinkType === "EXISTS_SUBLINK") {
    const s = n.SubLink.subselect?.SelectStmt;
    // EXISTS (SELECT <constants>) with no FROM, WHERE, HAVING or LIMIT is always true.
    if (s && !s.fromClause && !s.whereClause && !s.havingClause && !s.limitCount && (s.op ?? "SETOP_NONE") === "SETOP_NONE" && !s.valuesLists && !hasColumnRef(s.targetList)) return true;
    return undefined;
  }
  return undefined;
}

function isNullTestPair(args: Node[], onConstant: () => void): boolean {
  const tests = args.filter((a) => a.NullTest).map((a) => a.NullTest);
  for (const a of tests) for (const b of tests) {
    if (a.nulltesttype !== b.nulltesttype && sameExpr(a.arg, b.arg, onConstant)) return true;
  }
  return false;
}

function evalAExpr(e: Node, onConstant: () => void): Value | undefined {
  const op = String(e.name?.[e.name.length - 1]?.String?.sval ?? "");
  switch (e.kind) {
    case "AEXPR_OP": {
      if (e.lexpr && e.rexpr && hasColumnRef(e.lexpr) && sameExpr(e.lexpr, e.rexpr, onConstant)) {
        if (op === "=" || op === "<=" || op === ">=") return true;
        if (op === "<>" || op === "!=" || op === "<" || op === ">") return false;
      }
      if (!e.lexpr) {
        const r = evalNode(e.rexpr, onConstant);
        if (r === undefined || r === null) return r;
        if (op === "-" && typeof r === "number") return -r;
        if (op === "+" && typeof r === "number") return r;
        return undefined;
      }
      const l = evalNode(e.lexpr, onConstant);
      if (l === undefined) return undefined;
      const r = evalNode(e.rexpr, onConstant);
      if (r === undefined) return undefined;
      if (l === null || r === null) return null;
      return applyOp(op, l, r);
    }
    case "AEXPR_IN": {
      const l = evalNode(e.lexpr, onConstant);
      if (l === undefined) return undefined;
      const list: Node[] = Array.isArray(e.rexpr) ? e.rexpr : (e.rexpr?.List?.items ?? []);
      const vals = list.map((x) => evalNode(x, onConstant));
      if (vals.some((v) => v === undefined)) return undefined;
      if (l === null) return null;
      const found = vals.some((v) => v !== null && v !== undefined && applyOp("=", l, v) === true);
      return op === "<>" ? !found : found;
    }
    case "AEXPR_LIKE":
    case "AEXPR_ILIKE": {
      const r = evalNode(e.rexpr, onConstant);
      // `x LIKE '%'` holds for every non-null x.
      if (typeof r === "string" && /^%+$/.test(r) && op.startsWith("~~") && !op.startsWith("!")) return hasColumnRef(e.lexpr) ? true : undefined;
      const l = evalNode(e.lexpr, onConstant);
      if (l === undefined || r === undefined) return undefined;
      if (l === null || r === null) return null;
      const re = likeRegex(String(r), e.kind === "AEXPR_ILIKE");
      const m = re.test(String(l));
      return op.startsWith("!") ? !m : m;
    }
    case "AEXPR_BETWEEN":
    case "AEXPR_NOT_BETWEEN": {
      const l = evalNode(e.lexpr, onConstant);
      if (l === undefined) return undefined;
      // The bounds come as a List node (an array in older trees).
      const bounds: Node[] = Array.isArray(e.rexpr) ? e.rexpr : (e.rexpr?.List?.items ?? []);
      if (bounds.length !== 2) return undefined;
      const [lo, hi] = bounds.map((x) => evalNode(x, onConstant));
      if (lo === undefined || hi === undefined) return undefined;
      if (l === null || lo === null || hi === null) return null;
      const inRange = applyOp(">=", l, lo) === true && applyOp("<=", l, hi) === true;
      return e.kind === "AEXPR_BETWEEN" ? inRange : !inRange;
    }
    case "AEXPR_DISTINCT":
    case "AEXPR_NOT_DISTINCT": {
      const l = evalNode(e.lexpr, onConstant);
      if (l === undefined) return undefined;
      const r = evalNode(e.rexpr, onConstant);
      if (r === undefined) return undefined;
      const same = l === null || r === null ? l === r : applyOp("=", l, r) === true;
      return e.kind === "AEXPR_NOT_DISTINCT" ? same : !same;
    }
  }
  return undefined;
}

function applyOp(op: string, l: Exclude<Value, null>, r: Exclude<Value, null>): Value | undefined {
  const ln = typeof l === "number" ? l : typeof l === "string" && l.trim() !== "" && !isNaN(Number(l)) ? Number(l) : undefined;
  const rn = typeof r === "number" ? r : typeof r === "string" && r.trim() !== "" && !isNaN(Number(r)) ? Number(r) : undefined;
  const numeric = ln !== undefined && rn !== undefined && (typeof l === "number" || typeof r === "number");
  const a: number | string | boolean = numeric ? ln! : l;
  const b: number | string | boolean = numeric ? rn! : r;
  switch (op) {
    case "=": return a === b;
    case "<>": case "!=": return a !== b;
    case "<": return a < b;
    case ">": return a > b;
    case "<=": return a <= b;
    case ">=": return a >= b;
    case "+": return numeric ? (a as number) + (b as number) : undefined;
    case "-": return numeric ? (a as number) - (b as number) : undefined;
    case "*": return numeric ? (a as number) * (b as number) : undefined;
    case "||": return String(l) + String(r);
  }
  return undefined;
}

function likeRegex(pattern: string, insensitive: boolean): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\" && i + 1 < pattern.length) re += pattern[++i]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "%") re += "[\\s\\S]*";
    else if (ch === "_") re += "[\\s\\S]";
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, insensitive ? "i" : "");
}
