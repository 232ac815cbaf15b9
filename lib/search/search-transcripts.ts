import { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/api/cursor";
import { getSql } from "@/lib/db/client";
import { GT, LT, MATCH_END, MATCH_START, snippetFromHeadline } from "./snippet";
import { searchQuerySql } from "./ts-query";

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, { message: "must not be empty" }).max(500),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  meetingId: z.uuid().optional(),
});

export type SearchHit = {
  meetingId: string;
  title: string;
  seq: number;
  startMs: number;
  speaker: string;
  snippet: string;
  ranges: [number, number][];
};

const cursorSchema = z.object({ o: z.number().int().min(0).max(100_000) });
// Ranking reads every matching row, so a query matching most of a large history is ranked within
// its first CANDIDATES matches; narrower queries (almost all real ones) are ranked exactly.
const CANDIDATES = 2000;
const FRAGMENTS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
// A short line is shown whole: fragments would drop its leading punctuation ("<b>" → "b>").
const WHOLE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;
const WHOLE_UP_TO = 280;

/** Full-text search over the caller's transcripts, best matches first, with plain-text snippets. */
export async function searchTranscripts(
  userId: string,
  input: z.input<typeof searchQuerySchema>,
): Promise<{ data: SearchHit[]; nextCursor: string | null }> {
  const query = searchQuerySchema.parse(input);
  const offset = decodeCursor(query.cursor, cursorSchema)?.o ?? 0;
  const sql = getSql();
  const rows = await sql<(Omit<SearchHit, "snippet" | "ranges"> & { headline: string })[]>`
    with q as (select ${searchQuerySql(sql, query.q)} as query),
    candidates as (
      select s.meeting_id, m.title, s.seq, s.start_ms, s.speaker, s.text, s.search_config, s.search, m.created_at
      from transcript_segments s
      join meetings m on m.id = s.meeting_id
      cross join q
      where m.owner_id = ${userId} and s.search @@ q.query
        ${query.meetingId ? sql`and s.meeting_id = ${query.meetingId}` : sql``}
      limit ${CANDIDATES}
    ),
    hits as (
      select c.*, ts_rank_cd(c.search, q.query) as rank
      from candidates c cross join q
      order by rank desc, c.created_at desc, c.meeting_id, c.seq
      limit ${query.limit + 1} offset ${offset}
    )
    select h.meeting_id as "meetingId", h.title, h.seq, h.start_ms as "startMs", h.speaker,
           ts_headline(h.search_config, translate(h.text, '<>', ${LT + GT}), q.query,
             case when length(h.text) <= ${WHOLE_UP_TO} then ${WHOLE} else ${FRAGMENTS} end) as headline
    from hits h cross join q
    order by h.rank desc, h.created_at desc, h.meeting_id, h.seq`;
  const page = rows.slice(0, query.limit);
  return {
    data: page.map(({ headline, ...hit }) => ({ ...hit, ...snippetFromHeadline(headline) })),
    nextCursor: rows.length > query.limit ? encodeCursor({ o: offset + query.limit }) : null,
  };
}
