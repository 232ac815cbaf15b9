import type { TransactionSql } from "postgres";
import { recordWebhookEvents } from "@/lib/webhooks/dispatch";
import { toActionItemJson } from "./action-item-json";
import type { ActionItemRow } from "./rows";

async function actionItemEventData(tx: TransactionSql, meetingId: string, actionItemId: string) {
  const [row] = await tx<ActionItemRow[]>`
    select id, meeting_id as "meetingId", owner_id as "ownerId", text, owner, due_date::text as "dueDate",
           done, seq, origin, edited, created_at as "createdAt", updated_at as "updatedAt"
    from action_items where id = ${actionItemId} and meeting_id = ${meetingId}`;
  return row ? toActionItemJson(row) : null;
}

/**
 * Records action_item.created for new items of a meeting in the caller's transaction (the one
 * that creates them: an analysis, or an item added by hand), once per item. Returns how many
 * deliveries were queued.
 */
export async function recordActionItemsCreated(
  tx: TransactionSql,
  meetingId: string,
  actionItemIds: string[],
  /** The meeting's owner, when the caller has it already (else read here). */
  knownOwnerId?: string,
): Promise<number> {
  if (actionItemIds.length === 0) return 0;
  const ownerId =
    knownOwnerId ??
    (await tx<{ owner_id: string }[]>`select owner_id from meetings where id = ${meetingId}`)[0]?.owner_id;
  if (!ownerId) return 0;
  return recordWebhookEvents(
    tx,
    ownerId,
    actionItemIds.map((actionItemId) => ({
      type: "action_item.created" as const,
      key: `action_item.created:${actionItemId}`,
      data: () => actionItemEventData(tx, meetingId, actionItemId),
    })),
  );
}
