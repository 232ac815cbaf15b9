import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as resendRoute from "@/app/api/v1/webhooks/[id]/deliveries/[deliveryId]/resend/route";
import * as deliveriesRoute from "@/app/api/v1/webhooks/[id]/deliveries/route";
import * as webhookRoute from "@/app/api/v1/webhooks/[id]/route";
import { closeDb } from "@/lib/db/client";
import { stopBoss } from "@/lib/jobs/queue";
import { deliverWebhookJob } from "@/lib/webhooks/deliver-webhook-job";
import { dispatchWebhookEvent } from "@/lib/webhooks/dispatch";
import { type Caller, call, makeCaller } from "@/tests/support/api";
import { verifyStandardWebhook, WebhookVerificationError } from "@/tests/support/standard-webhooks-verifier";
import { createMeeting, deliveriesOf, onlyDelivery, registerWebhook } from "./helpers";
import { type Receiver, startReceiver } from "./receiver";

const fakeDns = vi.hoisted(() => new Map<string, { address: string; family: number }[] | "outage">());
vi.mock("node:dns/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:dns/promises")>();
  const lookup = async (host: string, options: { all?: boolean }) => {
    const mapped = fakeDns.get(host);
    if (mapped === "outage")
      throw Object.assign(new Error(`getaddrinfo EAI_AGAIN ${host}`), { code: "EAI_AGAIN" });
    if (!mapped) return actual.lookup(host, options as never);
    return options?.all ? mapped : mapped[0];
  };
  return { ...actual, lookup, default: { ...actual, lookup } };
});

const receivers: Receiver[] = [];
async function receiver(...args: Parameters<typeof startReceiver>) {
  const started = await startReceiver(...args);
  receivers.push(started);
  return started;
}

let caller: Caller;
beforeEach(async () => {
  process.env.WEBHOOKS_ALLOW_PRIVATE = "true";
  caller = await makeCaller();
});
afterEach(async () => {
  delete process.env.WEBHOOKS_ALLOW_PRIVATE;
  fakeDns.clear();
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});
afterAll(async () => {
  await stopBoss();
  await closeDb();
});

/** A webhook on `url` and one queued meeting.ready delivery to it. */
async function queuedDelivery(url: string) {
  const hook = await registerWebhook(caller.key, url);
  const meeting = await createMeeting(caller.key, { title: "Budget review" });
  await dispatchWebhookEvent("meeting.ready", { meetingId: meeting.id });
  const delivery = await onlyDelivery(hook.id);
  return { hook, meeting, delivery };
}

describe("webhook deliveries", () => {
  it("are signed so that an independent Standard Webhooks verifier accepts them", async () => {
    const target = await receiver();
    const { hook, meeting, delivery } = await queuedDelivery(target.url);
    await deliverWebhookJob(delivery.id, false);

    expect(target.received).toHaveLength(1);
    const request = target.received[0];
    if (!request) throw new Error("no request");
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/hook");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["webhook-id"]).toBe(delivery.id);
    const payload = verifyStandardWebhook(hook.secret, request.headers, request.body);
    expect(payload).toMatchObject({
      type: "meeting.ready",
      data: { id: meeting.id, title: "Budget review" },
    });
    expect(Object.keys(payload as object)).toEqual(["type", "timestamp", "data"]);

    // The verifier is not a rubber stamp: a changed body, another secret or a stale timestamp fail.
    expect(() =>
      verifyStandardWebhook(hook.secret, request.headers, request.body.replace("Budget", "Bonus")),
    ).toThrow(WebhookVerificationError);
    const otherSecret = `whsec_${Buffer.alloc(32, 7).toString("base64")}`;
    expect(() => verifyStandardWebhook(otherSecret, request.headers, request.body)).toThrow(
      WebhookVerificationError,
    );
    const later = new Date(Date.now() + 10 * 60_000);
    expect(() => verifyStandardWebhook(hook.secret, request.headers, request.body, later)).toThrow(
      WebhookVerificationError,
    );

    const row = await onlyDelivery(hook.id);
    expect(row).toMatchObject({
      status: "succeeded",
      attempts: 1,
      last_response_code: 200,
      last_error: null,
    });
    expect(row.delivered_at).toBeInstanceOf(Date);
  });

  it("retry a receiver that fails twice, record one success and never send a fourth time", async () => {
    const target = await receiver((_request, index, response) => {
      response.statusCode = index < 2 ? 503 : 200;
      response.end(index < 2 ? "try later" : "ok");
    });
    const { hook, delivery } = await queuedDelivery(target.url);

    await expect(deliverWebhookJob(delivery.id, false)).rejects.toThrow(/503/);
    expect(await onlyDelivery(hook.id)).toMatchObject({
      status: "pending",
      attempts: 1,
      last_response_code: 503,
    });
    expect((await onlyDelivery(hook.id)).next_attempt_at?.getTime()).toBeGreaterThan(Date.now());
    await expect(deliverWebhookJob(delivery.id, false)).rejects.toThrow(/503/);
    await deliverWebhookJob(delivery.id, false);
    // The queue might run the job once more (a crash after sending, a duplicate): nothing is sent.
    await deliverWebhookJob(delivery.id, true);

    expect(target.received).toHaveLength(3);
    const ids = new Set(target.received.map((request) => request.headers["webhook-id"]));
    expect([...ids]).toEqual([delivery.id]);
    for (const request of target.received) verifyStandardWebhook(hook.secret, request.headers, request.body);
    const row = await onlyDelivery(hook.id);
    expect(row).toMatchObject({
      status: "succeeded",
      attempts: 3,
      last_response_code: 200,
      last_error: null,
    });
    expect(row.delivered_at).toBeInstanceOf(Date);
  });

  it("mark a delivery failed after its final attempt, without throwing for another retry", async () => {
    const target = await receiver((_request, _index, response) => {
      response.statusCode = 500;
      response.end("boom");
    });
    const { hook, delivery } = await queuedDelivery(target.url);
    await deliverWebhookJob(delivery.id, true);
    expect(await onlyDelivery(hook.id)).toMatchObject({
      status: "failed",
      attempts: 1,
      last_response_code: 500,
      last_error: "HTTP 500: boom",
      next_attempt_at: null,
    });
  });

  it("do not follow redirects", async () => {
    const elsewhere = await receiver();
    const target = await receiver((_request, _index, response) => {
      response.writeHead(307, { location: elsewhere.url }).end();
    });
    const { hook, delivery } = await queuedDelivery(target.url);
    await expect(deliverWebhookJob(delivery.id, false)).rejects.toThrow(/307/);
    expect(target.received).toHaveLength(1);
    expect(elsewhere.received).toHaveLength(0);
    expect(await onlyDelivery(hook.id)).toMatchObject({ status: "pending", last_response_code: 307 });
  });

  it("are refused when the target is private at delivery time, without connecting", async () => {
    const target = await receiver();
    const { hook, delivery } = await queuedDelivery(target.url);
    delete process.env.WEBHOOKS_ALLOW_PRIVATE;
    await deliverWebhookJob(delivery.id, false);
    expect(target.received).toHaveLength(0);
    expect(await onlyDelivery(hook.id)).toMatchObject({
      status: "failed",
      attempts: 1,
      last_response_code: null,
    });
  });

  it("re-resolve the host at each delivery, so a name that now points at 127.0.0.1 is refused", async () => {
    delete process.env.WEBHOOKS_ALLOW_PRIVATE;
    fakeDns.set("rebind.partner.test", [{ address: "93.184.216.34", family: 4 }]);
    const { hook, delivery } = await queuedDelivery("https://rebind.partner.test/hook");
    fakeDns.set("rebind.partner.test", [{ address: "127.0.0.1", family: 4 }]);
    await deliverWebhookJob(delivery.id, false);
    const row = await onlyDelivery(hook.id);
    expect(row).toMatchObject({ status: "failed", last_response_code: null });
    expect(row.last_error).toMatch(/public internet addresses/);
  });

  it("retry when the host doesn't resolve for a while (a DNS outage), then deliver", async () => {
    const target = await receiver();
    fakeDns.set("flaky-dns.partner.test", [{ address: "127.0.0.1", family: 4 }]);
    const { hook, delivery } = await queuedDelivery(`http://flaky-dns.partner.test:${target.port}/hook`);
    fakeDns.set("flaky-dns.partner.test", "outage");
    await expect(deliverWebhookJob(delivery.id, false)).rejects.toThrow(/public internet addresses/);
    expect(await onlyDelivery(hook.id)).toMatchObject({ status: "pending", attempts: 1 });
    fakeDns.set("flaky-dns.partner.test", [{ address: "127.0.0.1", family: 4 }]);
    await deliverWebhookJob(delivery.id, false);
    expect(target.received).toHaveLength(1);
    expect(await onlyDelivery(hook.id)).toMatchObject({ status: "succeeded", attempts: 2 });
  });

  it("connect to the address that was checked, not to a second answer from DNS", async () => {
    const target = await receiver();
    let lookups = 0;
    // First answer 127.0.0.1 (allowed here), then an address nothing listens on.
    fakeDns.set("pinned.partner.test", [{ address: "127.0.0.1", family: 4 }]);
    const { hook, delivery } = await queuedDelivery(`http://pinned.partner.test:${target.port}/hook`);
    const original = fakeDns.get.bind(fakeDns);
    vi.spyOn(fakeDns, "get").mockImplementation((host) => {
      if (host !== "pinned.partner.test") return original(host);
      lookups++;
      return lookups === 1 ? [{ address: "127.0.0.1", family: 4 }] : [{ address: "192.0.2.1", family: 4 }];
    });
    await deliverWebhookJob(delivery.id, false);
    expect(lookups).toBe(1);
    expect(target.received).toHaveLength(1);
    expect(target.received[0]?.headers.host).toBe(`pinned.partner.test:${target.port}`);
    expect((await onlyDelivery(hook.id)).status).toBe("succeeded");
  });

  it("stop for a deleted webhook, queued deliveries included", async () => {
    const target = await receiver();
    const { hook, meeting, delivery } = await queuedDelivery(target.url);
    const deleted = await call(webhookRoute.DELETE, "DELETE", `/api/v1/webhooks/${hook.id}`, {
      key: caller.key,
      params: { id: hook.id },
    });
    expect(deleted.status).toBe(204);
    await deliverWebhookJob(delivery.id, false);
    await dispatchWebhookEvent("meeting.failed", { meetingId: meeting.id });
    expect(await deliveriesOf(hook.id)).toEqual([]);
    expect(target.received).toHaveLength(0);
  });

  it("read at most 64 KB of an answer and go on", async () => {
    const target = await receiver((_request, _index, response) => {
      response.writeHead(500, { "content-type": "text/plain" });
      const chunk = "x".repeat(16 * 1024);
      // Never ends: a sender that read the whole answer would hang until its timeout.
      const timer = setInterval(() => response.write(chunk), 1);
      response.on("close", () => clearInterval(timer));
    });
    const { hook, delivery } = await queuedDelivery(target.url);
    const started = Date.now();
    await expect(deliverWebhookJob(delivery.id, false)).rejects.toThrow(/500/);
    expect(Date.now() - started).toBeLessThan(5_000);
    const row = await onlyDelivery(hook.id);
    expect(row.last_response_code).toBe(500);
    expect(row.last_error?.length).toBeLessThanOrEqual(500);
  });

  it("give up on a receiver that does not answer within 10 seconds", async () => {
    const target = await receiver(() => {
      // never answers
    });
    const { hook, delivery } = await queuedDelivery(target.url);
    const started = Date.now();
    await expect(deliverWebhookJob(delivery.id, false)).rejects.toThrow(/No answer within 10 s/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_500);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await onlyDelivery(hook.id)).toMatchObject({
      status: "pending",
      attempts: 1,
      last_response_code: null,
    });
  }, 30_000);
});

describe("GET …/deliveries and resend", () => {
  it("list deliveries and resend a finished one with the same webhook-id", async () => {
    const target = await receiver();
    const { hook, delivery } = await queuedDelivery(target.url);
    const params = { id: hook.id, deliveryId: delivery.id };
    const resendPath = `/api/v1/webhooks/${hook.id}/deliveries/${delivery.id}/resend`;

    const early = await call(resendRoute.POST, "POST", resendPath, { key: caller.key, params });
    expect(early.status).toBe(409);

    await deliverWebhookJob(delivery.id, false);
    const listed = await call(deliveriesRoute.GET, "GET", `/api/v1/webhooks/${hook.id}/deliveries`, {
      key: caller.key,
      params,
    });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      data: [
        {
          id: delivery.id,
          webhookId: hook.id,
          type: "meeting.ready",
          status: "succeeded",
          attempts: 1,
          lastResponseCode: 200,
          lastError: null,
          nextAttemptAt: null,
          lastAttemptAt: expect.any(String),
          deliveredAt: expect.any(String),
          createdAt: expect.any(String),
        },
      ],
      nextCursor: null,
    });

    const resent = await call(resendRoute.POST, "POST", resendPath, { key: caller.key, params });
    expect(resent.status, resent.text).toBe(202);
    expect(resent.body).toMatchObject({ id: delivery.id, status: "pending", attempts: 0 });
    await deliverWebhookJob(delivery.id, false);
    expect(target.received).toHaveLength(2);
    expect(target.received[1]?.headers["webhook-id"]).toBe(delivery.id);
    expect(target.received[1]?.body).toBe(target.received[0]?.body);
    expect(await onlyDelivery(hook.id)).toMatchObject({ status: "succeeded", attempts: 1 });
  });
});
