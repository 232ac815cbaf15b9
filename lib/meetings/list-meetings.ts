import { createdAtCursorSchema, decodeCursor, encodeCursor } from "@/lib/api/cursor";
import { getSql } from "@/lib/db/client";
import type { Meeting } from "@/lib/db/schema";
import { transcriptMatchSql } from "@/lib/search/ts-query";
import { participantsOf } from "./get-meeting";
import { type MeetingJson, toMeetingJson } from "./meeting-json";
import { type ListMeetingsQuery, listMeetingsQuerySchema } from "./schemas";

type MeetingRow = {
  id: string;
  owner_id: string;
  title: string;
  status: Meeting["status"];
  source: Meeting["source"];
  language: Meeting["language"];
  template: string;
  started_at: Date | null;
  ended_at: Date | null;
  duration_ms: string | null;
  media_key: string | null;
  media_mime: string | null;
  media_size: string | null;
  error: string | null;
  created_at: Date;
  updated_at: Date;
};

export function meetingFromRow(row: MeetingRow): Meeting {
  return {
    id: row.id,
    ownerId: row.owner_id,
    title: row.title,
    status: row.status,
    source: row.source,
    language: row.language,
    template: row.template,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    durationMs: row.duration_ms === null ? null : Number(row.duration_ms),
    mediaKey: row.media_key,
    mediaMime: row.media_mime,
    mediaSize: row.media_size === null ? null : Number(row.media_size),
    error: row.error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** `text` as an ILIKE pattern that finds it anywhere: its own `%`, `_` and backslash match only themselves. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The user's meetings, newest first, filtered by full text, status, participant and date; keyset-paged. */
export async function listMeetings(
  userId: string,
  input: Partial<ListMeetingsQuery>,
): Promise<{ data: MeetingJson[]; nextCursor: string | null }> {
  const query = listMeetingsQuerySchema.parse(input);
  const after = decodeCursor(query.cursor, createdAtCursorSchema);
  const sql = getSql();
  const text = query.q?.trim();
  const rows = await sql<MeetingRow[]>`
    select m.* from meetings m
    where m.owner_id = ${userId}
      ${query.status ? sql`and m.status = ${query.status}` : sql``}
      ${query.from ? sql`and m.created_at >= ${query.from}::timestamptz` : sql``}
      ${query.to ? sql`and m.created_at < (${query.to}::date + 1)::timestamptz` : sql``}
      ${
        query.participant
          ? sql`and exists (select 1 from participants p where p.meeting_id = m.id and p.name ilike ${containsPattern(query.participant)})`
          : sql``
      }
      ${
        text
          ? sql`and (m.title ilike ${containsPattern(text)} or exists (
              select 1 from transcript_segments s
              where s.meeting_id = m.id and ${transcriptMatchSql(sql, sql`s.search`, text)}))`
          : sql``
      }
      ${after ? sql`and (m.created_at, m.id) < (${after.c}::timestamptz, ${after.i}::uuid)` : sql``}
    order by m.created_at desc, m.id desc
    limit ${query.limit + 1}`;
  const page = rows.slice(0, query.limit).map(meetingFromRow);
  const people = await participantsOf(page.map((m) => m.id));
  const last = page.at(-1);
  return {
    data: page.map((m) => toMeetingJson(m, people.get(m.id) ?? [])),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ c: last.createdAt.toISOString(), i: last.id })
        : null,
  };
}
