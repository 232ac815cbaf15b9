import { englishReason } from "@/lib/kernel/reasons";
import type { MeetingRow } from "./rows";
import type { MeetingJson } from "./schemas";

// The type comes from the schema the OpenAPI document shows (./schemas.ts).
export type { MeetingJson, ParticipantJson } from "./schemas";

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** The API's meeting object (DESIGN §5). */
export function toMeetingJson(
  meeting: MeetingRow,
  participants: { name: string; email: string | null }[],
): MeetingJson {
  return {
    id: meeting.id,
    title: meeting.title,
    status: meeting.status,
    source: meeting.source,
    language: meeting.language,
    participants: participants.map((p) => (p.email ? { name: p.name, email: p.email } : { name: p.name })),
    startedAt: iso(meeting.startedAt),
    endedAt: iso(meeting.endedAt),
    durationMs: meeting.durationMs,
    createdAt: meeting.createdAt.toISOString(),
    // Stored as a code (lib/kernel/reasons.ts); the API says it in English, as DESIGN §5's string.
    ...(meeting.error ? { error: englishReason(meeting.error) } : {}),
  };
}
