// `policy catalog dump --url URL --out FILE`: snapshot a database's catalog so that analysis and
// `policy test` can resolve views, functions and `*` without a database.
import { parseArgs, stringFlag, UsageError, type CliCommand } from "../args.js";
import { readLiveSnapshot, writeCatalogFile } from "../../sql/index.js";

const USAGE = "usage: policy catalog dump --url postgres://… --out FILE";

export const catalogCommand: CliCommand = {
  name: "catalog",
  summary: "snapshot a database's tables, views and functions for offline SQL analysis (dump)",
  async run(argv, io) {
    const [what, ...rest] = argv;
    if (what !== "dump") throw new UsageError(USAGE);
    const args = parseArgs(rest);
    const url = stringFlag(args, "url") ?? process.env.PAYMENTS_DATABASE_URL;
    const out = stringFlag(args, "out");
    if (!url || !out) throw new UsageError(USAGE);
    const snap = await readLiveSnapshot(url);
    writeCatalogFile(out, snap);
    const views = snap.relations.filter((r) => r.kind === "view" || r.kind === "matview").length;
    io.err(`wrote ${out}: ${snap.relations.length} relations (${views} views), ${snap.functions.length} functions from ${snap.source}\n`);
    return 0;
  },
};
