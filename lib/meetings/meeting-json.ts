import type { Meeting } from "@/lib/kernel/db/schema";
import { englishReason } from "@/lib/kernel/reasons";

export type ParticipantJson = { name: string; email?: string };

export type MeetingJson = {
  id: string;
  title: string;
  status: Meeting["status"];
  source: Meeting["source"];
  language: Meeting["language"];
  participants: ParticipantJson[];
  startedAt: string | null;
  endedAt: string | null;
  durationMs: number | null;
  createdAt: string;
  error?: string;
};

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** The API's meeting object (DESIGN §5). */
export function toMeetingJson(
  meeting: Meeting,
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
