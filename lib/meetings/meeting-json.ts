import type { MeetingRow } from "./rows";

export type ParticipantJson = { name: string; email?: string };

export type MeetingJson = {
  id: string;
  title: string;
  status: MeetingRow["status"];
  source: MeetingRow["source"];
  language: MeetingRow["language"];
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
    ...(meeting.error ? { error: meeting.error } : {}),
  };
}
