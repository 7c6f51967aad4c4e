// `gateway audit export | verify | report`: hands an examiner evidence that verifies without the gateway.
import { existsSync, renameSync, openSync, writeSync, closeSync, writeFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { boolFlag, parseArgs, stringFlag, UsageError, type CliCommand, type CliIO, type ParsedArgs } from "../../runtime/cli/args.js";
import { loadConfig } from "../../runtime/config/index.js";
import {
  CheckpointSigner, ReportBuilder, exportAudit, exportEntries, publicKeyFromText, renderHtml, renderMarkdown,
  verifyExportFile, verifyStore, type ExportFormat, type VerifyResult,
} from "../../runtime/audit/index.js";
import { openStateStore, resolveStateDir } from "../../runtime/stores/open.js";
import { SQLITE_FILE } from "../../runtime/stores/sqlite.js";
import type { StateStore } from "../../runtime/stores/types.js";
import { readFileSync } from "node:fs";

export const STATE_FLAGS_HELP =
  "  --state-dir DIR     state directory (default $GATEWAY_STATE_DIR or ./.gateway)\n" +
  "  --config FILE       the gateway configuration whose state to use\n" +
  "  --store-url URL     postgres://… state shared by several gateway instances\n";

/** --state-dir, else the state directory of --config, else $GATEWAY_STATE_DIR or ./.gateway. */
export function stateDirFrom(args: ParsedArgs): string {
  const dir = stringFlag(args, "state-dir");
  if (dir) return resolve(dir);
  const config = stringFlag(args, "config");
  if (config) return loadConfig(resolve(config)).stateDir;
  return resolveStateDir();
}

/** Opens the state: PostgreSQL with --store-url (or $GATEWAY_STORE_URL), else the SQLite file of the state directory. */
export async function openState(args: ParsedArgs): Promise<{ store: StateStore; stateDir: string }> {
  const stateDir = stateDirFrom(args);
  const url = stringFlag(args, "store-url") ?? process.env.GATEWAY_STORE_URL;
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new UsageError("--store-url must be a postgres:// URL");
  if (!url && !existsSync(join(stateDir, SQLITE_FILE))) throw new Error(`no gateway state in ${stateDir} (use --state-dir, --config or --store-url)`);
  return { store: await openStateStore({ stateDir, url }), stateDir };
}

/** Accepts a date (whole day) or a date-time; returns ISO-8601 UTC. */
function timeBound(value: string | undefined, end: boolean, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new UsageError(`--${flag}: not a date or time: ${value}`);
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Date(end && dayOnly ? t + 86_400_000 - 1 : t).toISOString();
}

/** Writes to FILE atomically (temp file, then rename), or to stdout for "-" / no --out. */
async function withOutput(out: string | undefined, io: CliIO, fn: (write: (s: string) => void) => Promise<void>): Promise<void> {
  if (!out || out === "-") {
    await fn((s) => io.out(s));
    return;
  }
  const tmp = `${out}.partial-${process.pid}`;
  const fd = openSync(tmp, "w", 0o600);
  try {
    await fn((s) => void writeSync(fd, s));
    closeSync(fd);
    renameSync(tmp, out);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}

function progressBar(io: CliIO): ((done: number, total: number) => void) | undefined {
  if (!io.isTTY) return undefined;
  let last = -1;
  return (done, total) => {
    const pct = total ? Math.floor((done / total) * 100) : 100;
    if (pct === last) return;
    last = pct;
    const width = 30;
    const fill = Math.round((pct / 100) * width);
    io.err(`\rverifying [${"#".repeat(fill)}${" ".repeat(width - fill)}] ${String(pct).padStart(3)}%`);
  };
}

function describe(v: VerifyResult): string {
  if (!v.ok) {
    const where = v.problem!.seq !== null ? `seq ${v.problem!.seq}` : "export header/trailer";
    return `FAIL: ${where}${v.problem!.line ? ` (line ${v.problem!.line})` : ""}: ${v.problem!.reason}\n`;
  }
  const range = v.lastSeq !== null ? ` (seq ${v.firstSeq}–${v.lastSeq})` : "";
  return `ok: ${v.entries} entries${range}, ${v.checkpoints} signed checkpoints, last hash ${v.lastHash}\n` +
    `signed by key ${v.keyIds.join(", ") || "(none)"}${v.exportedAt ? `; exported ${v.exportedAt}` : ""}\n`;
}

const USAGE = `usage:
  gateway audit export [--from TIME] [--to TIME] [--format jsonl|csv] [--out FILE]
  gateway audit verify --file FILE [--pubkey KEYFILE] [--json]
  gateway audit verify --store [--json]
  gateway audit report [--format html|md] [--out FILE] [--file EXPORT.jsonl] [--from TIME] [--to TIME]
  gateway audit key                 print the public signing key and its fingerprint
options:
${STATE_FLAGS_HELP}`;

async function runExport(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = (stringFlag(args, "format") ?? "jsonl") as ExportFormat;
  if (format !== "jsonl" && format !== "csv") throw new UsageError("--format must be jsonl or csv");
  const from = timeBound(stringFlag(args, "from"), false, "from");
  const to = timeBound(stringFlag(args, "to"), true, "to");
  const out = stringFlag(args, "out");
  const { store, stateDir } = await openState(args);
  try {
    const signer = CheckpointSigner.fromStateDir(stateDir);
    let summary;
    await withOutput(out, io, async (write) => {
      summary = await exportAudit(store.audit, signer, { format, from, to }, write);
    });
    const s = summary!;
    if (out && out !== "-") {
      io.err(`exported ${s.count} records${s.lastSeq !== null ? ` (seq ${s.firstSeq}–${s.lastSeq})` : ""} to ${out}; signing key ${s.keyId}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

async function runVerify(args: ParsedArgs, io: CliIO): Promise<number> {
  const file = stringFlag(args, "file");
  const json = boolFlag(args, "json");
  let v: VerifyResult;
  if (file) {
    const pub = stringFlag(args, "pubkey");
    const trustedKeys = pub ? [publicKeyFromText(readFileSync(pub, "utf8"))] : undefined;
    v = await verifyExportFile(file, { trustedKeys, progress: progressBar(io) });
  } else if (boolFlag(args, "store")) {
    const { store } = await openState(args);
    try {
      v = await verifyStore(store.audit, { progress: progressBar(io) });
    } finally {
      await store.close();
    }
  } else {
    throw new UsageError("verify needs --file FILE or --store");
  }
  if (io.isTTY) io.err("\r\x1b[K");
  if (json) io.out(JSON.stringify(v, null, 2) + "\n");
  else if (v.ok) io.out(describe(v));
  else io.err(describe(v));
  return v.ok ? 0 : 1;
}

async function runReport(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = stringFlag(args, "format") ?? "html";
  if (format !== "html" && format !== "md") throw new UsageError("--format must be html or md");
  const from = timeBound(stringFlag(args, "from"), false, "from");
  const to = timeBound(stringFlag(args, "to"), true, "to");
  const file = stringFlag(args, "file");
  let builder: ReportBuilder;
  if (file) {
    const integrity = await verifyExportFile(file);
    builder = new ReportBuilder({ source: `export ${resolve(file)}`, integrity });
    for await (const e of exportEntries(file)) builder.add(e);
  } else {
    const { store, stateDir } = await openState(args);
    try {
      const integrity = await verifyStore(store.audit);
      builder = new ReportBuilder({ source: store.kind === "sqlite" ? `state ${stateDir}` : "PostgreSQL state store", integrity });
      const range = await store.audit.seqRange(from, to);
      if (range) for await (const page of store.audit.entries(range.first, range.last)) for (const e of page) builder.add(e);
    } finally {
      await store.close();
    }
  }
  const data = builder.finish();
  const text = format === "html" ? renderHtml(data) : renderMarkdown(data);
  const out = stringFlag(args, "out");
  if (out && out !== "-") {
    writeFileSync(out, text);
    io.err(`wrote ${out}${data.integrity.ok ? "" : " (the chain did NOT verify; the report says where)"}\n`);
  } else {
    io.out(text);
  }
  return 0;
}

async function runKey(args: ParsedArgs, io: CliIO): Promise<number> {
  const signer = CheckpointSigner.fromStateDir(stateDirFrom(args));
  const pem = `-----BEGIN PUBLIC KEY-----\n${signer.publicKey.match(/.{1,64}/g)!.join("\n")}\n-----END PUBLIC KEY-----\n`;
  io.out(`fingerprint ${signer.keyId}\n${pem}`);
  return 0;
}

export const auditCommand: CliCommand = {
  name: "audit",
  summary: "export, verify and report the tamper-evident audit log",
  async run(argv, io) {
    const args = parseArgs(argv, ["json", "store", "help"]);
    const [sub] = args.positional;
    if (!sub || boolFlag(args, "help") || sub === "help") {
      io.out(USAGE);
      return sub || boolFlag(args, "help") ? 0 : 2;
    }
    switch (sub) {
      case "export": return runExport(args, io);
      case "verify": return runVerify(args, io);
      case "report": return runReport(args, io);
      case "key": return runKey(args, io);
      default: throw new UsageError(`unknown audit command '${sub}'\n${USAGE}`);
    }
  },
};
