// Export of the log. JSONL is self-verifying: a header (format, anchor, public keys), the entries
// exactly as chained, and a trailer signed at export time over the last entry and the header, so
// a cut-off tail, an altered header or a swapped key is detected without the gateway.
// CSV is for spreadsheets: one row per record, with hashes for cross-reference, not verifiable alone.
import { canonicalJson } from "./canonical.js";
import { GENESIS_HASH, entryLine, sha256, type StoredEntry } from "./chain.js";
import { AuditReadError } from "./errors.js";
import type { CheckpointSigner } from "./keys.js";
import type { PrincipalRef } from "./records.js";
import { EXPORT_FORMAT, trailerMessage, type ExportHeader, type ExportTrailer } from "./verify.js";
import type { AuditStore } from "../stores/types.js";

export type ExportFormat = "jsonl" | "csv";

export interface ExportOptions {
  format: ExportFormat;
  /** ISO-8601 bounds on the records' timestamps (inclusive); the exported seq range is contiguous. */
  from?: string;
  to?: string;
  instance?: string;
  clock?: () => Date;
}

export interface ExportSummary {
  format: ExportFormat;
  count: number;
  firstSeq: number | null;
  lastSeq: number | null;
  lastHash: string;
  keyId: string;
}

/** Writes the export through `write` (which should resolve once the chunk is accepted). */
export async function exportAudit(
  store: AuditStore,
  signer: CheckpointSigner,
  opts: ExportOptions,
  write: (chunk: string) => Promise<void> | void,
): Promise<ExportSummary> {
  const clock = opts.clock ?? (() => new Date());
  await store.registerKey(signer.info());
  const range = await store.seqRange(opts.from, opts.to);
  let anchor = { seq: 0, hash: GENESIS_HASH };
  if (range && range.first > 1) {
    const before = await store.entry(range.first - 1);
    if (!before) throw new AuditReadError(`the log has no entry ${range.first - 1} to anchor the export on`);
    anchor = { seq: before.seq, hash: before.hash };
  } else if (!range && opts.from) {
    // Nothing in range: anchor on the tail before `from`, so the empty export still says where it stands.
    const t = await store.seqRange(undefined, opts.from);
    if (t) anchor = { seq: t.last, hash: (await store.entry(t.last))!.hash };
  }
  const keys = await store.keys();
  if (!keys.some((k) => k.keyId === signer.keyId)) keys.push(signer.info());
  let count = 0;
  let last = anchor;
  let firstSeq: number | null = null;

  if (opts.format === "jsonl") {
    const header: ExportHeader = { format: EXPORT_FORMAT, anchor, keys };
    if (opts.from) header.from = opts.from;
    if (opts.to) header.to = opts.to;
    if (opts.instance) header.exportedBy = opts.instance;
    const headerLine = JSON.stringify({ header });
    await write(headerLine + "\n");
    if (range) {
      for await (const page of store.entries(range.first, range.last)) {
        await write(page.map(entryLine).join("\n") + "\n");
        count += page.length;
        firstSeq ??= page[0]!.seq;
        const e = page[page.length - 1]!;
        last = { seq: e.seq, hash: e.hash };
      }
    }
    const unsigned: Omit<ExportTrailer, "signature"> = {
      count, lastSeq: last.seq, lastHash: last.hash, headerHash: sha256(headerLine), at: clock().toISOString(), keyId: signer.keyId,
    };
    const end: ExportTrailer = { ...unsigned, signature: signer.sign(trailerMessage(unsigned)) };
    await write(canonicalJson({ end }) + "\n");
  } else {
    await write(CSV_COLUMNS.join(",") + "\r\n");
    if (range) {
      for await (const page of store.entries(range.first, range.last)) {
        await write(page.map(csvRow).join(""));
        count += page.length;
        firstSeq ??= page[0]!.seq;
        const e = page[page.length - 1]!;
        last = { seq: e.seq, hash: e.hash };
      }
    }
  }
  return { format: opts.format, count, firstSeq, lastSeq: count ? last.seq : null, lastHash: last.hash, keyId: signer.keyId };
}

const CSV_COLUMNS = ["seq", "at", "type", "session_id", "principal", "acting_for", "connection", "summary", "hash", "prev", "record"];

function csvRow(e: StoredEntry): string {
  const r = JSON.parse(e.rec) as Record<string, unknown>;
  const p = r.principal as PrincipalRef | null | undefined;
  const chain: string[] = [];
  for (let q = p?.onBehalfOf; q; q = q.onBehalfOf) chain.push(q.id);
  const conn = r.connection as { name?: string } | null | undefined;
  const cells = [String(e.seq), e.at, e.kind, e.sessionId ?? "", p?.id ?? "", chain.join(" > "), conn?.name ?? "", summarize(r), e.hash, e.prev, e.rec];
  return cells.map(csvCell).join(",") + "\r\n";
}

/** One line saying what a record is about, for tables and spreadsheets. */
export function summarize(r: Record<string, unknown>): string {
  switch (r.type) {
    case "request": {
      const d = r.decision as { effect?: string; rules?: string[] } | undefined;
      return `${d?.effect ?? "?"}${d?.rules?.length ? ` by ${d.rules.join(", ")}` : ""}: ${String(r.text ?? "")}`;
    }
    case "response": {
      const err = r.error as { message?: string } | undefined;
      return err ? `error: ${err.message}` : `${r.rows} rows, ${r.bytes} bytes, ${r.maskedCells} masked cells`;
    }
    case "approval":
      return `approval ${r.approvalId}: ${r.from ?? "new"} → ${r.to}${r.vote ? ` (${r.vote})` : ""}`;
    case "session.start":
      return `session from ${r.sourceIp}${r.authMethod ? ` via ${r.authMethod}` : ""}`;
    case "session.end":
      return `session ended${r.reason ? `: ${r.reason}` : ""}`;
    case "auth.failure":
      return `authentication refused${r.claimedId ? ` for ${r.claimedId}` : ""}: ${r.reason}`;
    case "token.issued":
      return `token ${r.jti} for ${(r.subject as PrincipalRef | undefined)?.id ?? "?"} until ${r.expiresAt}`;
    case "policy.load":
      return `policy ${r.reload ? "reload" : "load"} ${r.ok ? "ok" : `failed: ${r.error}`}${r.sourceHash ? ` (${String(r.sourceHash).slice(0, 12)})` : ""}`;
    case "checkpoint":
      return `signed checkpoint (key ${r.keyId})`;
    default:
      return String(r.type);
  }
}

function csvCell(s: string): string {
  // A leading = + - @ would be run as a formula by spreadsheets: prefix with a quote.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
