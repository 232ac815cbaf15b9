import { z } from "zod";
import { requestAnalysis } from "@/lib/jobs/processing";
import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { getMeetingJson, getOwnedMeeting } from "@/lib/meetings/get-meeting";
import type { MeetingJson } from "@/lib/meetings/meeting-json";

export const TEMPLATES = ["default", "one_on_one", "sales_call", "standup", "safety_inspection"] as const;
export const reanalyzeSchema = z.object({ template: z.enum(TEMPLATES).optional() });

/** Runs the analysis again (optionally with another template); also how a failed analysis is retried. */
export async function reanalyze(
  userId: string,
  meetingId: string,
  input: z.infer<typeof reanalyzeSchema>,
): Promise<MeetingJson> {
  const meeting = await getOwnedMeeting(userId, meetingId);
  if (!["ready", "failed", "analyzing"].includes(meeting.status)) {
    throw new AppError("conflict", `A meeting in status “${meeting.status}” can't be analyzed yet.`);
  }
  const [row] =
    await getSql()`select exists (select 1 from transcript_segments where meeting_id = ${meetingId}) as has`;
  if (!row?.has) {
    throw new AppError("validation", "This meeting has no transcript to analyze; upload a file again.", {
      reason: "no_segments",
    });
  }
  await requestAnalysis(meetingId, input.template);
  return getMeetingJson(userId, meetingId);
}
