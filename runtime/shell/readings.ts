// Likely readings of a command name that is only known when it runs. The name stays opaque; these
// readings add what the command would do if the name were what the line suggests: `rm${IFS}-rf${IFS}/x`
// (split at $IFS), `${X:-rm}` (the default), `$(which rm)`, `` `echo rm` `` (the program named),
// `x=rm; $x`, `a=(rm -rf x); "${a[@]}"`, `read c <<< rm`, `printf -v c rm` or `for c in rm; do $c …`
// (a value the line gives the variable), `r${x}m` (x empty).

/** At most this many readings of one name are judged. */
const MAX_READINGS = 16;

const NAME = String.raw`[A-Za-z_][A-Za-z0-9_]*`;
/** A command substitution that prints a program's name or path, or words it is given. */
const NAMING = String.raw`(?:which|command\s+-[vV]|type\s+-[pPa]+|echo(?:\s+-[neE]+)?|printf(?:\s+(?:'%s'|"%s"|%s))?|realpath|readlink\s+-f)`;
const EXPANSION = new RegExp(
  String.raw`\$\{IFS\}|\$IFS(?![A-Za-z0-9_])` +
  String.raw`|\$\{(${NAME})(:?[-=])([^}$\x60]*)\}` +
  String.raw`|\$\{(${NAME})(?:\[[@*0-9]+\])?\}|\$(${NAME})` +
  String.raw`|\$\(\s*${NAMING}\s+([^()$\x60;|&<>]*?)\s*\)|\x60\s*${NAMING}\s+([^\x60$;|&<>]*?)\s*\x60`,
  "g",
);

/** Word lists the name may turn into (before the command's other words). */
export function nameReadings(text: string, src: string): string[][] {
  const parts: string[][] = [];
  let last = 0;
  for (const m of text.matchAll(EXPANSION)) {
    parts.push([text.slice(last, m.index)]);
    last = m.index + m[0].length;
    if (m[0].startsWith("$IFS") || m[0] === "${IFS}") parts.push([" "]);
    else if (m[1] !== undefined) parts.push([m[3]!, ...assignedValues(m[1], src)]);
    else if (m[4] !== undefined || m[5] !== undefined) {
      const values = assignedValues((m[4] ?? m[5])!, src);
      parts.push(values.length > 0 ? values : [""]);
    } else parts.push([(m[6] ?? m[7])!]);
  }
  parts.push([text.slice(last)]);
  let texts = [""];
  for (const alternatives of parts) {
    const next: string[] = [];
    for (const t of texts) for (const a of alternatives) if (next.length < MAX_READINGS) next.push(t + a);
    texts = next;
  }
  const out: string[][] = [];
  for (const t of texts) {
    const words = plainWords(t);
    if (words && words.length > 0 && words[0] !== "") out.push(words);
  }
  return out;
}

/** An absolute path with ".." taken lexically (`/bin/../bin/rm`): a reading, not a certainty. */
export function pathReading(name: string): string | undefined {
  if (!name.startsWith("/") || !/(^|\/)\.\.(\/|$)/.test(name)) return undefined;
  const parts: string[] = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return "/" + parts.join("/");
}

/** Literal values the line gives NAME: NAME=value (also after export/local/declare), NAME=(…), read, printf -v and `for NAME in …`. */
function assignedValues(name: string, src: string): string[] {
  const out: string[] = [];
  const assign = new RegExp(String.raw`(?:^|[\s;&|(){}])${name}=('[^']*'|"[^"$\x60\\]*"|[^\s;&|()<>'"$\x60\\]*)`, "g");
  for (const m of src.matchAll(assign)) out.push(unquote(m[1]!));
  // NAME=(words …), read NAME <<< value, printf -v NAME value.
  const array = new RegExp(String.raw`(?:^|[\s;&|(){}])${name}=\(([^()$\x60]*)\)`, "g");
  for (const m of src.matchAll(array)) out.push(m[1]!.trim());
  const read = new RegExp(String.raw`\bread(?:\s+-[a-zA-Z]+)*\s+${name}\s*<<<\s*('[^']*'|"[^"$\x60\\]*"|[^\s;&|()<>'"$\x60\\]+)`, "g");
  for (const m of src.matchAll(read)) out.push(unquote(m[1]!));
  const printf = new RegExp(String.raw`\bprintf\s+-v\s+${name}\s+('[^'%]*'|"[^"$\x60\\%]*"|[^\s;&|()<>'"$\x60\\%]+)`, "g");
  for (const m of src.matchAll(printf)) out.push(unquote(m[1]!));
  const loop = new RegExp(String.raw`(?:^|[\s;&|(){}])for\s+${name}\s+in\s+([^;\n]*)`, "g");
  for (const m of src.matchAll(loop)) out.push(...(plainWords(m[1]!) ?? []));
  return [...new Set(out)].slice(0, MAX_READINGS);
}

function unquote(v: string): string {
  return (v.startsWith("'") && v.endsWith("'")) || (v.startsWith('"') && v.endsWith('"')) ? v.slice(1, -1) : v;
}

/** Splits text into words with quote removal; undefined when anything in it is still expanded at run time. */
function plainWords(text: string): string[] | undefined {
  const words: string[] = [];
  let cur = "";
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (inWord) words.push(cur);
      cur = "";
      inWord = false;
      continue;
    }
    inWord = true;
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return undefined;
      cur += text.slice(i + 1, end);
      i = end;
    } else if (ch === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) return undefined;
      const inner = text.slice(i + 1, end);
      if (/[$`\\]/.test(inner)) return undefined;
      cur += inner;
      i = end;
    } else if (ch === "\\") {
      if (i + 1 < text.length) cur += text[++i];
    } else if (/[$`*?[{~;&|<>()]/.test(ch)) {
      return undefined;
    } else {
      cur += ch;
    }
  }
  if (inWord) words.push(cur);
  return words;
}
