// COPY OUT lines are split with the statement's own options (delimiter, NULL string, quote, escape),
// as the analyzer reads them from the statement: checked against lines real PostgreSQL writes, and
// by a round-trip property over random options and values.
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { joinCopyLine, splitCopyLine, type CopyLineFormat } from "../../proxy/postgres/copy-rows.js";
import { analyzeSql, initSqlAnalyzer } from "../../runtime/sql/index.js";
import { PG_URL, haveDatabase } from "./_gateway.js";

beforeAll(async () => {
  await initSqlAnalyzer();
});

const VALUES: (string | null)[] = ["plain", "", null, "a,b;c|d", 'say "hi"', "it's", "back\\slash", "tab\there", "X marks", "nil", "NULL", "\\N", "ünï €"];

/** Options → the line format the analyzer reports for `COPY (…) TO STDOUT (options)`. */
function formatOf(options: string): CopyLineFormat {
  const a = analyzeSql(`COPY (SELECT 1) TO STDOUT ${options}`);
  const f = a.statements[0]!.copy;
  if (!f || f.format === "binary") throw new Error(`no line format for ${options}`);
  return { format: f.format, delimiter: f.delimiter, null: f.null, quote: f.quote, escape: f.escape };
}

describe("COPY line formats", () => {
  it.each([
    "",
    "WITH (DELIMITER 'X')",
    "(DELIMITER '|', NULL 'nil')",
    "WITH DELIMITER ';' NULL AS 'NULL'",
    "(FORMAT csv)",
    "WITH CSV DELIMITER ';'",
    "(FORMAT csv, DELIMITER 'Z', NULL 'NULL')",
    "(FORMAT csv, QUOTE '''', ESCAPE '\\')",
    "(FORMAT csv, QUOTE 'Q', DELIMITER E'\\t')",
    "(FORMAT csv, FORCE_QUOTE *)",
  ])("splits what PostgreSQL writes for COPY … TO STDOUT %s", (options) => {
    if (!haveDatabase) return;
    const rows = VALUES.map((v, i) => `(${i}, ${v === null ? "NULL" : `'${v.replaceAll("'", "''")}'`}, ${v === null ? "NULL" : `'${v.replaceAll("'", "''")}'`})`);
    const sql = `COPY (SELECT * FROM (VALUES ${rows.join(", ")}) AS t(n, a, b) ORDER BY n) TO STDOUT ${options}`;
    const r = spawnSync("psql", ["-X", PG_URL, "-c", sql], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split("\n").slice(0, VALUES.length);
    const f = formatOf(options);
    lines.forEach((line, i) => {
      const got = splitCopyLine(Buffer.from(line, "utf8"), f)?.map((b) => (b === null ? null : b.toString("utf8")));
      // In text format a value spelled like the NULL string reads back as NULL (PostgreSQL's own rule).
      const want = f.format === "text" && VALUES[i] === f.null && !f.null.includes("\\") ? null : VALUES[i];
      expect(got, line).toEqual([String(i), want, want]);
    });
  });

  it("reads HEADER, ENCODING and binary from the statement; unknown options leave the format unknown", () => {
    const copy = (sql: string) => analyzeSql(sql).statements[0]!.copy;
    expect(copy("COPY t TO STDOUT (FORMAT csv, HEADER)")).toMatchObject({ format: "csv", header: true });
    expect(copy("COPY t TO STDOUT WITH CSV HEADER")).toMatchObject({ format: "csv", header: true });
    expect(copy("COPY t TO STDOUT (HEADER false)")).toMatchObject({ format: "text", header: false });
    expect(copy("COPY t TO STDOUT (ENCODING 'LATIN1')")).toMatchObject({ encoding: "LATIN1" });
    expect(copy("COPY t TO STDOUT BINARY")).toMatchObject({ format: "binary" });
    expect(copy("COPY t TO STDOUT (DELIMITER 'ab')")).toBeUndefined();
    expect(copy("COPY t TO STDOUT (SOMETHING_NEW 1)")).toBeUndefined();
    expect(copy("SELECT 1")).toBeUndefined();
  });

  it("rebuilds any line it splits, for any one-byte delimiter, NULL string, quote and escape", () => {
    const char = fc.constantFrom(",", ";", "|", "\t", "X", "Z", "a", "#", " ", "'", "\\");
    const format = fc.record({
      format: fc.constantFrom("text" as const, "csv" as const),
      delimiter: char,
      null: fc.constantFrom("", "\\N", "NULL", "nil", "X"),
      quote: fc.constantFrom('"', "'", "Q"),
      escape: fc.constantFrom('"', "\\", "E"),
    }).filter((f) => f.delimiter !== f.quote && f.delimiter !== f.escape && (f.format === "csv" || (f.delimiter !== "\\" && !f.null.includes(f.delimiter))) && (f.format === "text" || !f.null.includes(f.delimiter) && !f.null.includes(f.quote)));
    const value = fc.option(fc.string({ unit: "grapheme", maxLength: 12 }).map((s) => s.replaceAll("\0", "")), { nil: null });
    fc.assert(
      fc.property(format, fc.array(value, { minLength: 1, maxLength: 5 }), (f, vals) => {
        // In text format a value spelled like the NULL string is NULL to PostgreSQL too.
        fc.pre(f.format === "csv" || !vals.includes(f.null));
        const bufs = vals.map((v) => (v === null ? null : Buffer.from(v)));
        const back = splitCopyLine(joinCopyLine(bufs, f), f)?.map((b) => (b === null ? null : b.toString("utf8")));
        expect(back).toEqual(vals);
      }),
      { numRuns: 500 },
    );
  });
});
