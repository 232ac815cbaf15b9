import type { TransactionSql } from "postgres";
import { enqueueDelivery } from "./enqueue-delivery";
import { actionItemEventData, meetingEventData } from "./event-data";
import type { WebhookEventType } from "./events";

type EventRef = { meetingId: string; actionItemId?: string };

type MeetingState = { owner_id: string; changed: string; version: number };

/**
 * Which occurrence of an event this is, so that recording it twice (a replayed job) queues nothing
 * more: meeting.ready once per analysis version, action_item.created once per item, meeting.failed
 * once per failure (the meeting's update time identifies it).
 */
function eventKey(type: WebhookEventType, ref: EventRef, meeting: MeetingState): string {
  if (type === "action_item.created") return `${type}:${ref.actionItemId}`;
  if (type === "meeting.ready") return `${type}:${ref.meetingId}:v${meeting.version}`;
  return `${type}:${ref.meetingId}:${meeting.changed}`;
}

/**
 * Records an event in the caller's transaction — the one that makes the change it reports — as
 * one delivery to each of the meeting owner's webhooks subscribed to it, each with its job. If the
 * change commits, so do the deliveries; if it rolls back, nothing is sent. The payload is built
 * once, now, so every endpoint and every retry gets the same body. Returns how many were queued.
 */
export async function dispatchWebhookEvent(
  tx: TransactionSql,
  type: WebhookEventType,
  ref: EventRef,
): Promise<number> {
  return dispatchMeetingEvents(tx, ref.meetingId, [{ type, actionItemId: ref.actionItemId }]);
}

/**
 * dispatchWebhookEvent for several events of one meeting (meeting.ready and the action items its
 * analysis created): the meeting and its owner's subscriptions are read once, not once per event,
 * and an owner without webhooks costs those two queries whatever the number of events.
 */
export async function dispatchMeetingEvents(
  tx: TransactionSql,
  meetingId: string,
  events: { type: WebhookEventType; actionItemId?: string }[],
): Promise<number> {
  if (events.length === 0) return 0;
  const [meeting] = await tx<MeetingState[]>`
    select m.owner_id, (extract(epoch from m.updated_at) * 1000000)::bigint::text as changed,
           coalesce((select version from insights i where i.meeting_id = m.id), 0) as version
    from meetings m where m.id = ${meetingId}`;
  if (!meeting) return 0;
  const subscribed = new Set(
    (
      await tx<{ type: string }[]>`
        select distinct unnest(events) as type from webhooks where owner_id = ${meeting.owner_id}`
    ).map((row) => row.type),
  );
  let queued = 0;
  for (const event of events) {
    if (!subscribed.has(event.type)) continue;
    queued += await recordEvent(tx, event.type, { meetingId, actionItemId: event.actionItemId }, meeting);
  }
  return queued;
}

async function recordEvent(
  tx: TransactionSql,
  type: WebhookEventType,
  ref: EventRef,
  meeting: MeetingState,
): Promise<number> {
  if (type === "action_item.created" && !ref.actionItemId) {
    throw new Error("action_item.created needs an actionItemId");
  }
  const data =
    type === "action_item.created"
      ? await actionItemEventData(tx, ref.meetingId, ref.actionItemId ?? "")
      : await meetingEventData(tx, ref.meetingId);
  if (!data) return 0;
  const payload = { type, timestamp: new Date().toISOString(), data };

  const deliveries = await tx<{ id: string }[]>`
    insert into webhook_deliveries (webhook_id, event_type, payload, event_key)
    select id, ${type}, ${tx.json(payload as never)}, ${eventKey(type, ref, meeting)} from webhooks
    where owner_id = ${meeting.owner_id} and ${type} = any(events)
    on conflict (webhook_id, event_key) do nothing
    returning id`;
  for (const delivery of deliveries) await enqueueDelivery(delivery.id, { tx });
  return deliveries.length;
}
