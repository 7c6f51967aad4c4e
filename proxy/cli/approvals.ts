// `gateway approvals list|show|approve|deny [ID] --api URL --token T [--json] [--comment TEXT]`:
// a client of the control API; the approver is whoever the token names.

import { boolFlag, parseArgs, stringFlag, UsageError, type CliCommand, type CliIO } from "../../runtime/cli/args.js";

interface ApprovalView {
  id: string;
  status: string;
  requester: { id: string; onBehalfOf?: { id: string } };
  connection: { name: string };
  requestText: string;
  rule: string;
  approverGroups: string[];
  minApprovals: number;
  createdAt: string;
  expiresAt: string;
  votes: { principal: { id: string }; vote: string }[];
}

async function call(api: string, token: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  let res: Response;
  try {
    res = await fetch(new URL(path, api), {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch (e) {
    throw new Error(`cannot reach the control API at ${api}: ${(e as Error).message}`);
  }
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = { error: text };
  }
  return { status: res.status, json };
}

function line(a: ApprovalView): string {
  const who = a.requester.onBehalfOf ? `${a.requester.id} for ${a.requester.onBehalfOf.id}` : a.requester.id;
  return `${a.id}  ${a.status.padEnd(8)} ${who} on ${a.connection.name}: ${a.requestText.replace(/\s+/g, " ").slice(0, 80)}  (rule ${a.rule}; ${a.votes.filter((v) => v.vote === "approve").length}/${a.minApprovals} from ${a.approverGroups.join(", ")})`;
}

export const approvalsCommand: CliCommand = {
  name: "approvals",
  summary: "list, show, approve or deny approval requests: gateway approvals list|show|approve|deny [ID] --api URL --token T",
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, ["json", "all"]);
    const [action, id] = args.positional;
    const api = stringFlag(args, "api") ?? process.env.GATEWAY_API ?? "http://127.0.0.1:8009";
    const token = stringFlag(args, "token") ?? process.env.GATEWAY_TOKEN;
    const json = boolFlag(args, "json");
    if (!token) throw new UsageError("--token T is required (or GATEWAY_TOKEN)");
    if (!action || !["list", "show", "approve", "deny"].includes(action)) throw new UsageError("expected list, show, approve or deny");
    if (action !== "list" && !id) throw new UsageError(`approvals ${action} needs an approval id`);
    let r: { status: number; json: any };
    if (action === "list") r = await call(api, token, "GET", `/approvals${boolFlag(args, "all") ? "?status=all" : ""}`);
    else if (action === "show") r = await call(api, token, "GET", `/approvals/${encodeURIComponent(id!)}`);
    else r = await call(api, token, "POST", `/approvals/${encodeURIComponent(id!)}/${action}`, { ...(stringFlag(args, "comment") ? { comment: stringFlag(args, "comment") } : {}) });
    if (r.status >= 400) {
      io.err(`gateway approvals ${action}: ${r.json?.error ?? `HTTP ${r.status}`}\n`);
      return 1;
    }
    if (json) io.out(JSON.stringify(r.json, null, 2) + "\n");
    else if (action === "list") {
      const list = r.json.approvals as ApprovalView[];
      io.out(list.length ? list.map(line).join("\n") + "\n" : "no approval requests\n");
    } else io.out(line(r.json as ApprovalView) + "\n");
    return 0;
  },
};
