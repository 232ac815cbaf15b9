import { getSql } from "@/lib/db/client";
import { getInsights } from "@/lib/insights/get-insights";
import type { InsightsJson } from "@/lib/insights/insights-json";
import { getMeetingJson, getOwnedMeeting } from "./get-meeting";
import type { MeetingJson } from "./meeting-json";

export type MeetingPageData = {
  meeting: MeetingJson;
  insights: InsightsJson | null;
  /** Start time of every segment the notes cite, for timestamps and seeking. */
  startTimes: Record<number, number>;
  hasMedia: boolean;
  mediaMime: string | null;
};

/** Everything the meeting page shows besides the transcript itself (which the browser pages in). */
export async function meetingPageData(userId: string, meetingId: string): Promise<MeetingPageData> {
  const row = await getOwnedMeeting(userId, meetingId);
  const meeting = await getMeetingJson(userId, meetingId);
  const insights = meeting.status === "ready" ? await getInsights(userId, meetingId).catch(() => null) : null;
  const cited = insights
    ? [
        ...new Set([
          ...[...insights.keyPoints, ...insights.decisions, ...insights.questions].flatMap(
            (item) => item.seqs,
          ),
          ...insights.actionItems.flatMap((item) => (item.seq === null ? [] : [item.seq])),
          ...insights.watchlistHits.map((hit) => hit.seq),
        ]),
      ]
    : [];
  const times = cited.length
    ? await getSql()<{ seq: number; start_ms: number }[]>`
        select seq, start_ms from transcript_segments where meeting_id = ${meetingId} and seq = any(${cited})`
    : [];
  return {
    meeting,
    insights,
    startTimes: Object.fromEntries(times.map((time) => [time.seq, time.start_ms])),
    hasMedia: Boolean(row.mediaKey),
    mediaMime: row.mediaMime,
  };
}
