import { describe, expect, it } from "vitest";
import { upstreamStartupParams } from "../../proxy/postgres/upstream.js";

const up = { host: "127.0.0.1", port: 5432, user: "gateway", database: "payments", params: {} as Record<string, string> };

describe("upstream startup parameters", () => {
  it("pass the client's harmless options and drop the rest", () => {
    const p = upstreamStartupParams(up, { application_name: "psql", DateStyle: "ISO", options: "-c default_transaction_read_only=off", replication: "database", user: "x" });
    expect(p).toEqual({ application_name: "psql", DateStyle: "ISO", client_encoding: "UTF8", standard_conforming_strings: "on", user: "gateway", database: "payments" });
  });

  it("always ask for UTF-8, whatever the client or the connection's URL names", () => {
    // Under SJIS, 0x95 0x5C is one character whose second byte is a backslash: E'…' would end
    // where the analyzer, reading UTF-8, sees an escaped quote.
    for (const enc of ["SJIS", "BIG5", "GBK", "sql_ascii", "UTF8"]) {
      expect(upstreamStartupParams(up, { client_encoding: enc }).client_encoding).toBe("UTF8");
      expect(upstreamStartupParams({ ...up, params: { client_encoding: enc, CLIENT_ENCODING: enc } }, {})).toMatchObject({ client_encoding: "UTF8" });
      expect(Object.keys(upstreamStartupParams({ ...up, params: { CLIENT_ENCODING: enc } }, {})).filter((k) => k.toLowerCase() === "client_encoding")).toEqual(["client_encoding"]);
    }
  });

  it("always ask for standard_conforming_strings on, which also outranks database and role defaults", () => {
    expect(upstreamStartupParams(up, { standard_conforming_strings: "off" }).standard_conforming_strings).toBe("on");
    expect(upstreamStartupParams({ ...up, params: { Standard_Conforming_Strings: "off" } }, {})).toEqual({ client_encoding: "UTF8", standard_conforming_strings: "on", user: "gateway", database: "payments" });
  });
});
