// Category sets: destructive implies mutating, and read-only survives only when nothing else applies.
import { SHELL_CATEGORIES, type ShellCategory } from "../../compiler/context/types.js";

export type CategorySet = Set<ShellCategory>;

export const READ_ONLY: readonly ShellCategory[] = ["read-only"];
/** What a program the knowledge base does not know, or a name that is not literal, may do. */
export const UNKNOWN: readonly ShellCategory[] = ["mutating", "opaque"];

export function addAll(target: CategorySet, from: Iterable<ShellCategory>): void {
  for (const c of from) target.add(c);
}

/** The canonical list: vocabulary order, destructive ⇒ mutating, read-only only when alone. */
export function finish(set: CategorySet): ShellCategory[] {
  if (set.has("destructive")) set.add("mutating");
  const out = SHELL_CATEGORIES.filter((c) => c !== "read-only" && set.has(c));
  return out.length === 0 ? ["read-only"] : out;
}

export function isReadOnly(categories: readonly ShellCategory[]): boolean {
  return categories.length === 1 && categories[0] === "read-only";
}
