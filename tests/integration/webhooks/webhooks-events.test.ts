import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import * as meetingRoute from "@/app/api/v1/meetings/[id]/route";
import { closeDb, getSql } from "@/lib/db/client";
import { stopBoss } from "@/lib/jobs/queue";
import { deliverWebhookJob } from "@/lib/webhooks/deliver-webhook-job";
import { dispatchWebhookEvent } from "@/lib/webhooks/dispatch";
import { type Caller, call, makeCaller } from "@/tests/support/api";
import { verifyStandardWebhook } from "@/tests/support/standard-webhooks-verifier";
import { createMeeting, deliveriesOf, onlyDelivery, registerWebhook } from "./helpers";
import { type Receiver, startReceiver } from "./receiver";

let caller: Caller;
let target: Receiver;
beforeEach(async () => {
  process.env.WEBHOOKS_ALLOW_PRIVATE = "true";
  caller = await makeCaller();
  target = await startReceiver();
});
afterEach(async () => {
  delete process.env.WEBHOOKS_ALLOW_PRIVATE;
  await target.close();
});
afterAll(async () => {
  await stopBoss();
  await closeDb();
});

/** Sends every pending delivery of the webhook and returns the verified bodies the receiver got. */
async function deliverAll(hook: { id: string; secret: string }) {
  for (const delivery of await deliveriesOf(hook.id)) await deliverWebhookJob(delivery.id, false);
  return target.received.map((request) => verifyStandardWebhook(hook.secret, request.headers, request.body));
}

async function meetingJson(id: string) {
  const result = await call(meetingRoute.GET, "GET", `/api/v1/meetings/${id}`, {
    key: caller.key,
    params: { id },
  });
  expect(result.status).toBe(200);
  return result.body;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe("webhook events", () => {
  it("meeting.ready carries the meeting object, as GET /meetings/{id} shows it", async () => {
    const hook = await registerWebhook(caller.key, target.url, ["meeting.ready"]);
    const meeting = await createMeeting(caller.key, {
      title: "Planning",
      language: "es",
      participants: [{ name: "Ana", email: "ana@example.test" }, { name: "Luis" }],
    });
    await getSql()`update meetings set status = 'ready' where id = ${meeting.id}`;
    await dispatchWebhookEvent("meeting.ready", { meetingId: meeting.id });
    const [payload] = await deliverAll(hook);
    expect(payload).toEqual({
      type: "meeting.ready",
      timestamp: expect.stringMatching(ISO),
      data: await meetingJson(meeting.id),
    });
    expect(payload).toMatchObject({
      data: {
        id: meeting.id,
        status: "ready",
        language: "es",
        participants: [{ name: "Ana", email: "ana@example.test" }, { name: "Luis" }],
      },
    });
  });

  it("meeting.failed carries the meeting with its error", async () => {
    const hook = await registerWebhook(caller.key, target.url, ["meeting.failed"]);
    const meeting = await createMeeting(caller.key);
    await getSql()`update meetings set status = 'failed', error = 'Transcription failed' where id = ${meeting.id}`;
    await dispatchWebhookEvent("meeting.failed", { meetingId: meeting.id });
    const [payload] = await deliverAll(hook);
    expect(payload).toEqual({
      type: "meeting.failed",
      timestamp: expect.stringMatching(ISO),
      data: await meetingJson(meeting.id),
    });
    expect(payload).toMatchObject({ data: { status: "failed", error: "Transcription failed" } });
  });

  it("action_item.created carries the action item object", async () => {
    const hook = await registerWebhook(caller.key, target.url, ["action_item.created"]);
    const meeting = await createMeeting(caller.key);
    const [item] = await getSql()<{ id: string }[]>`
      insert into action_items (meeting_id, owner_id, text, owner, due_date, seq)
      values (${meeting.id}, ${caller.userId}, 'Send the budget', 'Ana', '2026-12-01', 4) returning id`;
    await dispatchWebhookEvent("action_item.created", { meetingId: meeting.id, actionItemId: item?.id });
    const [payload] = await deliverAll(hook);
    expect(payload).toEqual({
      type: "action_item.created",
      timestamp: expect.stringMatching(ISO),
      data: {
        id: item?.id,
        meetingId: meeting.id,
        text: "Send the budget",
        owner: "Ana",
        dueDate: "2026-12-01",
        done: false,
        seq: 4,
      },
    });
  });

  it("go only to the owner's endpoints subscribed to the event, one delivery each", async () => {
    const ready = await registerWebhook(caller.key, target.url, ["meeting.ready"]);
    const alsoReady = await registerWebhook(caller.key, `${target.url}?second`, [
      "meeting.ready",
      "meeting.failed",
    ]);
    const failedOnly = await registerWebhook(caller.key, target.url, ["meeting.failed"]);
    const stranger = await makeCaller();
    const strangers = await registerWebhook(stranger.key, target.url, ["meeting.ready"]);
    const meeting = await createMeeting(caller.key);

    await dispatchWebhookEvent("meeting.ready", { meetingId: meeting.id });
    expect(await deliveriesOf(ready.id)).toHaveLength(1);
    expect(await deliveriesOf(alsoReady.id)).toHaveLength(1);
    expect(await deliveriesOf(failedOnly.id)).toHaveLength(0);
    expect(await deliveriesOf(strangers.id)).toHaveLength(0);

    // Each endpoint signs with its own secret.
    await deliverWebhookJob((await onlyDelivery(alsoReady.id)).id, false);
    const request = target.received[0];
    if (!request) throw new Error("nothing delivered");
    expect(request.path).toBe("/hook?second");
    expect(() => verifyStandardWebhook(ready.secret, request.headers, request.body)).toThrow();
    expect(verifyStandardWebhook(alsoReady.secret, request.headers, request.body)).toMatchObject({
      type: "meeting.ready",
    });
  });

  it("queue nothing for a meeting that no longer exists", async () => {
    const hook = await registerWebhook(caller.key, target.url);
    await dispatchWebhookEvent("meeting.ready", { meetingId: "00000000-0000-4000-8000-000000000000" });
    expect(await deliveriesOf(hook.id)).toEqual([]);
  });
});
