import type { Sql } from "postgres";
import { getSql } from "@/lib/kernel/db/client";
import type { Language } from "@/lib/kernel/text/stem";
import { searchQuerySql } from "@/lib/search/ts-query";
import { loadNotes, type Note, noteBoosts } from "./notes";
import { analyzeQuery, type QueryAnalysis, type QueryTerm } from "./query-terms";
import {
  type CorpusStats,
  mentionedSpeakers,
  type RankOptions,
  rankTurns,
  type ScoredTurn,
  type SpeakerMatch,
  type Turn,
} from "./rank-turns";
import { type ChatScope, scopedMeetings } from "./scope";
import { distinctTurns, type Passage, type PassageTurn, passagesAround } from "./select-passages";

export type RetrievedMeeting = {
  id: string;
  title: string;
  /** 1-based; the `2` of segment label `m2:14`. */
  number: number;
  date: Date;
  language: Language;
};

export type { Passage, PassageTurn } from "./select-passages";

export type Retrieval = {
  query: QueryAnalysis;
  /** Every matched turn, best first. */
  ranked: ScoredTurn[];
  /** The best turns from distinct stretches of talk, best first. */
  top: ScoredTurn[];
  passages: Passage[];
  /** Meetings the passages and notes come from, numbered for segment labels. */
  meetings: RetrievedMeeting[];
  /** Notes (decisions, key points, open questions, action items) of the meetings involved. */
  notes: Note[];
  stats: CorpusStats;
  /** Speakers the question names, and the question's words that named them. */
  speakers: SpeakerMatch;
};

export type RetrieveOptions = ChatScope & {
  /** Stretches of talk handed to the answer. */
  passages?: number;
  /** Turns either side of a passage's anchor. */
  radius?: number;
  top?: number;
  rank?: RankOptions;
  /** How much a note on the topic lifts the turns it cites. */
  noteWeight?: number;
};

const CANDIDATES = 400;
const NOTE_MEETINGS = 10;

type CandidateRow = {
  meeting_id: string;
  seq: number;
  speaker: string;
  text: string;
  start_ms: number;
  config: string;
  length: number;
};

const languageOf = (config: string): Language => (config === "spanish" ? "es" : "en");

/** What finds a term in the talk: the word, and an acronym spelled out as well ("L_C_D_"). */
function termQuery(sql: Sql, term: QueryTerm) {
  const word = searchQuerySql(sql, term.word);
  return term.spelled ? sql`(${word} || ${searchQuerySql(sql, term.spelled)})` : word;
}

function orQuery(sql: Sql, query: QueryAnalysis) {
  return query.terms.map((term) => termQuery(sql, term)).reduce((all, next) => sql`${all} || ${next}`);
}

async function corpusStats(sql: Sql, userId: string, scope: ChatScope, query: QueryAnalysis) {
  const df = query.terms.map(
    (term) => sql`(select count(*) from transcript_segments s
      where s.meeting_id in (select id from scope) and s.search @@ ${termQuery(sql, term)})::int`,
  );
  const [row] = await sql<{ turns: number; avg_length: number; df: number[] }[]>`
    with scope as (${scopedMeetings(sql, userId, scope)})
    select count(*)::int as turns, coalesce(avg(length(s.search)), 0)::float8 as avg_length,
      array[${df.reduce((all, next) => sql`${all}, ${next}`)}]::int[] as df
    from transcript_segments s where s.meeting_id in (select id from scope)`;
  return { turns: row?.turns ?? 0, avgLength: row?.avg_length ?? 0, df: row?.df ?? [] };
}

async function candidates(sql: Sql, userId: string, scope: ChatScope, query: QueryAnalysis): Promise<Turn[]> {
  const rows = await sql<CandidateRow[]>`
    with scope as (${scopedMeetings(sql, userId, scope)}), q as (select ${orQuery(sql, query)} as query)
    select s.meeting_id, s.seq, s.speaker, s.text, s.start_ms, s.search_config::text as config,
      length(s.search) as length
    from transcript_segments s cross join q
    where s.meeting_id in (select id from scope) and s.search @@ q.query
    order by ts_rank(s.search, q.query) desc, s.meeting_id, s.seq
    limit ${CANDIDATES}`;
  return rows.map((row) => ({
    meetingId: row.meeting_id,
    seq: row.seq,
    speaker: row.speaker,
    text: row.text,
    startMs: row.start_ms,
    language: languageOf(row.config),
    length: row.length,
  }));
}

async function passageTurns(
  sql: Sql,
  userId: string,
  anchors: readonly ScoredTurn[],
  radius: number,
): Promise<PassageTurn[]> {
  if (anchors.length === 0) return [];
  const rows = await sql<Omit<CandidateRow, "length">[]>`
    select s.meeting_id, s.seq, s.speaker, s.text, s.start_ms, s.search_config::text as config
    from transcript_segments s
    join unnest(${anchors.map((a) => a.meetingId)}::uuid[], ${anchors.map((a) => a.seq - radius)}::int[],
      ${anchors.map((a) => a.seq + radius)}::int[]) as w(meeting_id, lo, hi)
      on s.meeting_id = w.meeting_id and s.seq between w.lo and w.hi
    where s.meeting_id in (select id from meetings where owner_id = ${userId})
    order by s.meeting_id, s.seq`;
  const seen = new Set<string>();
  const turns: PassageTurn[] = [];
  for (const row of rows) {
    const key = `${row.meeting_id}:${row.seq}`;
    if (seen.has(key)) continue;
    seen.add(key);
    turns.push({
      meetingId: row.meeting_id,
      seq: row.seq,
      speaker: row.speaker,
      text: row.text,
      startMs: row.start_ms,
      language: languageOf(row.config),
      matched: false,
    });
  }
  return turns;
}

async function meetingInfo(sql: Sql, userId: string, ids: readonly string[]): Promise<RetrievedMeeting[]> {
  if (ids.length === 0) return [];
  const rows = await sql<{ id: string; title: string; date: Date; language: string }[]>`
    select id, title, coalesce(started_at, created_at) as date, language from meetings
    where owner_id = ${userId} and id = any(${ids as string[]}::uuid[])`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id, index) => {
    const row = byId.get(id);
    if (!row) return [];
    const language: Language = row.language === "es" ? "es" : "en";
    return [{ id, title: row.title, number: index + 1, date: row.date, language }];
  });
}

/**
 * Finds what the caller's meetings say about a question: full-text candidates from Postgres
 * (any of the question's words or their synonyms, in English, Spanish or unstemmed), reranked
 * here by BM25 with the surrounding talk as context, speakers the question names, and the notes
 * that cite a turn; then the best distinct stretches of talk around the top turns.
 * Only meetings `userId` owns are ever read.
 */
export async function retrieve(
  userId: string,
  question: string,
  options: RetrieveOptions = {},
): Promise<Retrieval> {
  const sql = getSql();
  const query = analyzeQuery(question);
  const scope: ChatScope = { meetingIds: options.meetingIds, from: options.from, to: options.to };
  const empty: Retrieval = {
    query,
    ranked: [],
    top: [],
    passages: [],
    meetings: [],
    notes: [],
    stats: { turns: 0, avgLength: 0, df: [] },
    speakers: { speakers: new Set(), nameStems: new Set(), complete: false },
  };
  if (query.terms.length === 0) return empty;

  const [stats, found] = await Promise.all([
    corpusStats(sql, userId, scope, query),
    candidates(sql, userId, scope, query),
  ]);
  const rankOptions = options.rank ?? {};
  let ranked = rankTurns(query, found, stats, rankOptions);
  const noteMeetings = [...new Set(ranked.map((turn) => turn.meetingId))].slice(0, NOTE_MEETINGS);
  const notes = await loadNotes(sql, userId, noteMeetings);
  const boosts = noteBoosts(query, notes, stats, options.noteWeight);
  if (boosts.size > 0) ranked = rankTurns(query, found, stats, { ...rankOptions, noteBoosts: boosts });

  const top = distinctTurns(ranked, Math.max(options.top ?? 10, options.passages ?? 12));
  const anchors = top.slice(0, options.passages ?? 12);
  const radius = options.radius ?? 2;
  const around = await passageTurns(sql, userId, anchors, radius);
  const passages = passagesAround(anchors, around, ranked, radius);
  const meetingIds = [...new Set([...passages.map((p) => p.meetingId), ...notes.map((n) => n.meetingId)])];
  const speakers = mentionedSpeakers(
    query,
    found.map((turn) => turn.speaker),
  );
  return {
    query,
    ranked,
    top,
    passages,
    meetings: await meetingInfo(sql, userId, meetingIds),
    notes,
    stats,
    speakers,
  };
}
