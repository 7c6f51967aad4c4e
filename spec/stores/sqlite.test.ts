import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SqliteStateStore } from "../../runtime/stores/sqlite.js";
import { StoreError } from "../../runtime/stores/types.js";
import { sqliteFixture } from "./_fixtures.js";
import { stateStoreSuite } from "./_suite.js";

describe("SQLite state store", () => stateStoreSuite(async () => sqliteFixture()));

describe("SQLite durability", () => {
  const withStore = async (opts: Parameters<typeof SqliteStateStore.open>[1], check: (s: SqliteStateStore) => void) => {
    const dir = mkdtempSync(join(tmpdir(), "hoop-durability-"));
    try {
      const store = SqliteStateStore.open(dir, opts);
      try {
        check(store);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it("maps os to synchronous=NORMAL (the default) and full to synchronous=FULL", async () => {
    await withStore({}, (s) => expect(s.synchronous).toBe(1));
    await withStore({ durability: "os" }, (s) => expect(s.synchronous).toBe(1));
    await withStore({ durability: "full" }, (s) => expect(s.synchronous).toBe(2));
  });

  it("refuses an unknown durability instead of guessing", () => {
    expect(() => SqliteStateStore.open("/nonexistent", { durability: "fast" as never })).toThrow(StoreError);
  });
});
