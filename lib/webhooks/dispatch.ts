import type { TransactionSql } from "postgres";
import { enqueueDelivery } from "./enqueue-delivery";
import type { WebhookEventType } from "./events";

/**
 * One event to record. `key` says which occurrence it is, so that recording it twice (a replayed
 * job) queues nothing more; `data` builds the payload's `data` — only when someone subscribed —
 * inside the transaction, so it shows the change being made (null: nothing to send).
 */
export type WebhookEventRecord = {
  type: WebhookEventType;
  key: string;
  data: () => Promise<unknown | null>;
};

/**
 * Records events of one owner in the caller's transaction — the one that makes the change they
 * report — as one delivery to each of the owner's webhooks subscribed to it, each with its job. If
 * the change commits, so do the deliveries; if it rolls back, nothing is sent. Each payload is
 * built once, now, so every endpoint and every retry gets the same body. The owner's subscriptions
 * are read once for all the events. Returns how many deliveries were queued.
 *
 * The areas whose changes these are build the keys and the data (lib/meetings/meeting-events.ts,
 * lib/action-items/action-item-events.ts): this area knows webhooks, not meetings.
 */
export async function recordWebhookEvents(
  tx: TransactionSql,
  ownerId: string,
  events: WebhookEventRecord[],
): Promise<number> {
  if (events.length === 0) return 0;
  const subscribed = new Set(
    (
      await tx<{ type: string }[]>`
        select distinct unnest(events) as type from webhooks where owner_id = ${ownerId}`
    ).map((row) => row.type),
  );
  let queued = 0;
  for (const event of events) {
    if (!subscribed.has(event.type)) continue;
    const data = await event.data();
    if (!data) continue;
    const payload = { type: event.type, timestamp: new Date().toISOString(), data };
    const deliveries = await tx<{ id: string }[]>`
      insert into webhook_deliveries (webhook_id, event_type, payload, event_key)
      select id, ${event.type}, ${tx.json(payload as never)}, ${event.key} from webhooks
      where owner_id = ${ownerId} and ${event.type} = any(events)
      on conflict (webhook_id, event_key) do nothing
      returning id`;
    for (const delivery of deliveries) await enqueueDelivery(delivery.id, { tx });
    queued += deliveries.length;
  }
  return queued;
}
