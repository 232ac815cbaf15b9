import { and, asc, desc, eq, gt, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { createdAtCursorSchema, decodeCursor, encodeCursor } from "@/lib/api/cursor";
import { getDb } from "@/lib/db/client";
import { actionItems } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { onActionItemsCreated } from "@/lib/events/meeting-events";
import { getOwnedMeeting } from "@/lib/meetings/get-meeting";
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
  const [row] = await getDb()
    .insert(actionItems)
    .values({ ...data, ownerId: userId, origin: "manual", edited: true })
    .returning();
  if (!row) throw new Error("insert returned no action item");
  await onActionItemsCreated(row.meetingId, [row.id]);
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
  const rows = await getDb()
    .delete(actionItems)
    .where(and(eq(actionItems.id, id), eq(actionItems.ownerId, userId)))
    .returning({ id: actionItems.id });
  if (rows.length === 0) throw new AppError("not_found", "No action item with this id.");
}
