import { asc, eq } from "drizzle-orm";
import { toActionItemJson } from "@/lib/action-items/action-item-json";
import { getDb } from "@/lib/db/client";
import { actionItems, insights } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { getOwnedMeeting } from "@/lib/meetings/get-meeting";
import { type InsightsJson, toInsightsJson } from "./insights-json";

/** A ready meeting's insights; 404 before analysis has finished (DESIGN §5). */
export async function getInsights(userId: string, meetingId: string): Promise<InsightsJson> {
  const meeting = await getOwnedMeeting(userId, meetingId);
  const [row] = await getDb().select().from(insights).where(eq(insights.meetingId, meetingId)).limit(1);
  if (!row || meeting.status !== "ready")
    throw new AppError("not_found", "This meeting has no insights yet.");
  const items = await getDb()
    .select()
    .from(actionItems)
    .where(eq(actionItems.meetingId, meetingId))
    .orderBy(asc(actionItems.seq), asc(actionItems.createdAt));
  return toInsightsJson(row, items.map(toActionItemJson));
}
