// The request record the audit benchmark appends: 899 bytes of canonical JSON with a principal
// chain, the statement, its analysis summary and a decision with two masks.
import type { AuditRecordInput } from "../../runtime/audit/index.js";

export function record(i: number): AuditRecordInput {
  return {
    type: "request",
    principal: { id: "agent-7", kind: "agent", groups: ["agents", "payments-readers"], onBehalfOf: { id: "alice@bank.example", kind: "human", groups: ["payments-ops"] } },
    connection: { name: "payments", protocol: "postgres" }, sessionId: `s-${i % 64}`, requestId: `r-${i}`, protocol: "postgres",
    text: `SELECT c.id, c.full_name, c.email, a.iban FROM customers c JOIN accounts a ON a.customer_id = c.id WHERE c.id = ${i}`,
    analysis: { kinds: ["read"], commands: ["select"], tables: ["public.customers", "public.accounts"], columns: ["public.customers.email", "public.accounts.iban"], readOnly: true },
    decision: { effect: "allow", rules: ["payments.agents_may_read", "payments.pii_stays_masked"], reason: "Agents may read",
      masks: [{ column: "customers.email", method: "redact", rule: "payments.pii_stays_masked" }, { column: "accounts.iban", method: "redact", rule: "payments.pii_stays_masked" }] },
  };
}
