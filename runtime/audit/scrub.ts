// Keeps credentials and tokens out of audit records. Three nets, because any one can miss:
// values under credential-like keys are dropped whole; strings are searched for shapes that are
// always secret (JWTs, bearer headers, passwords in URLs / DSNs / SQL, PEM private keys); and
// secrets the gateway knows about (vault credentials, tokens it issued) are registered and
// replaced wherever they appear.
import { CanonicalFragment, canonicalJson, keyTreatmentCache, type CanonicalTransform } from "./canonical.js";

export const REDACTED = "[redacted]";

const SECRET_KEY = /pass(word|wd|phrase)?$|^pwd$|secret|tokens?$|authorization|cookie|credential|api[-_]?key|private[-_]?key|bearer|^dsn$|connection[-_]?string|signature$/i;

/** Keys the log itself writes whose values are not secrets although their names look so. */
const SAFE_KEYS = new Set(["maskedCells"]);

/** Whether values under this key are credentials (and are replaced whole). */
function isSecretKey(k: string): boolean {
  return !SAFE_KEYS.has(k) && SECRET_KEY.test(k);
}

const PATTERNS: [RegExp, string | ((...m: string[]) => string)][] = [
  // JSON Web Tokens (and JWS/JWE compact forms): base64url header starting with {"
  [/eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{2,}(\.[A-Za-z0-9_-]*){1,3}/g, REDACTED],
  // Authorization header values, whatever the scheme
  [/\b(Authorization|Proxy-Authorization)(\s*[:=]\s*)("[^"]*"|'[^']*'|[A-Za-z-]+\s+[^\s"',;]+|[^\s"',;]+)/gi, (_m, h, sep) => `${h}${sep}${REDACTED}`],
  // Credentials after an auth scheme word; the value must look like a credential (a digit or a
  // symbol, 12+ characters) so prose such as "token signature invalid" stays readable.
  [/\b(Bearer|Basic|Token)(\s+)(?=[A-Za-z0-9._~+/=-]*[0-9._~+/=-])[A-Za-z0-9._~+/=-]{12,}/gi, (_m, scheme, sp) => `${scheme}${sp}${REDACTED}`],
  // userinfo in URLs: scheme://user:password@host
  [/([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi, (_m, head) => `${head}${REDACTED}@`],
  // key=value credentials in DSNs, query strings and environment assignments
  [/\b(password|passwd|pwd|secret|token|api[-_]?key|access[-_]?key|client[-_]?secret)(\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s&;,'"]+)/gi,
    (_m, key, sep) => `${key}${sep}${REDACTED}`],
  // SQL: CREATE/ALTER ROLE … PASSWORD '…', and psql's \password-free forms
  [/\b(PASSWORD)(\s+)(E?'(?:[^']|'')*'|\$[A-Za-z0-9_]*\$[\s\S]*?\$[A-Za-z0-9_]*\$)/gi, (_m, kw, sp) => `${kw}${sp}'${REDACTED}'`],
  // PEM private keys
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, REDACTED],
];

/**
 * Every pattern above needs whitespace, ":" or "=" (separators, URLs, headers, PEM) or "eyJ"
 * (JWTs), and then one of the words; most strings (ids, kinds, table names) have neither.
 */
const HAS_SEPARATOR = /[\s:=]|eyJ/;
const MAY_HOLD_SECRET = /eyJ|bearer|basic|token|authorization|:\/\/|pass|pwd|secret|key|-----BEGIN/i;

export class SecretScrubber {
  private readonly known = new Set<string>();
  /** Replaced whenever the known secrets change: fragments scrubbed before then are encoded again. */
  private stamp: object = {};

  /** Registers a secret to be replaced wherever it appears (vault credentials, issued tokens). */
  register(secret: string | undefined | null): void {
    // Very short strings would shred ordinary text and are not secrets worth the name.
    if (secret && secret.length >= 6 && !this.known.has(secret)) {
      this.known.add(secret);
      this.stamp = {};
      this.keys.clear();
    }
  }

  forget(secret: string): void {
    if (this.known.delete(secret)) {
      this.stamp = {};
      this.keys.clear();
    }
  }

  /**
   * `value` scrubbed and encoded once, for records that repeat it: canonical() splices the text
   * while no secret was registered or forgotten since, and re-encodes the value otherwise.
   */
  fragment(value: unknown): CanonicalFragment {
    return new CanonicalFragment(value, this.canonical(value), this.stamp);
  }

  scrubString(s: string): string {
    let out = s;
    for (const k of this.known) if (out.includes(k)) out = out.split(k).join(REDACTED);
    if (!HAS_SEPARATOR.test(out) || !MAY_HOLD_SECRET.test(out)) return out;
    for (const [re, rep] of PATTERNS) {
      re.lastIndex = 0;
      if (re.test(out)) {
        re.lastIndex = 0;
        out = out.replace(re, rep as string);
      }
    }
    return out;
  }

  /** canonicalJson(scrub(value)) in one pass, without the intermediate copy (the log's hot path). */
  canonical(value: unknown, overrides?: Record<string, unknown>): string {
    return canonicalJson(value, this.transform, overrides);
  }

  private readonly keys = keyTreatmentCache((k) => {
    const name = this.scrubString(k);
    return { name, prefix: JSON.stringify(name) + ":", redact: isSecretKey(k) };
  });

  private readonly transform: CanonicalTransform = {
    key: (k) => this.keys.get(k),
    string: (v) => this.scrubString(v),
    redacted: REDACTED,
    fragment: (f) => (f.stamp === this.stamp ? f.text : undefined),
  };

  /** A deep copy of `value` with secrets removed; keys are scrubbed too (secrets hide in maps). */
  scrub<T>(value: T): T {
    return this.walk(value, undefined) as T;
  }

  private walk(v: unknown, key: string | undefined): unknown {
    if (key !== undefined && isSecretKey(key) && v !== null && v !== undefined && typeof v !== "boolean") {
      return REDACTED;
    }
    if (typeof v === "string") return this.scrubString(v);
    if (v === null || typeof v !== "object") return v;
    if (v instanceof CanonicalFragment) return this.walk(v.value, key);
    if (Array.isArray(v)) return v.map((x) => this.walk(x, undefined));
    if (v instanceof Date) return v.toISOString();
    const out: Record<string, unknown> = {};
    for (const k in v as Record<string, unknown>) {
      if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
      out[this.scrubString(k)] = this.walk((v as Record<string, unknown>)[k], k);
    }
    return out;
  }
}
