import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import * as actionItemsRoute from "@/app/api/v1/action-items/route";
import * as meetingRoute from "@/app/api/v1/meetings/[id]/route";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { stopBoss } from "@/lib/kernel/jobs/queue";
import { recordMeetingEvent } from "@/lib/meetings/meeting-events";
import { analyzeMeeting } from "@/lib/orchestration/analyze-meeting";
import { failMeeting } from "@/lib/orchestration/events/fail-meeting";
import { deliverWebhookJob } from "@/lib/webhooks/deliver-webhook-job";
import { type Caller, call, makeCaller } from "@/tests/support/api";
import { transcriptMeeting } from "@/tests/support/api-fixtures";
import { verifyStandardWebhook } from "@/tests/support/standard-webhooks-verifier";
import { createMeeting, deliveriesOf, dispatch, liveJobsOf, onlyDelivery, registerWebhook } from "./helpers";
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
  for (const delivery of await deliveriesOf(hook.id)) await deliverWebhookJob(delivery.id);
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
    await dispatch("meeting.ready", { meetingId: meeting.id });
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
    await getSql()`update meetings set status = 'failed', error = '{"code":"other","params":{"text":"Transcription failed"}}' where id = ${meeting.id}`;
    await dispatch("meeting.failed", { meetingId: meeting.id });
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
    await dispatch("action_item.created", { meetingId: meeting.id, actionItemId: item?.id });
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

    await dispatch("meeting.ready", { meetingId: meeting.id });
    expect(await deliveriesOf(ready.id)).toHaveLength(1);
    expect(await deliveriesOf(alsoReady.id)).toHaveLength(1);
    expect(await deliveriesOf(failedOnly.id)).toHaveLength(0);
    expect(await deliveriesOf(strangers.id)).toHaveLength(0);

    // Each endpoint signs with its own secret.
    await deliverWebhookJob((await onlyDelivery(alsoReady.id)).id);
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
    await dispatch("meeting.ready", { meetingId: "00000000-0000-4000-8000-000000000000" });
    expect(await deliveriesOf(hook.id)).toEqual([]);
  });
});

const TRANSCRIPT = [
  "Ana: Welcome everyone, today we review the budget for the launch.",
  "Luis: The numbers look fine but marketing needs more room.",
  "Ana: Luis, please send the revised budget to finance by Friday.",
  "Luis: Sure, I will send it by Friday.",
].join("\n");

async function webhookJobCount(): Promise<number> {
  const [row] = await getSql()<{ count: number }[]>`
    select count(*)::int as count from pgboss.job where name = 'webhook'`;
  return row?.count ?? 0;
}

describe("events recorded with the change they report", () => {
  it("an analysis writes meeting.ready and action_item.created, each with its job, in its own transaction", async () => {
    const hook = await registerWebhook(caller.key, target.url, ["meeting.ready", "action_item.created"]);
    const meetingId = await transcriptMeeting(caller.key, TRANSCRIPT);
    expect(await analyzeMeeting(meetingId)).toBe("ready");

    const deliveries = await getSql()<{ id: string; event_type: string; action_item_id: string | null }[]>`
      select id, event_type, payload->'data'->>'id' as action_item_id from webhook_deliveries
      where webhook_id = ${hook.id} order by created_at, id`;
    const items = await getSql()<
      { id: string }[]
    >`select id from action_items where meeting_id = ${meetingId}`;
    expect(items.length).toBeGreaterThan(0);
    expect(deliveries.filter((d) => d.event_type === "meeting.ready")).toHaveLength(1);
    expect(
      deliveries
        .filter((d) => d.event_type === "action_item.created")
        .map((d) => d.action_item_id)
        .sort(),
    ).toEqual(items.map((item) => item.id).sort());
    // Each has its job already: a crash right after the commit loses nothing.
    for (const delivery of deliveries) expect(await liveJobsOf(delivery.id)).toHaveLength(1);
  });

  it("an analysis whose events can't be written is not kept either, so its retry sends them", async () => {
    const hook = await registerWebhook(caller.key, target.url, ["meeting.ready"]);
    const meetingId = await transcriptMeeting(caller.key, TRANSCRIPT);
    // A failure after the meeting is marked ready, inside the analysis transaction.
    await getSql().unsafe(`
      create or replace function refuse_delivery() returns trigger language plpgsql as $$
      begin raise exception 'disk full'; end $$;
      create trigger refuse_delivery before insert on webhook_deliveries
        for each row when (new.webhook_id = '${hook.id}') execute function refuse_delivery();`);
    try {
      await expect(analyzeMeeting(meetingId)).rejects.toThrow(/disk full/);
    } finally {
      await getSql().unsafe(
        "drop trigger refuse_delivery on webhook_deliveries; drop function refuse_delivery();",
      );
    }
    const [meeting] = await getSql()<
      { status: string }[]
    >`select status from meetings where id = ${meetingId}`;
    expect(meeting?.status).toBe("analyzing");
    expect(await deliveriesOf(hook.id)).toEqual([]);

    expect(await analyzeMeeting(meetingId)).toBe("ready");
    const [delivery] = await deliveriesOf(hook.id);
    expect(delivery).toBeDefined();
    expect(await liveJobsOf(delivery?.id ?? "")).toHaveLength(1);
  });

  it("an event recorded in a transaction that rolls back queues nothing", async () => {
    const hook = await registerWebhook(caller.key, target.url, ["meeting.ready"]);
    const meeting = await createMeeting(caller.key);
    const jobsBefore = await webhookJobCount();
    await expect(
      getSql().begin(async (tx) => {
        await tx`update meetings set status = 'ready' where id = ${meeting.id}`;
        expect(await recordMeetingEvent(tx, meeting.id, "meeting.ready")).toBe(1);
        throw new Error("crash before commit");
      }),
    ).rejects.toThrow("crash before commit");
    expect(await deliveriesOf(hook.id)).toEqual([]);
    expect(await webhookJobCount()).toBe(jobsBefore);
  });

  it("meeting.ready is queued once per analysis version, however often it is recorded", async () => {
    const hook = await registerWebhook(caller.key, target.url, ["meeting.ready"]);
    const meetingId = await transcriptMeeting(caller.key, TRANSCRIPT);
    expect(await analyzeMeeting(meetingId)).toBe("ready");
    // A replayed job recording the same analysis again.
    expect(await dispatch("meeting.ready", { meetingId })).toBe(0);
    expect(await deliveriesOf(hook.id)).toHaveLength(1);

    // A new analysis (re-analyze) is a new event.
    await getSql()`update meetings set status = 'analyzing' where id = ${meetingId}`;
    expect(await analyzeMeeting(meetingId)).toBe("ready");
    expect((await deliveriesOf(hook.id)).map((d) => d.event_key)).toEqual([
      `meeting.ready:${meetingId}:v1`,
      `meeting.ready:${meetingId}:v2`,
    ]);
  });

  it("a failed meeting sends meeting.failed once, even when the failing job runs again", async () => {
    const hook = await registerWebhook(caller.key, target.url, ["meeting.failed"]);
    const meeting = await createMeeting(caller.key);
    await getSql()`update meetings set status = 'analyzing' where id = ${meeting.id}`;
    expect(await failMeeting(meeting.id, { code: "analysisFailed" }, ["analyzing"])).toBe(true);
    expect(await failMeeting(meeting.id, { code: "analysisFailed" }, ["analyzing"])).toBe(false);
    const delivery = await onlyDelivery(hook.id);
    expect(await liveJobsOf(delivery.id)).toHaveLength(1);
    const [payload] = await deliverAll(hook);
    expect(payload).toMatchObject({
      type: "meeting.failed",
      data: {
        id: meeting.id,
        status: "failed",
        error: "The notes could not be written after several attempts. Use Retry to run the analysis again.",
      },
    });
  });

  it("an action item added by hand is created together with its action_item.created delivery", async () => {
    const hook = await registerWebhook(caller.key, target.url, ["action_item.created"]);
    const meeting = await createMeeting(caller.key);
    const created = await call(actionItemsRoute.POST, "POST", "/api/v1/action-items", {
      key: caller.key,
      json: { meetingId: meeting.id, text: "Book the venue", owner: "Ana", dueDate: "2026-12-01" },
    });
    expect(created.status, created.text).toBe(201);
    const delivery = await onlyDelivery(hook.id);
    expect(await liveJobsOf(delivery.id)).toHaveLength(1);
    const [payload] = await deliverAll(hook);
    expect(payload).toEqual({
      type: "action_item.created",
      timestamp: expect.stringMatching(ISO),
      data: created.body,
    });
  });
});
