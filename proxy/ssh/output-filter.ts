// Streams a channel's output through the content detectors without ever splitting a value that a
// detector could match: output is released at line ends, else at a byte that cannot be part of a
// card number, SSN, e-mail, IBAN or a line of the vaulted key (base64). Bytes a detector did not touch leave exactly as they came in,
// so binary output survives; invalid UTF-8 is scanned as Latin-1 (one char per byte) for that reason.
import { isUtf8 } from "node:buffer";
import type { ScreenedMasker, TextMasker } from "./ports.js";

/**
 * Bytes after which no detectable value continues: controls, and ASCII punctuation other than
 * - . _ @ + % and the base64 characters / = (a key line cut in two would match in neither half).
 */
const SEPARATOR = new Uint8Array(256);
for (let b = 0; b < 0x20; b++) SEPARATOR[b] = 1;
for (const ch of "\t\r\n,;:\"'()[]{}<>|\\!?#&*^~`$") SEPARATOR[ch.charCodeAt(0)] = 1;
SEPARATOR[0x7f] = 1;

export interface MaskingStreamOptions {
  /** Longest run held back waiting for a line end or a separator (bytes). */
  maxHold?: number;
  /**
   * A masker that runs first, and only on pieces its screen does not rule out (the vaulted key's
   * lines). With no other masker, pieces it rules out are sent without being decoded at all.
   */
  screened?: ScreenedMasker;
}

export class MaskingStream {
  private pending: Buffer = Buffer.alloc(0);
  private readonly maxHold: number;
  private readonly screened?: ScreenedMasker;
  /** Released pieces in which something was masked. */
  masked = 0;

  /** `mask` applies to every piece (after the screened masker); leave it out when only the screened one applies. */
  constructor(private readonly mask: TextMasker | undefined, options: MaskingStreamOptions = {}) {
    this.maxHold = options.maxHold ?? 64 * 1024;
    this.screened = options.screened;
  }

  /** Feeds a chunk; returns what can be released now (possibly nothing). */
  push(chunk: Buffer): Buffer | undefined {
    const data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    let cut = data.lastIndexOf(0x0a) + 1;
    if (cut === 0 && data.length >= this.maxHold) {
      cut = lastSeparator(data) + 1;
      // A run this long with no separator at all cannot be held forever; release it whole.
      if (cut === 0) cut = data.length;
    }
    if (cut === 0) {
      this.pending = data;
      return undefined;
    }
    this.pending = cut === data.length ? Buffer.alloc(0) : Buffer.from(data.subarray(cut));
    return this.apply(data.subarray(0, cut));
  }

  /** Releases held bytes up to the last separator (used when output pauses, e.g. a prompt). */
  flushToSeparator(): Buffer | undefined {
    const cut = lastSeparator(this.pending) + 1;
    if (cut === 0) return undefined;
    const ready = this.pending.subarray(0, cut);
    this.pending = Buffer.from(this.pending.subarray(cut));
    return this.apply(ready);
  }

  /** Releases everything held (end of stream). */
  end(): Buffer | undefined {
    if (!this.pending.length) return undefined;
    const ready = this.pending;
    this.pending = Buffer.alloc(0);
    return this.apply(ready);
  }

  get held(): number {
    return this.pending.length;
  }

  private apply(bytes: Buffer): Buffer {
    const screenedIn = this.screened ? this.screened.screen(bytes) : false;
    if (!screenedIn && !this.mask) return bytes;
    const utf8 = isUtf8(bytes);
    const text = bytes.toString(utf8 ? "utf8" : "latin1");
    let out = screenedIn ? this.screened!.mask(text) : text;
    if (this.mask) out = this.mask(out);
    if (out === text) return bytes;
    this.masked++;
    return utf8 ? Buffer.from(out, "utf8") : encodeLatin1Preserving(out);
  }
}

function lastSeparator(data: Buffer): number {
  for (let i = data.length - 1; i >= 0; i--) if (SEPARATOR[data[i]!]) return i;
  return -1;
}

/** Latin-1 for chars that came from bytes, UTF-8 for the (masking) chars a detector put in. */
function encodeLatin1Preserving(text: string): Buffer {
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0xff) {
      if (i > start) parts.push(Buffer.from(text.slice(start, i), "latin1"));
      let j = i;
      while (j < text.length && text.charCodeAt(j) > 0xff) j++;
      parts.push(Buffer.from(text.slice(i, j), "utf8"));
      start = j;
      i = j - 1;
    }
  }
  if (start < text.length) parts.push(Buffer.from(text.slice(start), "latin1"));
  return Buffer.concat(parts);
}
