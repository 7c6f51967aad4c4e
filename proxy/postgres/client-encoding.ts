// Client encodings the gateway cannot read requests in. PostgreSQL allows SJIS, BIG5, GBK, UHC,
// GB18030 and JOHAB for clients only, because the second byte of their characters can be an ASCII
// byte: a backslash, a letter. The server reads a request character by character in that encoding,
// while the gateway's analysis reads it as UTF-8. In SJIS `E'ソ', ssn FROM customers --'` (ソ is
// 0x83 0x5C) is a short literal followed by a column for the server, and one long literal with an
// escaped quote for the analysis: the server would run what was never judged. Sessions in these
// encodings are refused, and so is any change of the client encoding once connected.

/** Every spelling PostgreSQL accepts for those encodings (it ignores case and non-alphanumerics). */
const SPLITTING = new Set([
  "sjis", "shiftjis", "mskanji", "win932", "windows932", "shiftjis2004",
  "big5", "win950", "windows950",
  "gbk", "win936", "windows936", "cp936",
  "uhc", "win949", "windows949", "cp949",
  "gb18030",
  "johab",
]);

export function unreadableClientEncoding(name: string): boolean {
  return SPLITTING.has(name.toLowerCase().replace(/[^a-z0-9]/g, ""));
}

export const unreadableEncodingMessage = (name: string) =>
  `the client encoding ${name} is not supported through the gateway: its characters can end in ASCII bytes, so the gateway could not read requests as the server does; use UTF8`;
