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
