import { toActionItemJson } from "@/lib/action-items/action-item-json";
import { getSql } from "@/lib/db/client";
import type { ActionItemRow } from "@/lib/db/schema";
import { getMeetingJson } from "@/lib/meetings/get-meeting";
import { enqueueDelivery } from "./enqueue-delivery";
import type { WebhookEventType } from "./events";

type EventRef = { meetingId: string; actionItemId?: string };

async function actionItemJson(meetingId: string, actionItemId: string) {
  const [row] = await getSql()<ActionItemRow[]>`
    select id, meeting_id as "meetingId", owner_id as "ownerId", text, owner, due_date::text as "dueDate",
           done, seq, origin, edited, created_at as "createdAt", updated_at as "updatedAt"
    from action_items where id = ${actionItemId} and meeting_id = ${meetingId}`;
  return row ? toActionItemJson(row) : null;
}

/**
 * Queues one delivery of the event to each of the meeting owner's webhooks that subscribed to it.
 * The payload is built once, now, so every endpoint (and every retry) gets the same body.
 */
export async function dispatchWebhookEvent(type: WebhookEventType, ref: EventRef): Promise<void> {
  const sql = getSql();
  const [meeting] = await sql<
    { owner_id: string }[]
  >`select owner_id from meetings where id = ${ref.meetingId}`;
  if (!meeting) return;
  const [subscribed] = await sql`
    select 1 from webhooks where owner_id = ${meeting.owner_id} and ${type} = any(events) limit 1`;
  if (!subscribed) return;

  let data: unknown;
  if (type === "action_item.created") {
    if (!ref.actionItemId) throw new Error("action_item.created needs an actionItemId");
    data = await actionItemJson(ref.meetingId, ref.actionItemId);
  } else {
    data = await getMeetingJson(meeting.owner_id, ref.meetingId);
  }
  if (!data) return;
  const payload = { type, timestamp: new Date().toISOString(), data };

  await sql.begin(async (tx) => {
    const deliveries = await tx<{ id: string }[]>`
      insert into webhook_deliveries (webhook_id, event_type, payload)
      select id, ${type}, ${tx.json(payload as never)} from webhooks
      where owner_id = ${meeting.owner_id} and ${type} = any(events)
      returning id`;
    for (const delivery of deliveries) await enqueueDelivery(delivery.id, tx);
  });
}
