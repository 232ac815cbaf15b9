import { createdAtCursorSchema, decodeCursor, encodeCursor } from "@/lib/kernel/cursor";
import { boundInstant } from "@/lib/kernel/dates";
import { getSql } from "@/lib/kernel/db/client";
import { transcriptMatchSql } from "@/lib/search/ts-query";
import { type MeetingJson, toMeetingJson } from "./meeting-json";
import { type MeetingRowWithPeople, meetingWithPeopleColumns } from "./meeting-rows";
import { type ListMeetingsQuery, listMeetingsQuerySchema } from "./schemas";

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
  // Participants come along in the same query (one round trip per page, however long).
  const rows = await sql<MeetingRowWithPeople[]>`
    select ${meetingWithPeopleColumns(sql)} from meetings m
    where m.owner_id = ${userId}
      ${query.status ? sql`and m.status = ${query.status}` : sql``}
      ${query.from ? sql`and m.created_at >= ${boundInstant(query.from, "from")}` : sql``}
      ${query.to ? sql`and m.created_at < ${boundInstant(query.to, "to")}` : sql``}
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
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => toMeetingJson(row, row.people)),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ c: last.createdAt.toISOString(), i: last.id })
        : null,
  };
}
