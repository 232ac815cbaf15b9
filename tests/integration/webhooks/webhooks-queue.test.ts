import { afterAll, beforeAll, expect, it } from "vitest";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { getBoss, stopBoss } from "@/lib/kernel/jobs/queue";
import { startWorker } from "@/lib/orchestration/jobs/worker";
import { makeCaller } from "@/tests/support/api";
import { transcriptMeeting } from "@/tests/support/api-fixtures";
import { verifyStandardWebhook } from "@/tests/support/standard-webhooks-verifier";
import { createMeeting, deliveriesOf, dispatch, makeDue, onlyDelivery, registerWebhook } from "./helpers";
import { startReceiver } from "./receiver";

// The real queue and worker: dispatch → pg-boss → deliverWebhookJob, with the retries each failed
// attempt schedules.

let stopWorker: () => Promise<void>;
beforeAll(async () => {
  process.env.WEBHOOKS_ALLOW_PRIVATE = "true";
  // Earlier files in this run leave jobs queued (analyses of their meetings, deliveries to
  // addresses nothing answers), and meetings mid-step that the worker's first sweep would queue
  // again; this file's worker must not spend its time limits on them.
  await getSql()`delete from webhooks`;
  await getSql()`delete from meetings where status in ('uploaded', 'transcribing', 'analyzing', 'awaiting_transcription')`;
  await getBoss();
  await getSql()`delete from pgboss.job where state in ('created', 'retry')`;
  stopWorker = await startWorker();
});
afterAll(async () => {
  await stopWorker();
  await stopBoss();
  await closeDb();
  delete process.env.WEBHOOKS_ALLOW_PRIVATE;
});

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A retry waits 5 s, then 5 min and more; pull the scheduled attempt forward instead of waiting. */
async function skipBackoff(deliveryId: string) {
  const boss = await getBoss();
  await until("the retry to be scheduled", async () => {
    const [job] = await getSql()`
      select id from pgboss.job
      where name = 'webhook' and singleton_key = ${deliveryId} and state = 'created' and start_after > now()`;
    if (!job) return false;
    await makeDue(deliveryId);
    const { updated } = await boss.update("webhook", undefined, {
      id: job.id,
      startAfter: new Date(Date.now() - 1000),
    });
    return updated > 0;
  });
}

it("retries through the queue until the receiver accepts, then sends nothing more", async () => {
  const target = await startReceiver((_request, index, response) => {
    response.statusCode = index < 2 ? 500 : 204;
    response.end();
  });
  try {
    const caller = await makeCaller();
    const hook = await registerWebhook(caller.key, target.url, ["meeting.failed"]);
    const meeting = await createMeeting(caller.key);
    await dispatch("meeting.failed", { meetingId: meeting.id });
    const { id } = await onlyDelivery(hook.id);

    await until("the first attempt", () => target.received.length === 1);
    await skipBackoff(id);
    await until("the second attempt", () => target.received.length === 2);
    await skipBackoff(id);
    await until("the delivery to succeed", async () => (await onlyDelivery(hook.id)).status === "succeeded");

    // Long enough for any stray retry to be picked up (the worker polls every 2 s).
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(target.received).toHaveLength(3);
    for (const request of target.received) {
      expect(request.headers["webhook-id"]).toBe(id);
      expect(verifyStandardWebhook(hook.secret, request.headers, request.body)).toMatchObject({
        type: "meeting.failed",
        data: { id: meeting.id },
      });
    }
    expect(await onlyDelivery(hook.id)).toMatchObject({
      status: "succeeded",
      attempts: 3,
      last_response_code: 204,
    });
    const jobs = await getSql()`
      select state from pgboss.job where name = 'webhook' and singleton_key = ${id} and state <> 'completed'`;
    expect(jobs).toEqual([]);
  } finally {
    await target.close();
  }
}, 60_000);

it("sends meeting.ready and action_item.created when the worker finishes analysing a meeting", async () => {
  const target = await startReceiver();
  try {
    const caller = await makeCaller();
    const hook = await registerWebhook(caller.key, target.url, ["meeting.ready", "action_item.created"]);
    const meetingId = await transcriptMeeting(
      caller.key,
      [
        "Ana: Welcome everyone, today we review the budget for the launch.",
        "Luis: The numbers look fine but marketing needs more room.",
        "Ana: Luis, please send the revised budget to finance by Friday.",
        "Luis: Sure, I will send it by Friday.",
      ].join("\n"),
    );
    await until(
      "the deliveries",
      () =>
        target.received.some((request) => JSON.parse(request.body).type === "meeting.ready") &&
        target.received.some((request) => JSON.parse(request.body).type === "action_item.created"),
      30_000,
    );
    const payloads = target.received.map((request) =>
      verifyStandardWebhook(hook.secret, request.headers, request.body),
    );
    expect(payloads).toContainEqual(
      expect.objectContaining({
        type: "meeting.ready",
        data: expect.objectContaining({ id: meetingId, status: "ready" }),
      }),
    );
    const items = await getSql()<
      { id: string }[]
    >`select id from action_items where meeting_id = ${meetingId}`;
    expect(items.length).toBeGreaterThan(0);
    const created = payloads.filter(
      (payload) => (payload as { type: string }).type === "action_item.created",
    );
    expect(created.map((payload) => (payload as { data: { id: string } }).data.id).sort()).toEqual(
      items.map((item) => item.id).sort(),
    );
    // One meeting.ready for the one analysis, one action_item.created per item.
    const types = (await deliveriesOf(hook.id)).map((row) => row.event_key?.split(":")[0]);
    expect(types.filter((type) => type === "meeting.ready")).toHaveLength(1);
    expect(types.filter((type) => type === "action_item.created")).toHaveLength(items.length);
    for (const payload of created) {
      expect(payload).toMatchObject({
        data: {
          meetingId,
          text: expect.any(String),
          done: false,
          owner: expect.toBeOneOf([null, expect.any(String)]),
        },
      });
    }
  } finally {
    await target.close();
  }
}, 60_000);
