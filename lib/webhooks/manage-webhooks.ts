import { and, desc, eq, lt, or } from "drizzle-orm";
import type { z } from "zod";
import { createdAtCursorSchema, decodeCursor, encodeCursor } from "@/lib/kernel/cursor";
import { getDb } from "@/lib/kernel/db/client";
import { type WebhookRow, webhooks } from "@/lib/kernel/db/schema";
import { AppError } from "@/lib/kernel/errors";
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
  const [row] = await getDb()
    .insert(webhooks)
    .values({ ownerId: userId, url: data.url, events: data.events, secretEncrypted: encryptSecret(secret) })
    .returning();
  if (!row) throw new Error("insert returned no webhook");
  return { id: row.id, url: row.url, events: row.events, secret };
}

export async function listWebhooks(
  userId: string,
  page: { cursor?: string; limit: number } = { limit: 50 },
): Promise<{ data: WebhookJson[]; nextCursor: string | null }> {
  const after = decodeCursor(page.cursor, createdAtCursorSchema);
  const rows = await getDb()
    .select()
    .from(webhooks)
    .where(
      and(
        eq(webhooks.ownerId, userId),
        after
          ? or(
              lt(webhooks.createdAt, new Date(after.c)),
              and(eq(webhooks.createdAt, new Date(after.c)), lt(webhooks.id, after.i)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(webhooks.createdAt), desc(webhooks.id))
    .limit(page.limit + 1);
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
  const [row] = await getDb()
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.id, webhookId), eq(webhooks.ownerId, userId)))
    .limit(1);
  if (!row) throw new AppError("not_found", "No webhook with this id.");
  return row;
}

/** Deletes the endpoint and its deliveries; jobs still queued for them find nothing to send. */
export async function deleteWebhook(userId: string, webhookId: string): Promise<void> {
  const rows = await getDb()
    .delete(webhooks)
    .where(and(eq(webhooks.id, webhookId), eq(webhooks.ownerId, userId)))
    .returning({ id: webhooks.id });
  if (rows.length === 0) throw new AppError("not_found", "No webhook with this id.");
}
