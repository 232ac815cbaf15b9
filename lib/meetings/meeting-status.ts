// The meeting status values and their type, and nothing else: client components import it.
// Changing a meeting's status is lib/meetings/status.ts's job.

/** Every status a meeting can have, in the order a meeting moves through them. */
export const MEETING_STATUSES = [
  "created",
  "live",
  "uploaded",
  "transcribing",
  "awaiting_transcription",
  "analyzing",
  "ready",
  "failed",
] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
