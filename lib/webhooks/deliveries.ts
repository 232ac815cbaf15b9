import { and, desc, eq, lt, or } from "drizzle-orm";
import { createdAtCursorSchema, decodeCursor, encodeCursor } from "@/lib/api/cursor";
import { getDb, getSql } from "@/lib/db/client";
import { webhookDeliveries } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { enqueueDelivery } from "./enqueue-delivery";
import { getOwnedWebhook } from "./manage-webhooks";
import { toDeliveryJson, type WebhookDeliveryJson } from "./webhook-json";

/** A webhook's deliveries, newest first; another user's webhook is a 404. */
export async function listDeliveries(
  userId: string,
  webhookId: string,
  page: { cursor?: string; limit: number } = { limit: 50 },
): Promise<{ data: WebhookDeliveryJson[]; nextCursor: string | null }> {
  await getOwnedWebhook(userId, webhookId);
  const after = decodeCursor(page.cursor, createdAtCursorSchema);
  const rows = await getDb()
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.webhookId, webhookId),
        after
          ? or(
              lt(webhookDeliveries.createdAt, new Date(after.c)),
              and(eq(webhookDeliveries.createdAt, new Date(after.c)), lt(webhookDeliveries.id, after.i)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(page.limit + 1);
  const data = rows.slice(0, page.limit);
  const last = data.at(-1);
  return {
    data: data.map(toDeliveryJson),
    nextCursor:
      rows.length > page.limit && last ? encodeCursor({ c: last.createdAt.toISOString(), i: last.id }) : null,
  };
}

/**
 * Sends a finished delivery (failed or succeeded) again, with the same `webhook-id` so a receiver
 * that already processed it can tell. A delivery still pending is already going to be sent: 409.
 */
export async function resendDelivery(
  userId: string,
  webhookId: string,
  deliveryId: string,
): Promise<WebhookDeliveryJson> {
  await getOwnedWebhook(userId, webhookId);
  await getSql().begin(async (tx) => {
    const [current] = await tx<{ status: string }[]>`
      select status from webhook_deliveries
      where id = ${deliveryId} and webhook_id = ${webhookId}
      for update`;
    if (!current) throw new AppError("not_found", "No delivery with this id.");
    if (current.status === "pending") throw new AppError("conflict", "This delivery is already queued.");
    await tx`
      update webhook_deliveries
      set status = 'pending', attempts = 0, next_attempt_at = now(), delivered_at = null
      where id = ${deliveryId}`;
    await enqueueDelivery(deliveryId, tx);
  });
  const [updated] = await getDb()
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!updated) throw new AppError("not_found", "No delivery with this id.");
  return toDeliveryJson(updated);
}
