import { UsageError, type CliCommand } from "../args.js";

// `policy analyze sql …` and `policy analyze shell …`: each analyzer owns its sub-command module.
export const analyzeCommand: CliCommand = {
  name: "analyze",
  summary: "show what the gateway sees in a SQL statement or a shell command (sql|shell)",
  async run(argv, io) {
    const [what, ...rest] = argv;
    if (what === "sql") return (await import("./analyze-sql.js")).runAnalyzeSql(rest, io);
    if (what === "shell") return (await import("./analyze-shell.js")).runAnalyzeShell(rest, io);
    throw new UsageError("usage: policy analyze sql|shell [--json] TEXT");
  },
};
