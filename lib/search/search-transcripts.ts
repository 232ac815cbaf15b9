import { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/kernel/cursor";
import { getSql } from "@/lib/kernel/db/client";
import type { SearchHit } from "./schemas";
import { GT, LT, MATCH_END, MATCH_START, snippetFromHeadline } from "./snippet";
import { searchQuerySql, transcriptMatchSql } from "./ts-query";

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, { message: "must not be empty" }).max(500),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  meetingId: z.uuid().optional(),
});

export type { SearchHit };

/**
 * Ranking reads every row it ranks, and a common word matches a large share of a long history.
 * So matches are taken in blocks of BLOCK, newest meeting first (an index walk that stops early),
 * and ranked within their block: a query with fewer matches is ranked exactly, a broader one shows
 * the best of its most recent BLOCK matches first, then the next block's. Every match is reachable
 * and the order is the same on every request, so pages never repeat or skip a hit.
 */
export const BLOCK = 500;
const cursorSchema = z.object({
  b: z.number().int().min(0).max(10_000),
  o: z.number().int().min(0).max(BLOCK),
});
type Position = z.infer<typeof cursorSchema>;

const FRAGMENTS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
// A short line is shown whole: fragments would drop its leading punctuation ("<b>" → "b>").
const WHOLE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;
const WHOLE_UP_TO = 280;

type Row = Omit<SearchHit, "snippet" | "ranges"> & { headline: string };

/** Up to `take` hits of one block, from `from.o` on, best first. */
async function blockHits(
  userId: string,
  query: z.output<typeof searchQuerySchema>,
  from: Position,
  take: number,
) {
  const sql = getSql();
  return sql<Row[]>`
    with candidates as (
      select s.meeting_id, m.title, s.seq, s.start_ms, s.speaker, s.text, s.search_config, s.search, m.created_at
      from transcript_segments s
      join meetings m on m.id = s.meeting_id
      where m.owner_id = ${userId} and ${transcriptMatchSql(sql, sql`s.search`, query.q)}
        ${query.meetingId ? sql`and s.meeting_id = ${query.meetingId}` : sql``}
      order by m.created_at desc, s.meeting_id desc, s.seq
      limit ${BLOCK} offset ${from.b * BLOCK}
    ),
    hits as (
      select c.*, ts_rank_cd(c.search, ${searchQuerySql(sql, query.q)}) as rank
      from candidates c
      order by rank desc, c.created_at desc, c.meeting_id, c.seq
      limit ${take} offset ${from.o}
    )
    select h.meeting_id as "meetingId", h.title, h.seq, h.start_ms as "startMs", h.speaker,
           ts_headline(h.search_config, translate(h.text, '<>', ${LT + GT}), ${searchQuerySql(sql, query.q)},
             case when length(h.text) <= ${WHOLE_UP_TO} then ${WHOLE} else ${FRAGMENTS} end) as headline
    from hits h
    order by h.rank desc, h.created_at desc, h.meeting_id, h.seq`;
}

/** Full-text search over the caller's transcripts, best matches first, with plain-text snippets. */
export async function searchTranscripts(
  userId: string,
  input: z.input<typeof searchQuerySchema>,
): Promise<{ data: SearchHit[]; nextCursor: string | null }> {
  const query = searchQuerySchema.parse(input);
  let at: Position = decodeCursor(query.cursor, cursorSchema) ?? { b: 0, o: 0 };
  // One more than the page, to know whether another follows and where it starts.
  const rows: (Row & { position: Position })[] = [];
  for (;;) {
    const want = query.limit + 1 - rows.length;
    const found = await blockHits(userId, query, at, want);
    rows.push(...found.map((row, index) => ({ ...row, position: { b: at.b, o: at.o + index } })));
    // A block ends short of BLOCK only when the matches run out.
    if (found.length === want || at.o + found.length < BLOCK) break;
    at = { b: at.b + 1, o: 0 };
  }
  const page = rows.slice(0, query.limit);
  const next = rows[query.limit]?.position;
  return {
    data: page.map(({ headline, position: _position, ...hit }) => ({
      ...hit,
      ...snippetFromHeadline(headline),
    })),
    nextCursor: next ? encodeCursor(next) : null,
  };
}
