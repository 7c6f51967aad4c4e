// Policies the DSL properties start from: a sample inlined here (so the tests never depend on
// files being present) and every .hoop file under policies-examples/.
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { hoopFilesUnder } from "../../compiler/program.js";

export const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export const SAMPLE = String.raw`namespace payments
# comment
on postgres connection payments

columns pii = customers.ssn, customers.email, accounts.iban, customers.card_number
const max_rows = 1000

attributes {
  department: string
  clearance: int
}

rule agents_may_read "Agents may read" {
  allow when principal.kind == agent and sql.readOnly
}

rule pii_stays_masked "PII never leaves the database in clear" {
  when "agents" in principal.groups
  mask customers.ssn, customers.email, accounts.iban with redact
  mask customers.card_number with last4
  mask detected credit_card, ssn, email, iban with redact
}

rule no_unbounded_writes "UPDATE and DELETE need a real WHERE" {
  deny when any statement in sql.statements: statement.command in [update, delete] and not statement.hasWhere
}

rule humans_approve_agent_writes "A human approves each write an agent makes" {
  review by "payments-ops" quorum 1 once retry expires 30m
  when principal.kind == agent and any s in sql.statements: s.kind == write
}

test "an agent cannot empty a table" {
  given principal "agent-7" kind agent groups ["agents"] acting for "alice@bank.example"
  on payments
  sql "DELETE FROM transactions"
  expect deny by no_unbounded_writes
}
`;

export interface Fixture { path: string; text: string }

/** The sample plus every example policy file, with repository-relative paths. */
export function fixtures(): Fixture[] {
  const examples = hoopFilesUnder(join(REPO, "policies-examples")).map((f) => ({ path: relative(REPO, f), text: readFileSync(f, "utf8") }));
  return [{ path: "sample.hoop", text: SAMPLE }, ...examples];
}
