import { storedInsightsAndNote } from "@/lib/insights/get-insights";
import type { InsightsJson } from "@/lib/insights/insights-json";
import type { TemplateId } from "@/lib/insights/types";
import { getSql } from "@/lib/kernel/db/client";
import type { Reason } from "@/lib/kernel/reasons";
import { getOwnedMeetingAndJson } from "@/lib/meetings/get-meeting";
import type { MeetingJson } from "@/lib/meetings/meeting-json";

/**
 * Whether the shown insights are the meeting's latest: `updating` while another analysis (or a
 * retry) is on its way, `failed` when the last one failed (the meeting's error says why).
 */
export type InsightsState = "current" | "updating" | "failed";

export type MeetingPageData = {
  meeting: MeetingJson;
  insights: InsightsJson | null;
  insightsState: InsightsState;
  /** The notes template the next analysis uses. */
  template: TemplateId;
  /** Start time of every segment the notes cite, for timestamps and seeking. */
  startTimes: Record<number, number>;
  hasMedia: boolean;
  mediaMime: string | null;
  /** Why processing stopped (meetings.error), as stored: the page words it in its reader's language. */
  failure: Reason | null;
  /** Why the notes came from the local engine (insights.note), as stored. */
  note: Reason | null;
};

function insightsStateOf(status: MeetingJson["status"]): InsightsState {
  if (status === "ready") return "current";
  return status === "failed" ? "failed" : "updating";
}

function citedSeqs(insights: InsightsJson): number[] {
  return [
    ...new Set([
      ...[...insights.keyPoints, ...insights.decisions, ...insights.questions].flatMap((item) => item.seqs),
      ...insights.actionItems.flatMap((item) => (item.seq === null ? [] : [item.seq])),
      ...insights.watchlistHits.map((hit) => hit.seq),
    ]),
  ];
}

/**
 * Everything the meeting page shows besides the transcript itself (which the browser pages in).
 * Stored insights show whatever the status: a re-analysis never hides the notes it will replace.
 */
export async function meetingPageData(userId: string, meetingId: string): Promise<MeetingPageData> {
  // One query for the meeting (ownership, row, JSON); its insights without checking it again.
  const { meeting: row, json: meeting } = await getOwnedMeetingAndJson(userId, meetingId);
  const stored = await storedInsightsAndNote(meetingId);
  const insights = stored?.insights ?? null;
  const cited = insights ? citedSeqs(insights) : [];
  const times = cited.length
    ? await getSql()<{ seq: number; start_ms: number }[]>`
        select seq, start_ms from transcript_segments where meeting_id = ${meetingId} and seq = any(${cited})`
    : [];
  return {
    meeting,
    insights,
    insightsState: insightsStateOf(meeting.status),
    template: row.template as TemplateId,
    startTimes: Object.fromEntries(times.map((time) => [time.seq, time.start_ms])),
    hasMedia: Boolean(row.mediaKey),
    mediaMime: row.mediaMime,
    failure: row.error,
    note: stored?.note ?? null,
  };
}
