import { afterAll, beforeAll, expect, it } from "vitest";
import { queueEmail } from "@/lib/email/queue-email";
import { getSql } from "@/lib/kernel/db/client";
import { startWorker } from "@/lib/orchestration/jobs/worker";
import { makeCaller } from "@/tests/support/api";
import { answer, type FakeResendServer, startFakeResendServer } from "@/tests/support/fake-resend-server";
import { createMeeting, dispatch, liveJobsOf, registerWebhook } from "../webhooks/helpers";
import { type Receiver, startReceiver } from "../webhooks/receiver";
import { killPostmaster, restartedAfter, serverAnswers, useOutageDatabase } from "./outage-database";

// From the moment the database answers again, everything pending is out within this. A failed
// email waits its queue retry (10-20 s) and idle workers look for due retries every 30 s.
const OUT_WITHIN_MS = 70_000;

let release: () => Promise<void>;
let resend: FakeResendServer;
let lost: Receiver;
let answered: Receiver;
let killed: () => void;
const databaseKilled = new Promise<void>((resolve) => {
  killed = resolve;
});

beforeAll(async () => {
  ({ release } = await useOutageDatabase());
  resend = await startFakeResendServer();
  process.env.RESEND_BASE_URL = resend.url;
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.WEBHOOKS_ALLOW_PRIVATE = "true";
  // Each receiver holds its first request until the database is dead, then answers it: one as if it
  // never got it (the connection drops), the other with a 200 the worker can't record.
  lost = await startReceiver((_request, index, response) => {
    if (index === 0) void databaseKilled.then(() => response.destroy());
    else response.end("ok");
  });
  answered = await startReceiver((_request, index, response) => {
    if (index === 0) void databaseKilled.then(() => response.end("ok"));
    else response.end("ok");
  });
}, 180_000);
afterAll(async () => {
  delete process.env.RESEND_BASE_URL;
  delete process.env.RESEND_API_KEY;
  delete process.env.WEBHOOKS_ALLOW_PRIVATE;
  await Promise.all([resend?.close(), lost?.close(), answered?.close()]);
  await release();
}, 120_000);

type Outbox = {
  emails: { id: string; status: string; attempts: number }[];
  deliveries: { id: string; status: string; webhook_id: string }[];
};

async function outboxState(emailIds: string[], webhookIds: string[]): Promise<Outbox> {
  const sql = getSql();
  const emails = await sql<Outbox["emails"]>`
    select id, status, attempts from emails where id = any(${emailIds}::uuid[])`;
  const deliveries = await sql<Outbox["deliveries"]>`
    select id, status, webhook_id from webhook_deliveries where webhook_id = any(${webhookIds}::uuid[])`;
  return { emails, deliveries };
}

const emailsOut = (state: Outbox | undefined) =>
  state?.emails.length === 2 && state.emails.every((email) => email.status === "sent");
const webhooksOut = (state: Outbox | undefined) =>
  state?.deliveries.length === 2 && state.deliveries.every((delivery) => delivery.status === "succeeded");

it("sends the emails and webhooks the database died under once it is back, each exactly once", async () => {
  const stopWorker = await startWorker();
  try {
    const caller = await makeCaller();
    // Resend takes the two emails as slowly as the receivers: one is lost on the way, one accepted
    // with the database already gone (which email gets which depends on which the worker sends first).
    resend.enqueue(answer.hold(databaseKilled, answer.drop()), answer.hold(databaseKilled, answer.accept()));
    const emailIds: string[] = [];
    for (const to of ["ana@example.test", "ben@example.test"]) {
      const { id } = await queueEmail({
        ownerId: caller.userId,
        to,
        template: "recap",
        locale: "en",
        rendered: {
          subject: "Recap: Launch budget",
          html: "<p>Budget approved</p>",
          text: "Budget approved",
        },
        idempotencyKey: `outage-${to}-${Date.now()}`,
      });
      emailIds.push(id);
    }
    const hooks = [
      await registerWebhook(caller.key, lost.url, ["meeting.ready"]),
      await registerWebhook(caller.key, answered.url, ["meeting.ready"]),
    ];
    const meeting = await createMeeting(caller.key, { title: "Budget review" });
    expect(await dispatch("meeting.ready", { meetingId: meeting.id })).toBe(2);

    // Every one is being sent and none is sent yet when the postmaster dies.
    await expect
      .poll(() => [resend.requests.length, lost.received.length, answered.received.length], {
        timeout: 30_000,
        interval: 50,
      })
      .toEqual([2, 1, 1]);
    const killedPid = killPostmaster();
    killed();
    await restartedAfter(killedPid);
    const answeredAt = await serverAnswers();

    const webhookIds = hooks.map((hook) => hook.id);
    let state: Outbox | undefined;
    const outAfter: { emails?: number; webhooks?: number } = {};
    while (!(emailsOut(state) && webhooksOut(state)) && performance.now() - answeredAt < OUT_WITHIN_MS) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      state = await outboxState(emailIds, webhookIds).catch(() => undefined);
      if (emailsOut(state)) outAfter.emails ??= Math.round(performance.now() - answeredAt);
      if (webhooksOut(state)) outAfter.webhooks ??= Math.round(performance.now() - answeredAt);
    }
    console.info(
      `outbox outage: after the database answered again, the emails were out in ${outAfter.emails} ms and the webhooks in ${outAfter.webhooks} ms`,
      JSON.stringify(state),
    );
    expect(state?.emails.map((email) => email.status)).toEqual(["sent", "sent"]);
    expect(state?.deliveries.map((delivery) => delivery.status)).toEqual(["succeeded", "succeeded"]);

    // Each email reached its recipients once: the one sent again carried its first idempotency key.
    for (const id of emailIds) {
      expect(resend.deliveries.filter((d) => d.idempotencyKey === `minuta-email-${id}`)).toHaveLength(1);
      expect(resend.requests.some((r) => r.headers["idempotency-key"] === `minuta-email-${id}`)).toBe(true);
    }
    expect(resend.deliveries).toHaveLength(2);
    // The receiver that never got its answer through got the same delivery again; the one whose
    // 200 the worker held when the database died got it once.
    expect(lost.received).toHaveLength(2);
    expect(lost.received[1]?.headers["webhook-id"]).toBe(lost.received[0]?.headers["webhook-id"]);
    expect(answered.received).toHaveLength(1);
    // And nothing is left to send either of them again later.
    const sql = getSql();
    const waiting = await sql`
      select id from pgboss.job where name = 'email' and singleton_key = any(${emailIds}::text[])
        and state in ('created', 'retry', 'active')`;
    expect(waiting).toHaveLength(0);
    for (const delivery of state?.deliveries ?? []) expect(await liveJobsOf(delivery.id)).toHaveLength(0);

    // And the queue is awake again: a new email goes out at once, not at the workers' next 30 s poll.
    const queuedAt = performance.now();
    const fresh = await queueEmail({
      ownerId: caller.userId,
      to: "carla@example.test",
      template: "recap",
      locale: "en",
      rendered: { subject: "Recap: Venue", html: "<p>Venue booked</p>", text: "Venue booked" },
      idempotencyKey: `outage-fresh-${Date.now()}`,
    });
    await expect
      .poll(() => resend.deliveries.some((d) => d.idempotencyKey === `minuta-email-${fresh.id}`), {
        timeout: 10_000,
        interval: 100,
      })
      .toBe(true);
    console.info(
      `outbox outage: an email queued after the recovery went out in ${Math.round(performance.now() - queuedAt)} ms`,
    );
  } finally {
    await stopWorker();
  }
}, 240_000);
