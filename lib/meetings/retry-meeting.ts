import { queueTranscription, requestAnalysis } from "@/lib/jobs/processing";
import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { getOwnedMeeting } from "./get-meeting";
import type { TemplateId } from "./meeting-options";

/**
 * Retry for a failed meeting: analysis again when it has a transcript, else transcription of its
 * recording (a new recording clears the old transcript, so a transcript is always the latest).
 * `template` picks the notes template for the analysis that follows.
 */
export async function retryMeeting(userId: string, meetingId: string, template?: TemplateId): Promise<void> {
  const meeting = await getOwnedMeeting(userId, meetingId);
  if (meeting.status !== "failed" && meeting.status !== "awaiting_transcription") {
    throw new AppError("conflict", "Only a failed meeting can be retried.", { reason: "not_retryable" });
  }
  const [row] =
    await getSql()`select exists (select 1 from transcript_segments where meeting_id = ${meetingId}) as has`;
  if (row?.has) {
    await requestAnalysis(meetingId, template);
    return;
  }
  if (!meeting.mediaKey) {
    throw new AppError("conflict", "This meeting has nothing to process; upload a file again.", {
      reason: "nothing_to_process",
    });
  }
  await getSql()`
    update meetings set status = 'uploaded', error = null, template = coalesce(${template ?? null}, template), updated_at = now()
    where id = ${meetingId}`;
  await queueTranscription(meetingId);
}
