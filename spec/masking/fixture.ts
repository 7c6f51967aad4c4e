// The payments fixture's secrets and the example policy's masks, shared by the masking specs.
import pg from "pg";
import type { MaskDirective } from "../../compiler/context/types.js";

/** What the example policy set asks for agents (policies-examples/ffiec-payments). */
export const AGENT_MASKS: MaskDirective[] = [
  { column: "customers.ssn", method: "redact", rule: "payments.pii" },
  { column: "customers.email", method: "redact", rule: "payments.pii" },
  { column: "accounts.iban", method: "redact", rule: "payments.pii" },
  { column: "customers.card_number", method: "last4", rule: "payments.pii" },
  { infoType: "credit_card", method: "redact", rule: "payments.detect" },
  { infoType: "ssn", method: "redact", rule: "payments.detect" },
  { infoType: "email", method: "redact", rule: "payments.detect" },
  { infoType: "iban", method: "redact", rule: "payments.detect" },
];

export function rawTextClient(url: string): pg.Client {
  // Every value as the text PostgreSQL sent, as the gateway sees DataRow cells.
  return new pg.Client({ connectionString: url, types: { getTypeParser: () => (v: string) => v } });
}

/** Each secret with the trivially transformed forms a leak check looks for. */
export async function secretNeedles(client: pg.Client): Promise<{ kind: string; needle: string }[]> {
  const r = await client.query<{ kind: string; v: string }>(
    `SELECT 'ssn' AS kind, ssn AS v FROM customers UNION ALL SELECT 'pan', card_number FROM customers
     UNION ALL SELECT 'email', email FROM customers UNION ALL SELECT 'iban', iban FROM accounts`);
  const out: { kind: string; needle: string }[] = [];
  for (const { kind, v } of r.rows) {
    const forms = [v, [...v].reverse().join(""), Buffer.from(v).toString("hex")];
    if (kind === "ssn") forms.push(v.replaceAll("-", ""));
    if (kind === "pan") forms.push(v.slice(0, 8), v.slice(8, 16));
    if (kind === "email") forms.push(v.toUpperCase(), v.split("@")[0]!);
    for (const f of forms) out.push({ kind, needle: f });
  }
  return out;
}
