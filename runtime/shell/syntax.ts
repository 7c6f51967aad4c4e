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
  /** Inserted by the parser's error recovery: no text stands for it. */
  missing?: boolean;
}

export interface SyntaxTree {
  root: SyntaxNode;
  /** True when the parser had to recover (ERROR or MISSING nodes): the text is not valid bash. */
  hasError: boolean;
}

export function copySyntaxTree(tree: Tree): SyntaxTree {
  const cursor = tree.walk();
  let hasError = false;
  let missing = 0;
  let errors = 0;
  const make = (): SyntaxNode => {
    const type = cursor.nodeType;
    if (type === "ERROR") errors++;
    const node: SyntaxNode = {
      type,
      named: cursor.nodeIsNamed,
      field: cursor.currentFieldName,
      start: cursor.startIndex,
      end: cursor.endIndex,
      children: [],
    };
    if (cursor.nodeIsMissing) {
      node.missing = true;
      missing++;
    }
    return node;
  };
  const finish = (): SyntaxTree => {
    // NAME=value with only redirections (x=$(cmd) 2>/dev/null) is valid bash; the grammar wants a
    // command name there and inserts a missing one. Without it the tree is what bash runs.
    const dropped = errors === 0 && missing > 0 ? dropMissingNames(root) : 0;
    hasError = errors > 0 || missing > dropped;
    return { root, hasError };
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
          if (!cursor.gotoParent() || stack.length === 1) return finish();
          stack.pop();
        }
      }
    }
    return finish();
  } finally {
    cursor.delete();
  }
}

/** Removes missing command names from commands that assign variables; returns how many missing nodes went with them. */
function dropMissingNames(node: SyntaxNode): number {
  let dropped = 0;
  if (node.type === "command" && node.children.some((c) => c.type === "variable_assignment")) {
    const before = node.children.length;
    node.children = node.children.filter((c) => !(c.field === "name" && c.type === "command_name" && c.children.length === 1 && c.children[0]!.missing));
    dropped += before - node.children.length;
  }
  for (const c of node.children) dropped += dropMissingNames(c);
  return dropped;
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
