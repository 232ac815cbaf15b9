import type { ExportMeeting, ExportSegments } from "./export-meeting";

/** Minuta's export, `{ version: 1, meeting, segments }`, written a segment at a time; importable again. */
export async function* toJson(meeting: ExportMeeting, segments: ExportSegments): AsyncGenerator<string> {
  const header = {
    id: meeting.id,
    title: meeting.title,
    language: meeting.language,
    participants: meeting.participants.map(({ name, email }) => (email ? { name, email } : { name })),
    startedAt: meeting.startedAt,
    endedAt: meeting.endedAt,
    durationMs: meeting.durationMs,
    createdAt: meeting.createdAt,
  };
  yield `{"version":1,"meeting":${JSON.stringify(header)},"segments":[`;
  let separator = "\n";
  for await (const { seq, speaker, text, startMs, endMs } of segments) {
    yield `${separator}${JSON.stringify({ seq, speaker, text, startMs, endMs })}`;
    separator = ",\n";
  }
  yield "\n]}\n";
}
