import type { TransactionSql } from "postgres";
import { type ActionItemJson, toActionItemJson } from "@/lib/action-items/action-item-json";
import { type ActionItemRow, actionItemRow } from "@/lib/action-items/rows";
import { rowColumns } from "@/lib/kernel/db/row-shape";
import { type MeetingJson, toMeetingJson } from "@/lib/meetings/meeting-json";
import { type MeetingRow, meetingRow } from "@/lib/meetings/rows";

// An event's `data`, read inside the transaction that records the event: it shows the change that
// transaction makes (a meeting that is `ready`), which a read on another connection would not see
// until the commit.

export async function meetingEventData(tx: TransactionSql, meetingId: string): Promise<MeetingJson | null> {
  const [meeting] = await tx<MeetingRow[]>`
    select ${rowColumns(tx, meetingRow)} from meetings where id = ${meetingId}`;
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
    select ${rowColumns(tx, actionItemRow)} from action_items
    where id = ${actionItemId} and meeting_id = ${meetingId}`;
  return row ? toActionItemJson(row) : null;
}
