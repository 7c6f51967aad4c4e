// The control API over HTTP: health, metrics, the OpenAPI document, bearer authentication,
// approvals visible to their approvers and requesters only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haveDatabase, startTestGateway, TEST_POLICY, type TestGateway } from "./_gateway.js";

describe.skipIf(!haveDatabase)("control API", () => {
  let gw: TestGateway;
  const get = (path: string, token?: string) => fetch(gw.api!.url + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    gw = await startTestGateway(TEST_POLICY);
  });
  afterAll(async () => {
    await gw?.stop();
  });

  it("serves health, Prometheus metrics and an OpenAPI document naming every route", async () => {
    const h = await (await get("/health")).json();
    expect(h).toMatchObject({ status: "ok", policy: gw.engine.policy.policy.sourceHash });
    const m = await (await get("/metrics")).text();
    expect(m).toMatch(/^# TYPE hoop_sessions_active gauge$/m);
    expect(m).toMatch(/^hoop_pg_sessions_total\{listener="postgres:\d+"\} \d+$/m);
    const doc = await (await get("/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/health", "/metrics", "/approvals", "/approvals/{id}", "/approvals/{id}/approve", "/approvals/{id}/deny", "/sessions", "/audit"]));
    expect(doc.paths["/approvals/{id}/approve"].post.security).toEqual([{ bearer: [] }]);
  });

  it("needs a valid bearer token and validates parameters", async () => {
    expect((await get("/approvals")).status).toBe(401);
    expect((await get("/approvals", "not-a-token")).status).toBe(401);
    const ops = await gw.token({ sub: "bob", kind: "human", groups: ["payments-ops"], actFor: undefined });
    expect((await get("/approvals?status=bogus", ops)).status).toBe(400);
    expect((await get("/approvals/no$such", ops)).status).toBe(400);
    expect((await get("/approvals/apr_none", ops)).status).toBe(404);
    expect((await get("/audit?limit=5", await gw.token())).status).toBe(403);
    const audit = await (await get("/audit?limit=5&type=policy.load", ops)).json();
    expect(audit.records[0]).toMatchObject({ type: "policy.load", ok: true });
  });

  it("shows an approval to its approvers and requester chain, not to others", async () => {
    const agent = await gw.token();
    const s = await gw.engine.openSession({ token: agent, connection: "payments", sourceIp: "127.0.0.1" });
    const text = "INSERT INTO audit_notes (note) VALUES ('api')";
    const r = await s.authorize({ kind: "sql", text, analysis: s.analyzeSql(text) }, { notice: () => undefined });
    await s.end();
    expect(r.verdict).toBe("refuse");
    const id = r.verdict === "refuse" ? r.approvalId! : "";
    const ids = async (token: string) => ((await (await get("/approvals", token)).json()).approvals as { id: string }[]).map((a) => a.id);
    expect(await ids(await gw.token({ sub: "bob", kind: "human", groups: ["payments-ops"], actFor: undefined }))).toContain(id);
    expect(await ids(await gw.token({ sub: "alice@bank.example", kind: "human", groups: [], actFor: undefined }))).toContain(id);
    expect(await ids(await gw.token({ sub: "eve", kind: "human", groups: ["sales"], actFor: undefined }))).not.toContain(id);
    const deny = await fetch(`${gw.api!.url}/approvals/${id}/deny`, { method: "POST", headers: { authorization: `Bearer ${await gw.token({ sub: "bob", kind: "human", groups: ["payments-ops"], actFor: undefined })}`, "content-type": "application/json" }, body: JSON.stringify({ comment: "no" }) });
    expect(deny.status).toBe(200);
    expect((await deny.json()).status).toBe("denied");
  });
});
