// Loads a policy folder: every .hoop file under it, plus the files they import.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { PolicyFile, Span } from "../dsl/ast.js";
import { diagnostic, type Diagnostic } from "../dsl/diagnostics.js";
import { parse } from "../dsl/parser.js";

export interface LoadedFiles {
  files: PolicyFile[];
  diagnostics: Diagnostic[];
  /** Source text by display path, for printing diagnostics. */
  sources: Map<string, string>;
}

/** Every .hoop file under `paths` (files or folders), sorted, parsed, with their imports. */
export function loadFiles(paths: string[], cwd = process.cwd()): LoadedFiles {
  const result: LoadedFiles = { files: [], diagnostics: [], sources: new Map() };
  const seen = new Set<string>();
  const display = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel.startsWith("..") ? abs : rel;
  };
  const visit = (abs: string, from?: Span) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    let source: string;
    try {
      source = readFileSync(abs, "utf8");
    } catch (e) {
      const span = from ?? { file: display(abs), start: 0, end: 1, line: 1, col: 1 };
      result.diagnostics.push(diagnostic("HP106", `cannot read ${display(abs)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, span,
        "import paths are relative to the importing file"));
      return;
    }
    const path = display(abs);
    result.sources.set(path, source);
    const parsed = parse(source, path);
    result.files.push(parsed.file);
    result.diagnostics.push(...parsed.diagnostics);
    for (const item of parsed.file.items) {
      if (item.kind === "import") visit(resolve(dirname(abs), item.path), item.span);
    }
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) {
      result.diagnostics.push(diagnostic("HP106", `no such file or folder: ${p}`, { file: p, start: 0, end: 1, line: 1, col: 1 }));
      continue;
    }
    for (const f of statSync(abs).isDirectory() ? hoopFilesUnder(abs) : [abs]) visit(f);
  }
  return result;
}

export function hoopFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".hoop")) out.push(full);
    }
  };
  walk(dir);
  return out;
}
