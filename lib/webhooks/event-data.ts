import type { TransactionSql } from "postgres";
import { type ActionItemJson, toActionItemJson } from "@/lib/action-items/action-item-json";
import type { ActionItemRow, Meeting } from "@/lib/kernel/db/schema";
import { type MeetingJson, toMeetingJson } from "@/lib/meetings/meeting-json";

// An event's `data`, read inside the transaction that records the event: it shows the change that
// transaction makes (a meeting that is `ready`), which a read on another connection would not see
// until the commit.

export async function meetingEventData(tx: TransactionSql, meetingId: string): Promise<MeetingJson | null> {
  const [meeting] = await tx<Meeting[]>`
    select id, owner_id as "ownerId", title, status, source, language, template,
           started_at as "startedAt", ended_at as "endedAt", duration_ms::float8 as "durationMs",
           media_key as "mediaKey", media_mime as "mediaMime", media_size::float8 as "mediaSize",
           error, created_at as "createdAt", updated_at as "updatedAt"
    from meetings where id = ${meetingId}`;
  if (!meeting) return null;
  const people = await tx<{ name: string; email: string | null }[]>`
    select name, email from participants where meeting_id = ${meetingId} order by name`;
  return toMeetingJson(meeting, people);
}

export async function actionItemEventData(
  tx: TransactionSql,
  meetingId: string,
  actionItemId: string,
): Promise<ActionItemJson | null> {
  const [row] = await tx<ActionItemRow[]>`
    select id, meeting_id as "meetingId", owner_id as "ownerId", text, owner, due_date::text as "dueDate",
           done, seq, origin, edited, created_at as "createdAt", updated_at as "updatedAt"
    from action_items where id = ${actionItemId} and meeting_id = ${meetingId}`;
  return row ? toActionItemJson(row) : null;
}
