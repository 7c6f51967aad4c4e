// The bash syntax tree copied out of WebAssembly into plain objects in one cursor pass:
// every later step reads JavaScript objects instead of crossing into the parser per node.
import type { Tree } from "web-tree-sitter";

export interface SyntaxNode {
  type: string;
  named: boolean;
  /** The grammar field this node fills in its parent ("name", "argument", "redirect", …). */
  field: string | null;
  start: number;
  end: number;
  children: SyntaxNode[];
}

export interface SyntaxTree {
  root: SyntaxNode;
  /** True when the parser had to recover (ERROR or MISSING nodes): the text is not valid bash. */
  hasError: boolean;
}

export function copySyntaxTree(tree: Tree): SyntaxTree {
  const cursor = tree.walk();
  let hasError = false;
  const make = (): SyntaxNode => {
    const type = cursor.nodeType;
    if (type === "ERROR" || cursor.nodeIsMissing) hasError = true;
    return {
      type,
      named: cursor.nodeIsNamed,
      field: cursor.currentFieldName,
      start: cursor.startIndex,
      end: cursor.endIndex,
      children: [],
    };
  };
  const root = make();
  const stack: SyntaxNode[] = [root];
  try {
    if (cursor.gotoFirstChild()) {
      for (;;) {
        const node = make();
        stack[stack.length - 1]!.children.push(node);
        if (cursor.gotoFirstChild()) {
          stack.push(node);
          continue;
        }
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent() || stack.length === 1) return { root, hasError };
          stack.pop();
        }
      }
    }
    return { root, hasError };
  } finally {
    cursor.delete();
  }
}

export function namedChildren(n: SyntaxNode): SyntaxNode[] {
  return n.children.filter((c) => c.named);
}

/** Nodes whose text between children is program text, not content (strings and here-documents hold content). */
const STRUCTURAL = new Set(["program", "list", "pipeline", "command", "redirected_statement", "subshell",
  "compound_statement", "do_group", "if_statement", "elif_clause", "else_clause", "while_statement", "for_statement",
  "c_style_for_statement", "case_statement", "case_item", "function_definition", "variable_assignments",
  "declaration_command", "unset_command", "command_substitution", "process_substitution", "negated_command",
  "file_redirect", "herestring_redirect", "variable_assignment"]);
const BLANK = /^(\s|\\\r?\n)*$/;

/**
 * Text the grammar skipped without an ERROR node (it drops a lone "-" before an assignment, for
 * one): bash would still run it, so the tree does not show everything that runs.
 */
export function skipsText(node: SyntaxNode, src: string): boolean {
  if (!STRUCTURAL.has(node.type)) return false;
  // The grammar's program node may start after text it skipped.
  let at = node.type === "program" ? 0 : node.start;
  for (const c of node.children) {
    if (c.start > at && !BLANK.test(src.slice(at, c.start))) return true;
    if (skipsText(c, src)) return true;
    at = Math.max(at, c.end);
  }
  return node.type !== "program" && node.end > at && !BLANK.test(src.slice(at, node.end))
    || node.type === "program" && src.length > at && !BLANK.test(src.slice(at));
}
