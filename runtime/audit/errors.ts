// Errors of the audit stage, one per way it can fail.

/** A record could not be made durable; the caller must refuse the request it describes. */
export class AuditWriteError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
  }
}

/** A record given to the log is malformed (unknown type, value with no JSON form). */
export class AuditRecordError extends Error {}

/** An export or the store could not be read (not a problem with the chain itself). */
export class AuditReadError extends Error {}
