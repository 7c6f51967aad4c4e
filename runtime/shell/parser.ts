// Loads tree-sitter-bash (WebAssembly) once and parses text synchronously afterwards.
// web-tree-sitter is imported lazily so that modules importing the shell analyzer for its types
// do not pay for the WebAssembly start-up.
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Parser, Tree } from "web-tree-sitter";
import { ShellAnalyzerError } from "./errors.js";

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/** Finds tree-sitter-bash.wasm from this module's location (works from the sources and from dist/). */
export function bashGrammarPath(): string {
  const require = createRequire(import.meta.url);
  try {
    return join(dirname(require.resolve("tree-sitter-bash/package.json")), "tree-sitter-bash.wasm");
  } catch {
    // The package's exports may hide package.json; walk up to the nearest node_modules instead.
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
      const candidate = join(dir, "node_modules", "tree-sitter-bash", "tree-sitter-bash.wasm");
      if (existsSync(candidate)) return candidate;
      const up = dirname(dir);
      if (up === dir) throw new ShellAnalyzerError("tree-sitter-bash.wasm not found: is tree-sitter-bash installed?");
      dir = up;
    }
  }
}

export function loadBashParser(): Promise<void> {
  loading ??= (async () => {
    const { Parser: P, Language } = await import("web-tree-sitter");
    await P.init();
    const path = bashGrammarPath();
    if (!existsSync(path)) throw new ShellAnalyzerError(`tree-sitter-bash grammar missing at ${path}`);
    const language = await Language.load(path);
    const p = new P();
    p.setLanguage(language);
    parser = p;
  })().catch((e: unknown) => {
    loading = undefined;
    throw e instanceof ShellAnalyzerError ? e : new ShellAnalyzerError(`cannot load the bash parser: ${String(e)}`);
  });
  return loading;
}

export function bashParserReady(): boolean {
  return parser !== undefined;
}

/** Parses `text`; the caller must `delete()` the tree (it lives in WebAssembly memory). */
export function parseBash(text: string): Tree {
  if (!parser) throw new ShellAnalyzerError("shell analyzer not initialised: call initShellAnalyzer() first");
  const tree = parser.parse(text);
  if (!tree) throw new ShellAnalyzerError("the bash parser returned no tree");
  return tree;
}
