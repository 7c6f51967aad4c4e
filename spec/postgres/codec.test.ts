// Wire codec: messages survive serialize → frame split at any boundary → parse; garbage only ever
// raises ProtocolError.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { B, F } from "../../proxy/postgres/messages.js";
import {
  FrameReader, parseBind, parseDataRow, parseDescribe, parseExecute, parseNotice, parseParse, parseQuery,
  parseRowDescription, parseStartup, ProtocolError,
} from "../../proxy/postgres/parser.js";
import * as w from "../../proxy/postgres/serializer.js";

const text = fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => s.replaceAll("\0", ""));
const bytes = fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a));
const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const int16 = fc.integer({ min: -(2 ** 15), max: 2 ** 15 - 1 });

function framesOf(stream: Buffer, cuts: number[], startup = false) {
  const r = new FrameReader(1 << 20, { startup });
  const out: { type: number; payload: Buffer }[] = [];
  let prev = 0;
  for (const c of [...cuts.map((x) => x % (stream.length + 1)).sort((a, b) => a - b), stream.length]) {
    r.push(stream.subarray(prev, c));
    prev = c;
    for (let f = r.next(); f; f = r.next()) out.push({ type: f.type, payload: Buffer.from(f.payload) });
  }
  return out;
}

describe("postgres codec", () => {
  it("round-trips frontend messages through arbitrary chunking", () => {
    fc.assert(
      fc.property(
        text, text, fc.array(fc.nat(), { maxLength: 4 }), fc.array(fc.option(bytes, { nil: null }), { maxLength: 5 }),
        fc.array(fc.constantFrom(0, 1), { maxLength: 3 }), int32, fc.array(fc.nat({ max: 2000 }), { maxLength: 6 }),
        (name, sql, types, params, formats, maxRows, cuts) => {
          const parse = { name, text: sql, paramTypes: types };
          const bind = { portal: name, statement: name, paramFormats: formats, params, resultFormats: formats };
          const stream = Buffer.concat([w.query(sql), w.parse(parse), w.bind(bind), w.describe("P", name), w.execute(name, maxRows), w.sync()]);
          const frames = framesOf(stream, cuts);
          expect(frames.map((f) => f.type)).toEqual([F.Query, F.Parse, F.Bind, F.Describe, F.Execute, F.Sync]);
          expect(parseQuery(frames[0]!.payload)).toBe(sql);
          expect(parseParse(frames[1]!.payload)).toEqual(parse);
          const b = parseBind(frames[2]!.payload);
          expect({ ...b, params: b.params.map((p) => (p ? Buffer.from(p) : p)) }).toEqual(bind);
          expect(parseDescribe(frames[3]!.payload)).toEqual({ target: "P", name });
          expect(parseExecute(frames[4]!.payload)).toEqual({ portal: name, maxRows });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("round-trips backend messages", () => {
    const field = fc.record({ name: text, tableOid: fc.nat(), columnAttr: int16, typeOid: fc.nat(), typeSize: int16, typeModifier: int32, format: fc.constantFrom(0, 1) });
    fc.assert(
      fc.property(fc.array(field, { maxLength: 5 }), fc.array(fc.option(bytes, { nil: null }), { maxLength: 6 }), fc.dictionary(fc.constantFrom("S", "C", "M", "D", "H"), text), (fields, row, notice) => {
        const frames = framesOf(Buffer.concat([w.rowDescription(fields), w.dataRow(row), w.noticeResponse(notice)]), []);
        expect(frames.map((f) => f.type)).toEqual([B.RowDescription, B.DataRow, B.NoticeResponse]);
        expect(parseRowDescription(frames[0]!.payload)).toEqual(fields);
        expect(parseDataRow(frames[1]!.payload).map((v) => (v ? Buffer.from(v) : v))).toEqual(row);
        expect(parseNotice(frames[2]!.payload)).toEqual(notice);
      }),
      { numRuns: 300 },
    );
  });

  it("parses startup, SSL, GSSENC and cancel packets", () => {
    const [s] = framesOf(w.startup({ user: "agent-7", database: "payments" }), [3], true);
    expect(parseStartup(s!.payload)).toEqual({ kind: "startup", protocol: 196608, params: { user: "agent-7", database: "payments" } });
    expect(parseStartup(framesOf(w.sslRequest(), [], true)[0]!.payload)).toEqual({ kind: "ssl" });
    expect(parseStartup(framesOf(w.cancelRequest(42, -7), [], true)[0]!.payload)).toEqual({ kind: "cancel", processId: 42, secretKey: -7 });
  });

  it("refuses oversized and malformed frames with ProtocolError only", () => {
    const r = new FrameReader(1024);
    r.push(Buffer.from([0x51, 0, 1, 0, 0]));
    expect(() => r.next()).toThrow(ProtocolError);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (raw, startup) => {
        const reader = new FrameReader(4096, { startup });
        try {
          reader.push(Buffer.from(raw));
          for (let f = reader.next(); f; f = reader.next()) {
            for (const p of [parseQuery, parseParse, parseBind, parseDescribe, parseExecute, parseRowDescription, parseDataRow, parseNotice, parseStartup]) {
              try {
                p(f.payload);
              } catch (e) {
                expect(e).toBeInstanceOf(ProtocolError);
              }
            }
          }
        } catch (e) {
          expect(e).toBeInstanceOf(ProtocolError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
