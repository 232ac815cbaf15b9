import { getSql } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { queueTranscription, requestAnalysis } from "@/lib/jobs/processing";
import { getOwnedMeeting } from "./get-meeting";

/** Retry for a failed meeting: analysis again when it has a transcript, else transcription of its recording. */
export async function retryMeeting(userId: string, meetingId: string): Promise<void> {
  const meeting = await getOwnedMeeting(userId, meetingId);
  if (meeting.status !== "failed" && meeting.status !== "awaiting_transcription") {
    throw new AppError("conflict", "Only a failed meeting can be retried.");
  }
  const [row] =
    await getSql()`select exists (select 1 from transcript_segments where meeting_id = ${meetingId}) as has`;
  if (row?.has) {
    await requestAnalysis(meetingId);
    return;
  }
  if (!meeting.mediaKey)
    throw new AppError("conflict", "This meeting has nothing to process; upload a file again.");
  await getSql()`update meetings set status = 'uploaded', error = null, updated_at = now() where id = ${meetingId}`;
  await queueTranscription(meetingId);
}
