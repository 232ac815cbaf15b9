import type { Reason } from "@/lib/kernel/reasons";
import type { MeetingStatus } from "@/lib/meetings/meeting-status";
import { changeStatus } from "@/lib/meetings/status";

/**
 * Marks a meeting `failed` with the reason (meeting.failed recorded in the same transaction).
 * Only from one of the `from` statuses: a job replayed after the meeting moved on (or was deleted)
 * changes nothing and sends no second event. Returns whether the meeting was marked.
 */
export async function failMeeting(
  meetingId: string,
  reason: Reason,
  from: readonly MeetingStatus[],
): Promise<boolean> {
  return changeStatus(meetingId, { to: "failed", from, error: reason });
}
