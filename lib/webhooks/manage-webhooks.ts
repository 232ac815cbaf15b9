import type { z } from "zod";
import { createdAtCursorSchema, decodeCursor, encodeCursor } from "@/lib/kernel/cursor";
import { getSql } from "@/lib/kernel/db/client";
import { rowColumns } from "@/lib/kernel/db/row-shape";
import { AppError } from "@/lib/kernel/errors";
import { type WebhookRow, webhookRow } from "./rows";
import { type CreatedWebhook, type CreateWebhookInput, createWebhookSchema } from "./schemas";
import { encryptSecret, generateWebhookSecret } from "./secret";
import { UnsafeTargetError, vetTarget } from "./ssrf";
import { toWebhookJson, type WebhookJson } from "./webhook-json";

/** Registers an endpoint after checking where its URL leads; the secret is returned this once. */
export async function createWebhook(
  userId: string,
  input: z.input<typeof createWebhookSchema>,
): Promise<CreatedWebhook> {
  const data: CreateWebhookInput = createWebhookSchema.parse(input);
  try {
    await vetTarget(new URL(data.url));
  } catch (error) {
    if (!(error instanceof UnsafeTargetError)) throw error;
    throw new AppError("validation", "The webhook URL is not allowed.", {
      errors: [{ path: "url", message: error.message }],
    });
  }
  const secret = generateWebhookSecret();
  const sql = getSql();
  const [row] = await sql<WebhookRow[]>`
    insert into webhooks (owner_id, url, events, secret_encrypted)
    values (${userId}, ${data.url}, ${data.events}::text[], ${encryptSecret(secret)})
    returning ${rowColumns(sql, webhookRow)}`;
  if (!row) throw new Error("insert returned no webhook");
  return { id: row.id, url: row.url, events: row.events, secret };
}

export async function listWebhooks(
  userId: string,
  page: { cursor?: string; limit: number } = { limit: 50 },
): Promise<{ data: WebhookJson[]; nextCursor: string | null }> {
  const after = decodeCursor(page.cursor, createdAtCursorSchema);
  const sql = getSql();
  const rows = await sql<WebhookRow[]>`
    select ${rowColumns(sql, webhookRow)} from webhooks
    where owner_id = ${userId}
      ${after ? sql`and (created_at, id) < (${new Date(after.c)}, ${after.i}::uuid)` : sql``}
    order by created_at desc, id desc
    limit ${page.limit + 1}`;
  const data = rows.slice(0, page.limit);
  const last = data.at(-1);
  return {
    data: data.map(toWebhookJson),
    nextCursor:
      rows.length > page.limit && last ? encodeCursor({ c: last.createdAt.toISOString(), i: last.id }) : null,
  };
}

/** The user's webhook; anyone else's (or a missing one) is the same 404. */
export async function getOwnedWebhook(userId: string, webhookId: string): Promise<WebhookRow> {
  const sql = getSql();
  const [row] = await sql<WebhookRow[]>`
    select ${rowColumns(sql, webhookRow)} from webhooks where id = ${webhookId} and owner_id = ${userId} limit 1`;
  if (!row) throw new AppError("not_found", "No webhook with this id.");
  return row;
}

/** Deletes the endpoint and its deliveries; jobs still queued for them find nothing to send. */
export async function deleteWebhook(userId: string, webhookId: string): Promise<void> {
  const rows =
    await getSql()`delete from webhooks where id = ${webhookId} and owner_id = ${userId} returning id`;
  if (rows.length === 0) throw new AppError("not_found", "No webhook with this id.");
}
