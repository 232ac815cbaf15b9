import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { getOwnedMeeting } from "./get-meeting";
import type { TemplateId } from "./meeting-options";
import type { MeetingStatus } from "./meeting-status";
import { changeStatus } from "./status";

/**
 * Marks a meeting as analyzing (with an optional new template) and queues the analysis, in one
 * transaction. Returns false when its status doesn't allow it (DESIGN §5's table).
 */
export async function requestAnalysis(
  meetingId: string,
  template?: string,
  from?: readonly MeetingStatus[],
): Promise<boolean> {
  return getSql().begin(async (sql) => {
    const moved = await changeStatus(
      meetingId,
      { to: "analyzing", next: "analyze", ...(from ? { from } : {}) },
      sql,
    );
    if (moved && template) await sql`update meetings set template = ${template} where id = ${meetingId}`;
    return moved;
  });
}

/**
 * Retry for a failed meeting: analysis again when it has a transcript, else transcription of its
 * recording (a new recording clears the old transcript, so a transcript is always the latest).
 * `template` picks the notes template for the analysis that follows.
 */
export async function retryMeeting(userId: string, meetingId: string, template?: TemplateId): Promise<void> {
  const meeting = await getOwnedMeeting(userId, meetingId);
  const retryable: MeetingStatus[] = ["failed", "awaiting_transcription"];
  if (!retryable.includes(meeting.status)) {
    throw new AppError("conflict", "Only a failed meeting can be retried.", { reason: "not_retryable" });
  }
  const [row] =
    await getSql()`select exists (select 1 from transcript_segments where meeting_id = ${meetingId}) as has`;
  if (row?.has) {
    await requestAnalysis(meetingId, template, retryable);
    return;
  }
  if (!meeting.mediaKey) {
    throw new AppError("conflict", "This meeting has nothing to process; upload a file again.", {
      reason: "nothing_to_process",
    });
  }
  await getSql().begin(async (sql) => {
    const moved = await changeStatus(meetingId, { to: "uploaded", from: retryable, next: "transcribe" }, sql);
    if (moved && template) await sql`update meetings set template = ${template} where id = ${meetingId}`;
  });
}
