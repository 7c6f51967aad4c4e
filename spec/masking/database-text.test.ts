// Database error and notice texts for requests whose results are masked: values quoted from the data
// are withheld, names the request spells out are kept.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DETAIL_WITHHELD, withholdValues } from "../../runtime/masking/database-text.js";

const REQUEST = "SELECT reverse(ssn)::int FROM customers";

describe("database texts of masked requests", () => {
  it.each([
    ['invalid input syntax for type integer: "2615-20-568"', 'invalid input syntax for type integer: "[REDACTED]"'],
    ['value "865025162" is out of range for type smallint', 'value "[REDACTED]" is out of range for type smallint'],
    ['invalid input syntax for type date: "harper.moore1"', 'invalid input syntax for type date: "[REDACTED]"'],
    ["requested character too large for encoding: 865025162", "requested character too large for encoding: [REDACTED]"],
    ["date field value out of range: 865-99-01", "date field value out of range: [REDACTED]"],
    ['relation "2615-20-568" does not exist', 'relation "[REDACTED]" does not exist'],
  ])("withholds the value in %s", (message, expected) => {
    expect(withholdValues(message, REQUEST, "message")).toBe(expected);
  });

  it("keeps names and numbers the request spells out", () => {
    expect(withholdValues('column "ssn2" does not exist', "SELECT ssn2 FROM customers", "message")).toBe('column "ssn2" does not exist');
    expect(withholdValues('relation "public.customerz" does not exist', "SELECT 1 FROM Public.Customerz", "message")).toBe('relation "public.customerz" does not exist');
    expect(withholdValues("value too long for type character varying(10)", "SELECT 'abcdefghijkl'::varchar(10)", "message")).toBe("value too long for type character varying(10)");
    expect(withholdValues("division by zero", REQUEST, "message")).toBe("division by zero");
  });

  it("a lone quote does not hide the numbers after it", () => {
    expect(withholdValues('syntax error in "x: 865025162', REQUEST, "message")).not.toContain("865025162");
    expect(withholdValues('value "ab\n865025162" is bad', REQUEST, "message")).not.toContain("865025162");
  });

  it("withholds details, context lines and internal queries whole", () => {
    expect(withholdValues("Token \"2615\" is invalid.", REQUEST, "detail")).toBe(DETAIL_WITHHELD);
    expect(withholdValues("JSON data, line 1: 2615-20-568", REQUEST, "detail")).toBe(DETAIL_WITHHELD);
    expect(withholdValues("", REQUEST, "detail")).toBe("");
  });

  it("never echoes a quoted or numeric value the request does not contain", () => {
    const value = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9.@+_-]{1,24}$/),
      fc.stringMatching(/^\d{2,16}$/),
      fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !s.includes('"') && !s.includes("\n")),
    );
    const template = fc.constantFrom(
      (v: string) => `invalid input syntax for type integer: "${v}"`,
      (v: string) => `value "${v}" is out of range for type bigint`,
      (v: string) => `relation "${v}" does not exist`,
      (v: string) => `invalid input value for enum status: "${v}"`,
    );
    fc.assert(
      fc.property(value, template, fc.string({ maxLength: 60 }), (v, t, request) => {
        fc.pre(!request.toLowerCase().includes(v.toLowerCase()));
        expect(withholdValues(t(v), request, "message")).not.toContain(`"${v}"`);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^\d{2,16}$/), fc.string({ maxLength: 60 }), (v, request) => {
        fc.pre(!request.includes(v));
        expect(withholdValues(`requested character too large for encoding: ${v}`, request, "message")).not.toMatch(new RegExp(`\\b${v}\\b`));
      }),
      { numRuns: 500 },
    );
  });
});
