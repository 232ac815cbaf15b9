import { toActionItemJson } from "@/lib/action-items/action-item-json";
import { type ActionItemRow, actionItemRow } from "@/lib/action-items/rows";
import { getSql } from "@/lib/kernel/db/client";
import { rowColumns } from "@/lib/kernel/db/row-shape";
import { AppError } from "@/lib/kernel/errors";
import type { Reason } from "@/lib/kernel/reasons";
import { getOwnedMeeting } from "@/lib/meetings/get-meeting";
import { type InsightsJson, toInsightsJson } from "./insights-json";
import { type InsightsRow, insightsRow } from "./rows";

/**
 * The meeting's last finished analysis, whatever its status now: a re-analysis that is running or
 * failed leaves the previous notes (and the user's edited action items) in place. Null until the
 * first analysis finished, which is also when the meeting first became ready.
 */
export async function getStoredInsights(userId: string, meetingId: string): Promise<InsightsJson | null> {
  await getOwnedMeeting(userId, meetingId);
  return storedInsightsOf(meetingId);
}

/** getStoredInsights for a meeting the caller has already loaded as its owner's: no second check. */
export async function storedInsightsOf(meetingId: string): Promise<InsightsJson | null> {
  return (await storedInsightsAndNote(meetingId))?.insights ?? null;
}

/** storedInsightsOf with the note as stored (a code), for a page that words it in its reader's language. */
export async function storedInsightsAndNote(
  meetingId: string,
): Promise<{ insights: InsightsJson; note: Reason | null } | null> {
  const sql = getSql();
  const [row] = await sql<InsightsRow[]>`
    select ${rowColumns(sql, insightsRow)} from insights where meeting_id = ${meetingId} limit 1`;
  if (!row) return null;
  const items = await sql<ActionItemRow[]>`
    select ${rowColumns(sql, actionItemRow)} from action_items
    where meeting_id = ${meetingId} order by seq asc, created_at asc`;
  return { insights: toInsightsJson(row, items.map(toActionItemJson)), note: row.note };
}

/**
 * `GET …/insights`: 404 until the meeting has been ready once (DESIGN §5); after that the stored
 * insights, also while a re-analysis runs or after one failed (the meeting's status says which).
 */
export async function getInsights(userId: string, meetingId: string): Promise<InsightsJson> {
  return insightsOrNotFound(await getStoredInsights(userId, meetingId));
}

export function insightsOrNotFound(stored: InsightsJson | null): InsightsJson {
  if (!stored) throw new AppError("not_found", "This meeting has no insights yet.");
  return stored;
}
