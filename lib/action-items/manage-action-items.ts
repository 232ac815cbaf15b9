import type { z } from "zod";
import { createdAtCursorSchema, decodeCursor, encodeCursor } from "@/lib/kernel/cursor";
import { getSql } from "@/lib/kernel/db/client";
import { rowColumns } from "@/lib/kernel/db/row-shape";
import { AppError } from "@/lib/kernel/errors";
import { getOwnedMeeting } from "@/lib/meetings/get-meeting";
import { recordActionItemsCreated } from "./action-item-events";
import { type ActionItemJson, toActionItemJson } from "./action-item-json";
import { type ActionItemRow, actionItemRow } from "./rows";
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
  const sql = getSql();
  const rows = await sql<ActionItemRow[]>`
    select ${rowColumns(sql, actionItemRow)} from action_items
    where owner_id = ${userId}
      ${query.done !== undefined ? sql`and done = ${query.done}` : sql``}
      ${
        // Case-insensitive equality, not ILIKE: an owner name is not a pattern ("%" or a backslash is just a character).
        query.owner ? sql`and lower(owner) = lower(${query.owner})` : sql``
      }
      ${query.meetingId ? sql`and meeting_id = ${query.meetingId}` : sql``}
      ${
        after
          ? sql`and (created_at < ${after.c}::timestamptz or (created_at = ${after.c}::timestamptz and id > ${after.i}))`
          : sql``
      }
    order by created_at desc, id asc
    limit ${query.limit + 1}`;
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
      returning ${rowColumns(tx, actionItemRow)}`;
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
  // Only the fields given change; `owner` or `dueDate` given as null clear it.
  const changes = {
    ...(data.text !== undefined ? { text: data.text } : {}),
    ...(data.owner !== undefined ? { owner: data.owner } : {}),
    ...(data.dueDate !== undefined ? { due_date: data.dueDate } : {}),
    ...(data.done !== undefined ? { done: data.done } : {}),
    edited: true,
    updated_at: new Date(),
  };
  const sql = getSql();
  const [row] = await sql<ActionItemRow[]>`
    update action_items set ${sql(changes)}
    where id = ${id} and owner_id = ${userId}
    returning ${rowColumns(sql, actionItemRow)}`;
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
