import { z } from "zod";
import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { getMeetingJson, getOwnedMeeting } from "@/lib/meetings/get-meeting";
import type { MeetingJson } from "@/lib/meetings/meeting-json";
import type { MeetingStatus } from "@/lib/meetings/meeting-status";
import { requestAnalysis } from "@/lib/meetings/retry-meeting";

export const TEMPLATES = ["default", "one_on_one", "sales_call", "standup", "safety_inspection"] as const;
export const reanalyzeSchema = z.object({ template: z.enum(TEMPLATES).optional() });

const REANALYZABLE: MeetingStatus[] = ["ready", "failed", "analyzing"];

/** Runs the analysis again (optionally with another template); also how a failed analysis is retried. */
export async function reanalyze(
  userId: string,
  meetingId: string,
  input: z.infer<typeof reanalyzeSchema>,
): Promise<MeetingJson> {
  const meeting = await getOwnedMeeting(userId, meetingId);
  if (!REANALYZABLE.includes(meeting.status)) {
    throw new AppError("conflict", `A meeting in status “${meeting.status}” can't be analyzed yet.`);
  }
  const [row] =
    await getSql()`select exists (select 1 from transcript_segments where meeting_id = ${meetingId}) as has`;
  if (!row?.has) {
    throw new AppError("validation", "This meeting has no transcript to analyze; upload a file again.", {
      reason: "no_segments",
    });
  }
  await requestAnalysis(meetingId, input.template, REANALYZABLE);
  return getMeetingJson(userId, meetingId);
}
