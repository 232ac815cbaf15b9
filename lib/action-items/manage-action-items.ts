import { and, asc, desc, eq, gt, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { createdAtCursorSchema, decodeCursor, encodeCursor } from "@/lib/kernel/cursor";
import { getDb, getSql } from "@/lib/kernel/db/client";
import { type ActionItemRow, actionItems } from "@/lib/kernel/db/schema";
import { AppError } from "@/lib/kernel/errors";
import { getOwnedMeeting } from "@/lib/meetings/get-meeting";
import { recordActionItemsCreated } from "./action-item-events";
import { type ActionItemJson, toActionItemJson } from "./action-item-json";
import {
  type CreateActionItemInput,
  createActionItemSchema,
  type listActionItemsQuerySchema,
  type UpdateActionItemInput,
  updateActionItemSchema,
} from "./schemas";

/** Action items across all of the user's meetings, newest first, filtered by done, owner or meeting. */
export async function listActionItems(userId: string, query: z.infer<typeof listActionItemsQuerySchema>) {
  const after = decodeCursor(query.cursor, createdAtCursorSchema);
  const conditions: SQL[] = [eq(actionItems.ownerId, userId)];
  if (query.done !== undefined) conditions.push(eq(actionItems.done, query.done));
  // Case-insensitive equality, not ILIKE: an owner name is not a pattern ("%" or a backslash is just a character).
  if (query.owner) conditions.push(sql`lower(${actionItems.owner}) = lower(${query.owner})`);
  if (query.meetingId) conditions.push(eq(actionItems.meetingId, query.meetingId));
  if (after) {
    const condition = or(
      sql`${actionItems.createdAt} < ${after.c}::timestamptz`,
      and(sql`${actionItems.createdAt} = ${after.c}::timestamptz`, gt(actionItems.id, after.i)),
    );
    if (condition) conditions.push(condition);
  }
  const rows = await getDb()
    .select()
    .from(actionItems)
    .where(and(...conditions))
    .orderBy(desc(actionItems.createdAt), asc(actionItems.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map(toActionItemJson),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ c: last.createdAt.toISOString(), i: last.id })
        : null,
  };
}

export async function createActionItem(
  userId: string,
  input: CreateActionItemInput,
): Promise<ActionItemJson> {
  const data = createActionItemSchema.parse(input);
  await getOwnedMeeting(userId, data.meetingId);
  // The item and its action_item.created webhooks commit together: no item without its event.
  const row = await getSql().begin(async (tx) => {
    const [inserted] = await tx<ActionItemRow[]>`
      insert into action_items (meeting_id, owner_id, text, owner, due_date, done, seq, origin, edited)
      values (${data.meetingId}, ${userId}, ${data.text}, ${data.owner}, ${data.dueDate}, ${data.done}, ${data.seq}, 'manual', true)
      returning id, meeting_id as "meetingId", owner_id as "ownerId", text, owner, due_date::text as "dueDate",
                done, seq, origin, edited, created_at as "createdAt", updated_at as "updatedAt"`;
    if (!inserted) throw new Error("insert returned no action item");
    await recordActionItemsCreated(tx, inserted.meetingId, [inserted.id], userId);
    return inserted;
  });
  return toActionItemJson(row);
}

export async function updateActionItem(
  userId: string,
  id: string,
  input: UpdateActionItemInput,
): Promise<ActionItemJson> {
  const data = updateActionItemSchema.parse(input);
  const [row] = await getDb()
    .update(actionItems)
    .set({ ...data, edited: true, updatedAt: new Date() })
    .where(and(eq(actionItems.id, id), eq(actionItems.ownerId, userId)))
    .returning();
  if (!row) throw new AppError("not_found", "No action item with this id.");
  return toActionItemJson(row);
}

export async function deleteActionItem(userId: string, id: string): Promise<void> {
  // A deleted extracted item is remembered, in the same statement, so a re-analysis doesn't bring it back.
  const [row] = await getSql()<{ deleted: number }[]>`
    with deleted as (
      delete from action_items where id = ${id} and owner_id = ${userId}
      returning meeting_id, owner_id, seq, text, origin
    ), dismissed as (
      insert into dismissed_action_items (meeting_id, owner_id, seq, text)
      select meeting_id, owner_id, seq, text from deleted where origin = 'extracted'
    )
    select count(*)::int as deleted from deleted`;
  if (!row?.deleted) throw new AppError("not_found", "No action item with this id.");
}
