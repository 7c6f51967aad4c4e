// IPv4 and IPv6 addresses and CIDR blocks, as 128-bit numbers (IPv4 mapped into ::ffff:0:0/96).

export interface Cidr { base: bigint; bits: number }

export function parseIp(text: string): bigint | undefined {
  if (text.includes(":")) return parseIpv6(text);
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  let v = 0n;
  for (let i = 1; i <= 4; i++) {
    const n = Number(m[i]);
    if (n > 255) return undefined;
    v = (v << 8n) | BigInt(n);
  }
  return (0xffffn << 32n) | v;
}

function parseIpv6(text: string): bigint | undefined {
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const groups = (s: string) => (s === "" ? [] : s.split(":"));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  // An embedded IPv4 tail (::ffff:10.0.0.1) counts as two groups.
  const last = tail.length ? tail[tail.length - 1]! : head[head.length - 1];
  let v4: bigint | undefined;
  if (last && last.includes(".")) {
    v4 = parseIp(last);
    if (v4 === undefined) return undefined;
    (tail.length ? tail : head).pop();
  }
  const need = 8 - (v4 !== undefined ? 2 : 0);
  const total = head.length + tail.length;
  if (halves.length === 1 ? total !== need : total >= need) return undefined;
  const all = [...head, ...Array(need - total).fill("0"), ...tail];
  let v = 0n;
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    v = (v << 16n) | BigInt(parseInt(g, 16));
  }
  if (v4 !== undefined) v = (v << 32n) | (v4 & 0xffffffffn);
  return v;
}

export function parseCidr(text: string): Cidr | undefined {
  const [addr, len, extra] = text.split("/");
  if (extra !== undefined || !addr) return undefined;
  const ip = parseIp(addr);
  if (ip === undefined) return undefined;
  const isV4 = !addr.includes(":");
  const max = isV4 ? 32 : 128;
  const n = len === undefined ? max : /^\d{1,3}$/.test(len) ? Number(len) : NaN;
  if (!(n >= 0 && n <= max)) return undefined;
  const bits = isV4 ? 96 + n : n;
  const mask = bits === 0 ? 0n : ((1n << BigInt(bits)) - 1n) << BigInt(128 - bits);
  return { base: ip & mask, bits };
}

/** Dotted IPv4 as an unsigned 32-bit number, without BigInt (the common case of sourceIp). */
function ipv4Number(text: string): number | undefined {
  let value = 0, part = 0, digits = 0, dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return undefined;
    } else if (c === 46 && digits > 0 && dots < 3) {
      value = value * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else return undefined;
  }
  return dots === 3 && digits > 0 ? value * 256 + part : undefined;
}

const v4Blocks = new WeakMap<Cidr, { base: number; mask: number } | null>();
function v4Block(cidr: Cidr): { base: number; mask: number } | null {
  let b = v4Blocks.get(cidr);
  if (b === undefined) {
    b = cidr.bits >= 96 && cidr.base >> 32n === 0xffffn
      ? { base: Number(cidr.base & 0xffffffffn), mask: cidr.bits === 96 ? 0 : (0xffffffff << (128 - cidr.bits)) >>> 0 }
      : null;
    v4Blocks.set(cidr, b);
  }
  return b;
}

export function ipWithin(ip: string, cidr: Cidr): boolean {
  const n = ipv4Number(ip);
  if (n !== undefined) {
    const b = v4Block(cidr);
    if (b) return ((n & b.mask) >>> 0) === b.base;
    if (cidr.bits > 96) return false;
  }
  const v = parseIp(ip);
  if (v === undefined) throw new TypeError(`'${ip}' is not an IP address`);
  const mask = cidr.bits === 0 ? 0n : ((1n << BigInt(cidr.bits)) - 1n) << BigInt(128 - cidr.bits);
  return (v & mask) === cidr.base;
}
