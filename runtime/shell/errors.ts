// Errors of the shell-analysis stage. analyzeShell itself never throws: these surface only from
// initialisation (the parser could not be loaded) and are reported as parse errors otherwise.

export class ShellAnalyzerError extends Error {
  override name = "ShellAnalyzerError";
}
