import { describe } from "vitest";
import { PG_URL, postgresFixture } from "./_fixtures.js";
import { stateStoreSuite } from "./_suite.js";

// The suite's PostgreSQL comes from `npm test` (HOOP_TEST_PG_URL); the state lives in a database of its own.
describe.skipIf(!PG_URL)("PostgreSQL state store", () => stateStoreSuite(() => postgresFixture("hoop_state_test")));
