import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as resendRoute from "@/app/api/v1/webhooks/[id]/deliveries/[deliveryId]/resend/route";
import * as deliveriesRoute from "@/app/api/v1/webhooks/[id]/deliveries/route";
import * as webhookRoute from "@/app/api/v1/webhooks/[id]/route";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { stopBoss } from "@/lib/kernel/jobs/queue";
import { deliverWebhookJob } from "@/lib/webhooks/deliver-webhook-job";
import { requeueStuckDeliveries } from "@/lib/webhooks/requeue-stuck-deliveries";
import { ATTEMPTS_PER_SERIES } from "@/lib/webhooks/retry-schedule";
import { type Caller, call, makeCaller } from "@/tests/support/api";
import { verifyStandardWebhook, WebhookVerificationError } from "@/tests/support/standard-webhooks-verifier";
import {
  attemptsOf,
  createMeeting,
  deliveriesOf,
  dispatch,
  liveJobsOf,
  makeDue,
  onlyDelivery,
  registerWebhook,
} from "./helpers";
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
  await dispatch("meeting.ready", { meetingId: meeting.id });
  const delivery = await onlyDelivery(hook.id);
  return { hook, meeting, delivery };
}

describe("webhook deliveries", () => {
  it("are signed so that an independent Standard Webhooks verifier accepts them", async () => {
    const target = await receiver();
    const { hook, meeting, delivery } = await queuedDelivery(target.url);
    await deliverWebhookJob(delivery.id);

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

    await deliverWebhookJob(delivery.id);
    const afterFirst = await onlyDelivery(hook.id);
    expect(afterFirst).toMatchObject({ status: "pending", attempts: 1, last_response_code: 503 });
    // The first retry comes 5 s later (Standard Webhooks' schedule), with its job waiting for it.
    const firstWait = (afterFirst.next_attempt_at?.getTime() ?? 0) - Date.now();
    expect(firstWait).toBeGreaterThan(2_000);
    expect(firstWait).toBeLessThan(8_000);
    expect((await liveJobsOf(delivery.id)).length).toBeGreaterThan(0);

    // Run before it is due (a job replayed early), the job sends nothing.
    await deliverWebhookJob(delivery.id);
    expect(target.received).toHaveLength(1);

    await makeDue(delivery.id);
    await deliverWebhookJob(delivery.id);
    const afterSecond = await onlyDelivery(hook.id);
    expect(afterSecond).toMatchObject({ status: "pending", attempts: 2, last_response_code: 503 });
    const secondWait = (afterSecond.next_attempt_at?.getTime() ?? 0) - Date.now();
    expect(secondWait).toBeGreaterThan(4 * 60_000);
    expect(secondWait).toBeLessThan(6 * 60_000);

    await makeDue(delivery.id);
    await deliverWebhookJob(delivery.id);
    // The queue might run the job once more (a crash after sending, a duplicate): nothing is sent.
    await makeDue(delivery.id);
    await deliverWebhookJob(delivery.id);

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
    expect((await attemptsOf(delivery.id)).map((a) => [a.number, a.outcome, a.response_code])).toEqual([
      [1, "failed", 503],
      [2, "failed", 503],
      [3, "succeeded", 200],
    ]);
  });

  it("mark a delivery failed after the last attempt of its series, with no retry queued", async () => {
    const target = await receiver((_request, _index, response) => {
      response.statusCode = 500;
      response.end("boom");
    });
    const { hook, delivery } = await queuedDelivery(target.url);
    // Seven attempts already failed, about 27 hours of them.
    await getSql()`
      update webhook_deliveries set series_attempts = ${ATTEMPTS_PER_SERIES - 1} where id = ${delivery.id}`;
    await getSql()`delete from pgboss.job where name = 'webhook' and singleton_key = ${delivery.id}`;
    await deliverWebhookJob(delivery.id);
    expect(await onlyDelivery(hook.id)).toMatchObject({
      status: "failed",
      attempts: 1,
      series_attempts: ATTEMPTS_PER_SERIES,
      last_response_code: 500,
      last_error: "HTTP 500: boom",
      next_attempt_at: null,
      lease_until: null,
    });
    expect(await liveJobsOf(delivery.id)).toEqual([]);
  });

  it("do not follow redirects", async () => {
    const elsewhere = await receiver();
    const target = await receiver((_request, _index, response) => {
      response.writeHead(307, { location: elsewhere.url }).end();
    });
    const { hook, delivery } = await queuedDelivery(target.url);
    await deliverWebhookJob(delivery.id);
    expect(target.received).toHaveLength(1);
    expect(elsewhere.received).toHaveLength(0);
    expect(await onlyDelivery(hook.id)).toMatchObject({ status: "pending", last_response_code: 307 });
  });

  it("are refused when the target is private at delivery time, without connecting", async () => {
    const target = await receiver();
    const { hook, delivery } = await queuedDelivery(target.url);
    delete process.env.WEBHOOKS_ALLOW_PRIVATE;
    await deliverWebhookJob(delivery.id);
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
    await deliverWebhookJob(delivery.id);
    const row = await onlyDelivery(hook.id);
    expect(row).toMatchObject({ status: "failed", last_response_code: null });
    expect(row.last_error).toMatch(/public internet addresses/);
  });

  it.each(["::ffff:808:808", "3fff::1", "192.52.193.1"])(
    "re-resolve the host at each delivery, so a name that now points at the special-purpose %s is refused",
    async (address) => {
      delete process.env.WEBHOOKS_ALLOW_PRIVATE;
      fakeDns.set("special.partner.test", [{ address: "93.184.216.34", family: 4 }]);
      const { hook, delivery } = await queuedDelivery("https://special.partner.test/hook");
      fakeDns.set("special.partner.test", [{ address, family: address.includes(":") ? 6 : 4 }]);
      await deliverWebhookJob(delivery.id);
      const row = await onlyDelivery(hook.id);
      expect(row).toMatchObject({ status: "failed", last_response_code: null });
      expect(row.last_error).toMatch(/public internet addresses/);
    },
  );

  it("retry when the host doesn't resolve for a while (a DNS outage), then deliver", async () => {
    const target = await receiver();
    fakeDns.set("flaky-dns.partner.test", [{ address: "127.0.0.1", family: 4 }]);
    const { hook, delivery } = await queuedDelivery(`http://flaky-dns.partner.test:${target.port}/hook`);
    fakeDns.set("flaky-dns.partner.test", "outage");
    await deliverWebhookJob(delivery.id);
    const waiting = await onlyDelivery(hook.id);
    expect(waiting).toMatchObject({ status: "pending", attempts: 1 });
    expect(waiting.last_error).toMatch(/public internet addresses/);
    fakeDns.set("flaky-dns.partner.test", [{ address: "127.0.0.1", family: 4 }]);
    await makeDue(delivery.id);
    await deliverWebhookJob(delivery.id);
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
    await deliverWebhookJob(delivery.id);
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
    await deliverWebhookJob(delivery.id);
    await dispatch("meeting.failed", { meetingId: meeting.id });
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
    await deliverWebhookJob(delivery.id);
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
    await deliverWebhookJob(delivery.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_500);
    expect(Date.now() - started).toBeLessThan(15_000);
    const row = await onlyDelivery(hook.id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, last_response_code: null });
    expect(row.last_error).toMatch(/No answer within 10 s/);
  }, 30_000);
});

describe("claims", () => {
  it("send once when two runs of the same job overlap (a lapsed queue lease)", async () => {
    const target = await receiver((_request, _index, response) => {
      setTimeout(() => response.end("ok"), 300);
    });
    const { hook, delivery } = await queuedDelivery(target.url);
    await Promise.all([deliverWebhookJob(delivery.id), deliverWebhookJob(delivery.id)]);
    expect(target.received).toHaveLength(1);
    expect(await onlyDelivery(hook.id)).toMatchObject({
      status: "succeeded",
      attempts: 1,
      lease_until: null,
    });
    expect(await attemptsOf(delivery.id)).toHaveLength(1);
  });

  it("leave alone a delivery another worker is sending, and look again when its claim ends", async () => {
    const target = await receiver();
    const { hook, delivery } = await queuedDelivery(target.url);
    await getSql()`
      update webhook_deliveries set status = 'sending', lease_until = now() + interval '90 seconds'
      where id = ${delivery.id}`;
    await getSql()`delete from pgboss.job where name = 'webhook' and singleton_key = ${delivery.id}`;
    await deliverWebhookJob(delivery.id);
    expect(target.received).toHaveLength(0);
    const row = await onlyDelivery(hook.id);
    expect(row.status).toBe("sending");
    const [job] = await liveJobsOf(delivery.id);
    expect(job?.start_after.getTime()).toBe(row.lease_until?.getTime());
  });

  it("take over a delivery whose worker died mid-send, and record that attempt as interrupted", async () => {
    const target = await receiver();
    const { hook, delivery } = await queuedDelivery(target.url);
    await getSql()`
      update webhook_deliveries
      set status = 'sending', lease_until = now() - interval '1 second', attempts = 1, series_attempts = 1
      where id = ${delivery.id}`;
    await getSql()`insert into webhook_delivery_attempts (delivery_id, number, series) values (${delivery.id}, 1, 1)`;
    await deliverWebhookJob(delivery.id);
    expect(target.received).toHaveLength(1);
    expect(await onlyDelivery(hook.id)).toMatchObject({ status: "succeeded", attempts: 2 });
    expect((await attemptsOf(delivery.id)).map((a) => [a.number, a.outcome])).toEqual([
      [1, "interrupted"],
      [2, "succeeded"],
    ]);
  });

  it("look again at the scheduled time when run before a delivery is due", async () => {
    const target = await receiver((_request, _index, response) => {
      response.statusCode = 502;
      response.end();
    });
    const { hook, delivery } = await queuedDelivery(target.url);
    await deliverWebhookJob(delivery.id);
    await getSql()`delete from pgboss.job where name = 'webhook' and singleton_key = ${delivery.id}`;
    await deliverWebhookJob(delivery.id);
    expect(target.received).toHaveLength(1);
    const [job] = await liveJobsOf(delivery.id);
    expect(job?.start_after.getTime()).toBe((await onlyDelivery(hook.id)).next_attempt_at?.getTime());
  });
});

describe("the sweeper", () => {
  it("queues again deliveries a dead worker left without a job, and each is then sent once", async () => {
    const target = await receiver();
    const hook = await registerWebhook(caller.key, target.url);
    await dispatch("meeting.failed", { meetingId: (await createMeeting(caller.key)).id });
    await dispatch("meeting.failed", { meetingId: (await createMeeting(caller.key)).id });
    const [waiting, claimed] = await deliveriesOf(hook.id);
    if (!waiting || !claimed) throw new Error("no deliveries");
    // One due for ten minutes; one claimed by a worker that died (its lease lapsed). No jobs.
    await getSql()`
      update webhook_deliveries set next_attempt_at = now() - interval '10 minutes' where id = ${waiting.id}`;
    await getSql()`
      update webhook_deliveries
      set status = 'sending', lease_until = now() - interval '1 second', next_attempt_at = now() - interval '3 minutes'
      where id = ${claimed.id}`;
    await getSql()`
      delete from pgboss.job where name = 'webhook' and singleton_key in (${waiting.id}, ${claimed.id})`;

    expect(await requeueStuckDeliveries()).toBeGreaterThanOrEqual(2);
    expect(await liveJobsOf(waiting.id)).toHaveLength(1);
    expect(await liveJobsOf(claimed.id)).toHaveLength(1);
    await deliverWebhookJob(waiting.id);
    await deliverWebhookJob(claimed.id);
    expect(target.received.map((request) => request.headers["webhook-id"]).sort()).toEqual(
      [waiting.id, claimed.id].sort(),
    );
    expect((await deliveriesOf(hook.id)).map((row) => row.status)).toEqual(["succeeded", "succeeded"]);
  });

  it("leaves alone deliveries that are waiting for their next attempt", async () => {
    const target = await receiver((_request, _index, response) => {
      response.statusCode = 500;
      response.end();
    });
    const { delivery } = await queuedDelivery(target.url);
    await deliverWebhookJob(delivery.id);
    await getSql()`delete from pgboss.job where name = 'webhook' and singleton_key = ${delivery.id}`;
    await requeueStuckDeliveries();
    expect(await liveJobsOf(delivery.id)).toEqual([]);
  });
});

describe("addresses", () => {
  it("try the next checked address when the first refuses the connection", async () => {
    const target = await receiver();
    // 127.0.0.2 is loopback too, but nothing listens there on the receiver's port.
    fakeDns.set("two-addresses.partner.test", [
      { address: "127.0.0.2", family: 4 },
      { address: "127.0.0.1", family: 4 },
    ]);
    const { hook } = await queuedDelivery(`http://two-addresses.partner.test:${target.port}/hook`);
    await deliverWebhookJob((await onlyDelivery(hook.id)).id);
    expect(target.received).toHaveLength(1);
    expect((await onlyDelivery(hook.id)).status).toBe("succeeded");
  });

  it("try IPv4 first when the resolver lists an unreachable IPv6 address first", async () => {
    const target = await receiver();
    // The receiver listens on 127.0.0.1 only; ::1 refuses (or has no route).
    fakeDns.set("dual-stack.partner.test", [
      { address: "::1", family: 6 },
      { address: "127.0.0.1", family: 4 },
    ]);
    const { hook } = await queuedDelivery(`http://dual-stack.partner.test:${target.port}/hook`);
    await deliverWebhookJob((await onlyDelivery(hook.id)).id);
    expect(target.received).toHaveLength(1);
    expect((await onlyDelivery(hook.id)).status).toBe("succeeded");
  });
});

describe("GET …/deliveries and resend", () => {
  const resendPath = (hookId: string, deliveryId: string) =>
    `/api/v1/webhooks/${hookId}/deliveries/${deliveryId}/resend`;

  it("list deliveries with their attempts, and resend a finished one as a new series that keeps the history", async () => {
    const target = await receiver();
    const { hook, delivery } = await queuedDelivery(target.url);
    const params = { id: hook.id, deliveryId: delivery.id };

    const early = await call(resendRoute.POST, "POST", resendPath(hook.id, delivery.id), {
      key: caller.key,
      params,
    });
    expect(early.status).toBe(409);

    await deliverWebhookJob(delivery.id);
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
          resends: 0,
          lastResponseCode: 200,
          lastError: null,
          nextAttemptAt: null,
          lastAttemptAt: expect.any(String),
          deliveredAt: expect.any(String),
          createdAt: expect.any(String),
          resendable: true,
          attemptHistory: [
            {
              number: 1,
              series: 1,
              startedAt: expect.any(String),
              finishedAt: expect.any(String),
              outcome: "succeeded",
              responseCode: 200,
              error: null,
            },
          ],
        },
      ],
      nextCursor: null,
    });

    const resent = await call(resendRoute.POST, "POST", resendPath(hook.id, delivery.id), {
      key: caller.key,
      params,
    });
    expect(resent.status, resent.text).toBe(202);
    expect(resent.body).toMatchObject({
      id: delivery.id,
      status: "pending",
      attempts: 1,
      resends: 1,
      resendable: false,
      deliveredAt: null,
      nextAttemptAt: expect.any(String),
    });
    expect(resent.body.attemptHistory).toHaveLength(1);
    await deliverWebhookJob(delivery.id);
    expect(target.received).toHaveLength(2);
    expect(target.received[1]?.headers["webhook-id"]).toBe(delivery.id);
    expect(target.received[1]?.body).toBe(target.received[0]?.body);
    expect(await onlyDelivery(hook.id)).toMatchObject({
      status: "succeeded",
      attempts: 2,
      series: 2,
      series_attempts: 1,
    });
    expect((await attemptsOf(delivery.id)).map((a) => [a.number, a.series, a.outcome])).toEqual([
      [1, 1, "succeeded"],
      [2, 2, "succeeded"],
    ]);
  });

  it("resend a delivery stuck in sending past its lease, but not one a live worker holds", async () => {
    const target = await receiver();
    const { hook, delivery } = await queuedDelivery(target.url);
    const params = { id: hook.id, deliveryId: delivery.id };
    await getSql()`
      update webhook_deliveries set status = 'sending', lease_until = now() + interval '1 minute'
      where id = ${delivery.id}`;
    const held = await call(resendRoute.POST, "POST", resendPath(hook.id, delivery.id), {
      key: caller.key,
      params,
    });
    expect(held.status).toBe(409);

    await getSql()`update webhook_deliveries set lease_until = now() - interval '1 second' where id = ${delivery.id}`;
    const resent = await call(resendRoute.POST, "POST", resendPath(hook.id, delivery.id), {
      key: caller.key,
      params,
    });
    expect(resent.status, resent.text).toBe(202);
    await deliverWebhookJob(delivery.id);
    expect(target.received).toHaveLength(1);
    expect(await onlyDelivery(hook.id)).toMatchObject({ status: "succeeded", series: 2 });
  });
});
