// The analyzers a policy test or an `eval` request may need, loaded on first use so that a
// command which needs neither pays for neither.
import type { ShellFacts, SqlFacts } from "../../compiler/context/types.js";

export interface Analyzers {
  sql(text: string): SqlFacts;
  shell(command: string, programs: { name: string; categories: string[] }[]): ShellFacts;
}

let sqlReady: Promise<(text: string) => SqlFacts> | undefined;
let shellReady: Promise<Analyzers["shell"]> | undefined;

export async function loadSqlAnalyzer(): Promise<(text: string) => SqlFacts> {
  sqlReady ??= (async () => {
    const mod = await import("../sql/index.js");
    await mod.initSqlAnalyzer();
    return (text: string) => mod.analyzeSql(text).facts;
  })();
  return sqlReady;
}

export async function loadShellAnalyzer(): Promise<Analyzers["shell"]> {
  shellReady ??= (async () => {
    const mod = await import("../shell/index.js");
    await mod.initShellAnalyzer();
    return (command: string, programs: { name: string; categories: string[] }[]) =>
      mod.analyzeShell(command, { programs: programs as never });
  })();
  return shellReady;
}
