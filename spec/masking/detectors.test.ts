import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { createStreamMasker, createValueMasker, detect, ibanValid, luhn, maskDetected, ssnValid } from "../../runtime/masking/index.js";
import { PG_URL } from "../sql/helpers.js";
import { rawTextClient } from "./fixture.js";
import { detectByRegex } from "./regex-oracle.js";

const masker = createValueMasker({ hashKey: "detector-test-key-0123456789" });
const ALL = { credit_card: "redact", ssn: "redact", email: "redact", iban: "redact", phone: "redact" } as const;

describe("content detectors", () => {
  it("find each kind inside free text, JSON and composite values", () => {
    const text = '{"memo":"card 4111 1111 1111 1111, ssn 123-45-6789","to":"GB82 WEST 1234 5698 7654 32"} (7,jane@example.com,+1-202-555-0413)';
    expect(detect(text).map((f) => f.infoType)).toEqual(["credit_card", "ssn", "iban", "email", "phone"]);
    const r = maskDetected(text, ALL, masker);
    expect(r.count).toBe(5);
    expect(r.text).not.toMatch(/4111|6789|WEST|jane|0413/);
  });

  it("check what the shape alone cannot", () => {
    expect(luhn("4111111111111111")).toBe(true);
    expect(luhn("4111111111111112")).toBe(false);
    expect(detect("order 4111111111111112")).toEqual([]);
    for (const bad of ["000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000"]) expect(ssnValid(bad), bad).toBe(false);
    expect(ibanValid("GB82WEST12345698765432")).toBe(true);
    expect(ibanValid("GB82WEST12345698765433")).toBe(false);
  });

  it("leave dates, times, amounts and ids alone", () => {
    for (const t of ["2026-07-08T05:42:00Z", "2026-07-08 05:42:00+00", "-1468.35", "1999", "id 123456789", "v1.2.3", "1989-05-24"]) {
      expect(detect(t), t).toEqual([]);
    }
  });

  it("find every Luhn-valid card number however it is separated", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }), fc.constantFrom("", " ", "-"), (digits, sep) => {
      // Append the check digit that makes the 16 digits Luhn-valid.
      let sum = 0;
      digits.forEach((d, i) => { let x = i % 2 === 0 ? d * 2 : d; if (x > 9) x -= 9; sum += x; });
      const pan = [...digits, (10 - (sum % 10)) % 10].join("");
      const shown = pan.match(/.{4}/g)!.join(sep);
      const r = maskDetected(`paid with ${shown} today`, ALL, masker);
      expect(r.text).not.toContain(shown);
    }), { numRuns: 300 });
  });

  it("find SSNs touching letters, labelled SSNs without separators, and emails with an apostrophe", () => {
    const found = (t: string) => detect(t).map((f) => `${f.infoType}:${t.slice(f.start, f.end)}`);
    // What `tr -d ' '` makes of "ssn 219-09-9999; card 4111 …". Letters may not touch a card
    // number (hex text has long digit runs between letters), so that one is not found.
    expect(found("ssn219-09-9999;card4111111111111111")).toEqual(["ssn:219-09-9999"]);
    expect(found("ssn 219099999")).toEqual(["ssn:219099999"]);
    expect(found('{"SSN":"219099999"}')).toEqual(["ssn:219099999"]);
    expect(found("Social Security No. 219099999, ref 219099999")).toEqual(["ssn:219099999"]);
    expect(found("ssn219099999")).toEqual(["ssn:219099999"]);
    expect(found("mail Alice.O'Neil+x@sub.example.co.uk")).toEqual(["email:Alice.O'Neil+x@sub.example.co.uk"]);
    // Nine digits with no label, or an invalid area, stay.
    for (const t of ["order 219099999", "ssn 666099999", "ssn 2190999991", "id 123456789"]) expect(detect(t), t).toEqual([]);
  });

  it("mask a labelled SSN split across stream chunks", () => {
    for (let cut = 1; cut < 18; cut++) {
      const s = createStreamMasker(ALL, masker);
      const text = 'row "ssn": "219099999"\n';
      const out = s.push(text.slice(0, cut)) + s.push(text.slice(cut)) + s.end();
      expect(out, String(cut)).not.toContain("219099999");
    }
  });

  it("find exactly what the plain regular expressions find", () => {
    // Text built from pieces of every shape, near misses and the separators between them.
    const piece = fc.oneof(
      fc.stringMatching(/^[0-9]{1,19}$/),
      fc.constantFrom(" ", "-", ".", "+", "(", ")", "@", ":", ",", "/", "\n", "  ", "--", "_", "%", "é"),
      fc.constantFrom("123-45-6789", "123 45 6789", "123-45 6789", "000-12-3456", "4111 1111 1111 1111", "4111-1111-1111-1111",
        "4111111111111111", "5484874405649726", "202-555-0413", "202.555.0413", "(202) 555-0413", "+1-202-555-0413",
        "+44 (20) 7946 0958", "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "DE89370400440532013000",
        "jane@example.com", "a.b+c@mail.example.org", "x@y", "@", "2026-07-08 05:42:00+00", "-1468.35",
        "ssn", "SSN: ", "social security no. ", "ssn=", "219099999", "1234567890", "o'neil@example.com", "'"),
      fc.stringMatching(/^[A-Za-z]{1,6}$/),
      fc.stringMatching(/^[A-Z]{2}[0-9]{2}$/),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const text = pieces.join("");
      expect(detect(text), text).toEqual(detectByRegex(text));
    }), { numRuns: 3000 });
  });

  it("mask a stream whose matches straddle chunk boundaries", () => {
    const s = createStreamMasker(ALL, masker);
    const text = "line one 4111 1111 1111 1111\nmail bob@example.org now\n";
    let out = "";
    for (let i = 0; i < text.length; i += 5) out += s.push(text.slice(i, i + 5));
    out += s.end();
    expect(out).not.toMatch(/4111|bob@/);
    expect(s.masked).toBe(2);
  });
});

const run = PG_URL ? describe : describe.skip;
run("precision on the fixture's non-sensitive columns", () => {
  let client: pg.Client;
  beforeAll(async () => { client = rawTextClient(PG_URL!); await client.connect(); });
  afterAll(async () => { await client?.end(); });

  it("flags no value of columns that hold no card, SSN, email or IBAN", async () => {
    const r = await client.query<{ v: string }>(`
      SELECT full_name AS v FROM customers UNION ALL SELECT birth_date::text FROM customers
      UNION ALL SELECT created_at::text FROM customers UNION ALL SELECT balance::text FROM accounts
      UNION ALL SELECT status FROM accounts UNION ALL SELECT amount::text FROM transactions
      UNION ALL SELECT booked_at::text FROM transactions UNION ALL SELECT id::text FROM transactions
      UNION ALL SELECT note FROM audit_notes WHERE id <= 2 -- the fixture's own notes; other suites add rows through the gateway
      UNION ALL SELECT memo FROM transactions WHERE memo !~ '[0-9@]'`);
    const flagged = r.rows.filter((x) => detect(x.v, ["credit_card", "ssn", "email", "iban"]).length > 0);
    expect(r.rows.length).toBeGreaterThan(3000);
    expect(flagged.map((x) => x.v)).toEqual([]);
  });

  it("finds every real secret of the fixture when seen as plain text", async () => {
    const r = await client.query<{ v: string }>("SELECT ssn AS v FROM customers UNION ALL SELECT card_number FROM customers UNION ALL SELECT email FROM customers UNION ALL SELECT iban FROM accounts");
    const missed = r.rows.filter((x) => detect(x.v).length === 0);
    expect(missed.map((x) => x.v)).toEqual([]);
  });
});
