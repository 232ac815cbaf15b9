import { getSql } from "@/lib/kernel/db/client";
import { announceMeetingFailed, recordMeetingFailed } from "./meeting-events";

/**
 * Marks a meeting `failed` with the reason, and records meeting.failed in the same transaction.
 * Only from one of the `from` statuses: a job replayed after the meeting moved on (or was deleted)
 * changes nothing and sends no second event. Returns whether the meeting was marked.
 */
export async function failMeeting(
  meetingId: string,
  reason: string,
  from: readonly string[],
): Promise<boolean> {
  const failed = await getSql().begin(async (tx) => {
    const [row] = await tx`
      update meetings set status = 'failed', error = ${reason}, updated_at = now()
      where id = ${meetingId} and status = any(${from as string[]}::text[]) returning id`;
    if (!row) return false;
    await recordMeetingFailed(tx, meetingId);
    return true;
  });
  if (failed) await announceMeetingFailed(meetingId);
  return failed;
}
