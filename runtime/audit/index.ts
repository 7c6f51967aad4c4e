// The audit log's public surface.
export { AuditLog, type AuditLogOptions, type AppendReceipt } from "./log.js";
export { AuditWriteError, AuditRecordError, AuditReadError } from "./errors.js";
export { CheckpointSigner, SigningKeyError, keyIdOf, publicKeyFromText, SIGNING_KEY_FILE, type PublicKeyInfo } from "./keys.js";
export { SecretScrubber, REDACTED } from "./scrub.js";
export { canonicalJson, CanonicalJsonError } from "./canonical.js";
export { GENESIS_HASH, entryLine, parseEntryLine, type ChainTail, type StoredEntry } from "./chain.js";
export { exportAudit, summarize, type ExportFormat, type ExportOptions, type ExportSummary } from "./export.js";
export { verifyExportFile, verifyExportText, verifyStore, EXPORT_FORMAT, type VerifyResult, type VerifyProblem } from "./verify.js";
export { exportEntries } from "./export-read.js";
export { ReportBuilder, chainText, type ReportData } from "./report.js";
export { renderHtml, renderMarkdown } from "./report-render.js";
export * from "./records.js";
