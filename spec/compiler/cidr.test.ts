// IP addresses and CIDR blocks as `within` sees them: IPv4, IPv6, and IPv4-mapped IPv6 addresses
// (which must fall inside IPv4 blocks, or a client could dodge a rule by writing ::ffff:a.b.c.d).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ipWithin, parseCidr, parseIp } from "../../compiler/cidr.js";

const within = (ip: string, block: string) => {
  const c = parseCidr(block);
  if (!c) throw new Error(`test block ${block} does not parse`);
  return ipWithin(ip, c);
};

describe("parseIp / parseCidr", () => {
  it("accepts well-formed addresses and blocks", () => {
    for (const ip of ["0.0.0.0", "255.255.255.255", "10.1.2.3", "::", "::1", "2001:db8::1", "fe80::", "1:2:3:4:5:6:7:8", "::ffff:10.0.0.1", "0:0:0:0:0:ffff:1.2.3.4", "2001:DB8::A"]) {
      expect(parseIp(ip), ip).not.toBeUndefined();
    }
    for (const b of ["10.0.0.0/8", "0.0.0.0/0", "1.2.3.4/32", "1.2.3.4", "::/0", "2001:db8::/32", "::1/128", "::ffff:0:0/96"]) {
      expect(parseCidr(b), b).not.toBeUndefined();
    }
  });

  it("rejects malformed addresses and blocks", () => {
    for (const ip of ["", "1.2.3", "1.2.3.4.5", "256.0.0.1", "1.2.3.-1", "1:2:3:4:5:6:7:8:9", "1::2::3", ":1:2:3:4:5:6:7", "12345::", "g::1", "::ffff:1.2.3.256", "1.2.3.4 ", "::1:2:3:4:5:6:7:8"]) {
      expect(parseIp(ip), JSON.stringify(ip)).toBeUndefined();
    }
    for (const b of ["10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/8/8", "/8", "10.0.0.0/-1", "10.0.0.0/a", "nonsense"]) {
      expect(parseCidr(b), b).toBeUndefined();
    }
  });

  it("normalises host bits away", () => {
    expect(parseCidr("10.1.2.3/8")).toEqual(parseCidr("10.0.0.0/8"));
    expect(parseCidr("2001:db8::ffff/32")).toEqual(parseCidr("2001:db8::/32"));
  });
});

describe("ipWithin", () => {
  it.each([
    ["10.1.2.3", "10.0.0.0/8", true],
    ["11.0.0.1", "10.0.0.0/8", false],
    ["192.168.1.1", "192.168.0.0/16", true],
    ["192.169.0.1", "192.168.0.0/16", false],
    ["172.16.0.1", "172.16.0.0/12", true],
    ["172.32.0.1", "172.16.0.0/12", false],
    ["1.2.3.4", "1.2.3.4", true],
    ["1.2.3.5", "1.2.3.4/32", false],
    ["8.8.8.8", "0.0.0.0/0", true],
    ["2001:db8::5", "2001:db8::/32", true],
    ["2001:db9::5", "2001:db8::/32", false],
    ["::1", "::1/128", true],
    ["fe80::1", "fe80::/10", true],
    ["fec0::1", "fe80::/10", false],
    ["2001:db8::5", "::/0", true],
    ["10.0.0.1", "::/0", true],
    // IPv4-mapped IPv6 is the same host as its IPv4 address, in both directions.
    ["::ffff:10.0.0.1", "10.0.0.0/8", true],
    ["::ffff:a00:1", "10.0.0.0/8", true],
    ["::ffff:11.0.0.1", "10.0.0.0/8", false],
    ["10.0.0.1", "::ffff:10.0.0.0/104", true],
    ["10.0.0.1", "::ffff:0:0/96", true],
    // An IPv4 block does not cover IPv6 hosts, even /0.
    ["2001:db8::5", "0.0.0.0/0", false],
    ["::", "0.0.0.0/0", false],
    ["::10.0.0.1", "10.0.0.0/8", false],
  ] as const)("%s within %s is %s", (ip, block, expected) => {
    expect(within(ip, block)).toBe(expected);
  });

  it("refuses to guess on a malformed address", () => {
    expect(() => within("not-an-ip", "10.0.0.0/8")).toThrow();
    expect(() => within("10.0.0", "10.0.0.0/8")).toThrow();
  });

  it("agrees with bitwise prefix comparison on random IPv4 addresses", () => {
    const octets = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));
    fc.assert(
      fc.property(octets, octets, fc.integer({ min: 0, max: 32 }), (a, b, len) => {
        const toInt = (o: number[]) => o.reduce((acc, x) => acc * 256 + x, 0);
        const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
        const expected = ((toInt(a) & mask) >>> 0) === ((toInt(b) & mask) >>> 0);
        expect(within(a.join("."), `${b.join(".")}/${len}`)).toBe(expected);
        expect(within(`::ffff:${a.join(".")}`, `${b.join(".")}/${len}`)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
