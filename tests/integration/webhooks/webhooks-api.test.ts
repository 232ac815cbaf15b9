import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import * as resendRoute from "@/app/api/v1/webhooks/[id]/deliveries/[deliveryId]/resend/route";
import * as deliveriesRoute from "@/app/api/v1/webhooks/[id]/deliveries/route";
import * as webhookRoute from "@/app/api/v1/webhooks/[id]/route";
import * as webhooksRoute from "@/app/api/v1/webhooks/route";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { stopBoss } from "@/lib/kernel/jobs/queue";
import { call, makeCaller } from "@/tests/support/api";
import { createMeeting, dispatch, registerWebhook } from "./helpers";

// Names this file's resolver answers itself, standing in for DNS records an attacker controls.
const fakeDns = vi.hoisted(() => new Map<string, { address: string; family: number }[]>());
vi.mock("node:dns/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:dns/promises")>();
  const lookup = async (host: string, options: { all?: boolean }) => {
    const mapped = fakeDns.get(host);
    if (!mapped) return actual.lookup(host, options as never);
    return options?.all ? mapped : mapped[0];
  };
  return { ...actual, lookup, default: { ...actual, lookup } };
});

const PUBLIC_IP = "93.184.216.34";

afterEach(() => {
  delete process.env.WEBHOOKS_ALLOW_PRIVATE;
  fakeDns.clear();
});
afterAll(async () => {
  await stopBoss();
  await closeDb();
});

function post(key: string, json: unknown) {
  return call(webhooksRoute.POST, "POST", "/api/v1/webhooks", { key, json });
}

async function webhookCount(userId: string) {
  const [row] = await getSql()<
    { n: number }[]
  >`select count(*)::int as n from webhooks where owner_id = ${userId}`;
  return row?.n ?? 0;
}

describe("POST /api/v1/webhooks", () => {
  it("registers an https endpoint and shows its whsec_ secret once", async () => {
    const caller = await makeCaller(["webhooks"]);
    const created = await post(caller.key, { url: `https://${PUBLIC_IP}/minuta`, events: ["meeting.ready"] });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      url: `https://${PUBLIC_IP}/minuta`,
      events: ["meeting.ready"],
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]+={0,2}$/),
    });
    expect(Buffer.from(created.body.secret.slice(6), "base64")).toHaveLength(32);

    const listed = await call(webhooksRoute.GET, "GET", "/api/v1/webhooks", { key: caller.key });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      data: [
        {
          id: created.body.id,
          url: `https://${PUBLIC_IP}/minuta`,
          events: ["meeting.ready"],
          createdAt: expect.any(String),
        },
      ],
      nextCursor: null,
    });
    expect(listed.text).not.toContain(created.body.secret.slice(6));

    const [stored] = await getSql()<{ secret_encrypted: string }[]>`
      select secret_encrypted from webhooks where id = ${created.body.id}`;
    expect(stored?.secret_encrypted).not.toContain(created.body.secret.slice(6));
  });

  it("accepts a host name whose every address is public", async () => {
    fakeDns.set("hooks.partner.test", [{ address: PUBLIC_IP, family: 4 }]);
    const caller = await makeCaller(["webhooks"]);
    const created = await post(caller.key, {
      url: "https://hooks.partner.test/in",
      events: ["meeting.failed"],
    });
    expect(created.status, created.text).toBe(201);
  });

  it("answers 422 for bad events and non-https URLs, storing nothing", async () => {
    const caller = await makeCaller(["webhooks"]);
    for (const json of [
      { url: `https://${PUBLIC_IP}/`, events: [] },
      { url: `https://${PUBLIC_IP}/`, events: ["meeting.deleted"] },
      { url: `https://${PUBLIC_IP}/` },
      { url: "not a url", events: ["meeting.ready"] },
      { url: `http://${PUBLIC_IP}/`, events: ["meeting.ready"] },
      { url: `ftp://${PUBLIC_IP}/`, events: ["meeting.ready"] },
      { url: `https://user:pass@${PUBLIC_IP}/`, events: ["meeting.ready"] },
    ]) {
      const result = await post(caller.key, json);
      expect(result.status, JSON.stringify(json)).toBe(422);
      expect(result.headers.get("content-type")).toBe("application/problem+json");
    }
    expect(await webhookCount(caller.userId)).toBe(0);
  });

  it.each([
    "http://127.0.0.1/hook",
    "https://127.0.0.1/hook",
    "https://localhost/hook",
    "https://LOCALHOST./hook",
    "https://10.1.2.3/hook",
    "https://172.16.0.1/hook",
    "https://192.168.1.1/hook",
    "https://169.254.169.254/latest/meta-data/",
    "https://100.64.0.1/hook",
    "https://0.0.0.0/hook",
    "https://224.0.0.1/hook",
    "https://2130706433/hook",
    "https://0x7f.1/hook",
    "https://[::1]/hook",
    "https://[::]/hook",
    "https://[::ffff:127.0.0.1]/hook",
    "https://[::ffff:a9fe:a9fe]/hook",
    "https://[fd12:3456::1]/hook",
    "https://[fe80::1]/hook",
    "https://[ff02::1]/hook",
    "https://[::ffff:808:808]/hook",
    "https://[::ffff:0:0]/hook",
    "https://[64:ff9b::808:808]/hook",
    "https://[2001::1]/hook",
    "https://[2001:db8::1]/hook",
    "https://[3fff::1]/hook",
    "https://[5f00::1]/hook",
    "https://[2620:4f:8000::1]/hook",
    "https://192.31.196.1/hook",
    "https://192.175.48.1/hook",
  ])("refuses %s at registration", async (url) => {
    const caller = await makeCaller(["webhooks"]);
    const result = await post(caller.key, { url, events: ["meeting.ready"] });
    expect(result.status, result.text).toBe(422);
    expect(result.body.errors).toEqual([{ path: "url", message: expect.any(String) }]);
    expect(await webhookCount(caller.userId)).toBe(0);
  });

  it("refuses a host name that resolves to a loopback or private address, even among public ones", async () => {
    fakeDns.set("internal.partner.test", [{ address: "127.0.0.1", family: 4 }]);
    fakeDns.set("mixed.partner.test", [
      { address: PUBLIC_IP, family: 4 },
      { address: "10.0.0.7", family: 4 },
    ]);
    fakeDns.set("v6.partner.test", [{ address: "::ffff:10.0.0.7", family: 6 }]);
    const caller = await makeCaller(["webhooks"]);
    for (const host of [
      "internal.partner.test",
      "mixed.partner.test",
      "v6.partner.test",
      "nowhere.invalid",
    ]) {
      const result = await post(caller.key, { url: `https://${host}/hook`, events: ["meeting.ready"] });
      expect(result.status, host).toBe(422);
      // The answer is the same whether the name is private or unknown: no mapping of internal names.
      expect(result.body.errors[0].message).toBe(
        "The URL's host must resolve to public internet addresses only.",
      );
    }
    expect(await webhookCount(caller.userId)).toBe(0);
  });

  it("allows http and private targets when WEBHOOKS_ALLOW_PRIVATE=true", async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE = "true";
    const caller = await makeCaller(["webhooks"]);
    const created = await post(caller.key, { url: "http://127.0.0.1:9/hook", events: ["meeting.ready"] });
    expect(created.status, created.text).toBe(201);
  });
});

describe("access to webhooks", () => {
  it("needs the webhooks scope (403) and credentials (401)", async () => {
    const caller = await makeCaller(["meetings:read", "meetings:write"]);
    expect((await post(caller.key, { url: `https://${PUBLIC_IP}/`, events: ["meeting.ready"] })).status).toBe(
      403,
    );
    expect((await call(webhooksRoute.GET, "GET", "/api/v1/webhooks", { key: caller.key })).status).toBe(403);
    const owner = await makeCaller(["webhooks"]);
    const hook = await registerWebhook(owner.key, `https://${PUBLIC_IP}/`);
    const deleted = await call(webhookRoute.DELETE, "DELETE", `/api/v1/webhooks/${hook.id}`, {
      key: caller.key,
      params: { id: hook.id },
    });
    expect(deleted.status).toBe(403);
    const anonymous = await call(webhooksRoute.GET, "GET", "/api/v1/webhooks", {
      headers: { authorization: "Bearer nope" },
    });
    expect(anonymous.status).toBe(401);
  });

  it("answers 404 for another user's webhook and its deliveries, and changes nothing", async () => {
    const owner = await makeCaller();
    const other = await makeCaller();
    const hook = await registerWebhook(owner.key, `https://${PUBLIC_IP}/`);
    const meeting = await createMeeting(owner.key);
    await dispatch("meeting.ready", { meetingId: meeting.id });
    const [delivery] = await getSql()<
      { id: string }[]
    >`select id from webhook_deliveries where webhook_id = ${hook.id}`;
    await getSql()`update webhook_deliveries set status = 'failed' where id = ${delivery?.id ?? ""}`;

    const params = { id: hook.id };
    const deleted = await call(webhookRoute.DELETE, "DELETE", `/api/v1/webhooks/${hook.id}`, {
      key: other.key,
      params,
    });
    expect(deleted.status).toBe(404);
    const listed = await call(deliveriesRoute.GET, "GET", `/api/v1/webhooks/${hook.id}/deliveries`, {
      key: other.key,
      params,
    });
    expect(listed.status).toBe(404);
    const resent = await call(
      resendRoute.POST,
      "POST",
      `/api/v1/webhooks/${hook.id}/deliveries/${delivery?.id}/resend`,
      {
        key: other.key,
        params: { id: hook.id, deliveryId: delivery?.id ?? "" },
      },
    );
    expect(resent.status).toBe(404);
    const theirs = await call(webhooksRoute.GET, "GET", "/api/v1/webhooks", { key: other.key });
    expect(theirs.body.data).toEqual([]);

    const [still] = await getSql()<
      { status: string }[]
    >`select status from webhook_deliveries where id = ${delivery?.id ?? ""}`;
    expect(still?.status).toBe("failed");
    expect(await webhookCount(owner.userId)).toBe(1);
  });

  it("deletes the owner's webhook (204), then 404", async () => {
    const owner = await makeCaller(["webhooks"]);
    const hook = await registerWebhook(owner.key, `https://${PUBLIC_IP}/`);
    const params = { id: hook.id };
    const first = await call(webhookRoute.DELETE, "DELETE", `/api/v1/webhooks/${hook.id}`, {
      key: owner.key,
      params,
    });
    expect(first.status).toBe(204);
    expect(first.text).toBe("");
    const again = await call(webhookRoute.DELETE, "DELETE", `/api/v1/webhooks/${hook.id}`, {
      key: owner.key,
      params,
    });
    expect(again.status).toBe(404);
    expect(await webhookCount(owner.userId)).toBe(0);
  });

  it("pages the list with a cursor", async () => {
    const owner = await makeCaller(["webhooks"]);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await registerWebhook(owner.key, `https://${PUBLIC_IP}/${i}`)).id);
    const first = await call(webhooksRoute.GET, "GET", "/api/v1/webhooks", {
      key: owner.key,
      query: { limit: "2" },
    });
    expect(first.body.data).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call(webhooksRoute.GET, "GET", "/api/v1/webhooks", {
      key: owner.key,
      query: { limit: "2", cursor: first.body.nextCursor },
    });
    expect(second.body.nextCursor).toBeNull();
    const seen = [...first.body.data, ...second.body.data].map((hook: { id: string }) => hook.id);
    expect(seen.sort()).toEqual([...ids].sort());
  });
});
