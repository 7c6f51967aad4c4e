import { describe } from "vitest";
import { sqliteFixture } from "./_fixtures.js";
import { stateStoreSuite } from "./_suite.js";

describe("SQLite state store", () => stateStoreSuite(async () => sqliteFixture()));
