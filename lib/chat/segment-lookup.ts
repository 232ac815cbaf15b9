import { getSql } from "@/lib/kernel/db/client";
import { type Citation, citationOf } from "./citations";

export const refKey = (meetingId: string, seq: number) => `${meetingId}:${seq}`;

/** Citations for (meeting, seq) pairs of the caller's meetings; pairs that don't resolve are left out. */
export async function citationsFor(
  userId: string,
  refs: readonly { meetingId: string; seq: number }[],
): Promise<Map<string, Citation>> {
  if (refs.length === 0) return new Map();
  const rows = await getSql()<
    { meeting_id: string; seq: number; speaker: string; text: string; start_ms: number }[]
  >`
    select s.meeting_id, s.seq, s.speaker, s.text, s.start_ms
    from transcript_segments s
    join unnest(${refs.map((ref) => ref.meetingId)}::uuid[], ${refs.map((ref) => ref.seq)}::int[]) as r(meeting_id, seq)
      on s.meeting_id = r.meeting_id and s.seq = r.seq
    join meetings m on m.id = s.meeting_id
    where m.owner_id = ${userId}`;
  return new Map(
    rows.map((row) => [
      refKey(row.meeting_id, row.seq),
      citationOf({
        meetingId: row.meeting_id,
        seq: row.seq,
        speaker: row.speaker,
        startMs: row.start_ms,
        text: row.text,
      }),
    ]),
  );
}

/** Titles of the caller's meetings, for citation chips. */
export async function meetingTitles(userId: string, ids: readonly string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const rows = await getSql()<{ id: string; title: string }[]>`
    select id, title from meetings where owner_id = ${userId} and id = any(${[...ids]}::uuid[])`;
  return Object.fromEntries(rows.map((row) => [row.id, row.title]));
}

/** When a line of one of the caller's meetings starts, for opening a citation there (null if there is none). */
export async function lineStartMs(userId: string, meetingId: string, seq: number): Promise<number | null> {
  if (!Number.isSafeInteger(seq) || seq < 0 || seq > 2_147_483_647) return null;
  const found = await citationsFor(userId, [{ meetingId, seq }]);
  return found.get(refKey(meetingId, seq))?.startMs ?? null;
}
