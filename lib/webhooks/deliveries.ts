import { createdAtCursorSchema, decodeCursor, encodeCursor } from "@/lib/kernel/cursor";
import { getSql } from "@/lib/kernel/db/client";
import { rowColumns } from "@/lib/kernel/db/row-shape";
import { AppError } from "@/lib/kernel/errors";
import { isResendable } from "./delivery-state";
import { enqueueDelivery } from "./enqueue-delivery";
import { getOwnedWebhook } from "./manage-webhooks";
import {
  type WebhookDeliveryAttemptRow,
  type WebhookDeliveryRow,
  type WebhookDeliveryStatus,
  webhookDeliveryAttemptRow,
  webhookDeliveryRow,
} from "./rows";
import { toDeliveryJson, type WebhookDeliveryJson } from "./webhook-json";

/** How many of a delivery's latest attempts its JSON lists. */
const HISTORY_LIMIT = 20;

async function recentAttempts(deliveryIds: string[]): Promise<Map<string, WebhookDeliveryAttemptRow[]>> {
  const byDelivery = new Map<string, WebhookDeliveryAttemptRow[]>();
  if (deliveryIds.length === 0) return byDelivery;
  const sql = getSql();
  const rows = await sql<WebhookDeliveryAttemptRow[]>`
    select ${rowColumns(sql, webhookDeliveryAttemptRow)}
    from (
      select *, row_number() over (partition by delivery_id order by number desc) as recency
      from webhook_delivery_attempts where delivery_id = any(${deliveryIds}::uuid[])
    ) ranked
    where recency <= ${HISTORY_LIMIT}
    order by delivery_id, number`;
  for (const row of rows) byDelivery.set(row.deliveryId, [...(byDelivery.get(row.deliveryId) ?? []), row]);
  return byDelivery;
}

async function withHistory(rows: WebhookDeliveryRow[]): Promise<WebhookDeliveryJson[]> {
  const history = await recentAttempts(rows.map((row) => row.id));
  const now = new Date();
  return rows.map((row) => toDeliveryJson(row, history.get(row.id) ?? [], now));
}

/** A webhook's deliveries, newest first, each with its latest attempts; another user's webhook is a 404. */
export async function listDeliveries(
  userId: string,
  webhookId: string,
  page: { cursor?: string; limit: number } = { limit: 50 },
): Promise<{ data: WebhookDeliveryJson[]; nextCursor: string | null }> {
  await getOwnedWebhook(userId, webhookId);
  const after = decodeCursor(page.cursor, createdAtCursorSchema);
  const sql = getSql();
  const rows = await sql<WebhookDeliveryRow[]>`
    select ${rowColumns(sql, webhookDeliveryRow)} from webhook_deliveries
    where webhook_id = ${webhookId}
      ${after ? sql`and (created_at, id) < (${new Date(after.c)}, ${after.i}::uuid)` : sql``}
    order by created_at desc, id desc
    limit ${page.limit + 1}`;
  const data = rows.slice(0, page.limit);
  const last = data.at(-1);
  return {
    data: await withHistory(data),
    nextCursor:
      rows.length > page.limit && last ? encodeCursor({ c: last.createdAt.toISOString(), i: last.id }) : null,
  };
}

type ResendCheck = {
  status: WebhookDeliveryStatus;
  leaseUntil: Date | null;
  nextAttemptAt: Date | null;
  now: Date;
};

/**
 * Sends a delivery again as a new series of attempts (the earlier ones stay in its history), with
 * the same `webhook-id` so a receiver that already processed it can tell. Only a finished delivery,
 * or one stuck with nothing sending it, can be resent; one still queued or being sent is a 409.
 */
export async function resendDelivery(
  userId: string,
  webhookId: string,
  deliveryId: string,
): Promise<WebhookDeliveryJson> {
  await getOwnedWebhook(userId, webhookId);
  await getSql().begin(async (tx) => {
    const [current] = await tx<ResendCheck[]>`
      select status, lease_until as "leaseUntil", next_attempt_at as "nextAttemptAt", now() as now
      from webhook_deliveries
      where id = ${deliveryId} and webhook_id = ${webhookId}
      for update`;
    if (!current) throw new AppError("not_found", "No delivery with this id.");
    if (!isResendable(current, current.now)) {
      throw new AppError("conflict", "This delivery is already queued or being sent.");
    }
    await tx`
      update webhook_deliveries
      set status = 'pending', series = series + 1, series_attempts = 0, next_attempt_at = now(),
          lease_until = null, delivered_at = null
      where id = ${deliveryId}`;
    await enqueueDelivery(deliveryId, { tx });
  });
  const sql = getSql();
  const [updated] = await sql<WebhookDeliveryRow[]>`
    select ${rowColumns(sql, webhookDeliveryRow)} from webhook_deliveries where id = ${deliveryId}`;
  if (!updated) throw new AppError("not_found", "No delivery with this id.");
  const [json] = await withHistory([updated]);
  if (!json) throw new Error("a delivery lost its JSON");
  return json;
}
