import type { PendingQuery, Row, Sql } from "postgres";
import type { QueryAnalysis } from "./query-terms";
import { type CorpusStats, idf, stemCounts, turnKey } from "./rank-turns";
import { type ChatScope, scopedMeetings } from "./scope";

/** A meeting's note the chat can answer from, with the segments it cites. */
export type Note = {
  kind: "summary" | "decision" | "keyPoint" | "question" | "actionItem";
  meetingId: string;
  text: string;
  seqs: number[];
  owner: string | null;
  dueDate: string | null;
  done: boolean;
};

type InsightRow = {
  meeting_id: string;
  summary: string;
  key_points: { text: string; seqs: number[] }[];
  decisions: { text: string; seqs: number[] }[];
  questions: { text: string; seqs: number[] }[];
};
type ActionRow = {
  meeting_id: string;
  text: string;
  owner: string | null;
  due_date: string | null;
  done: boolean;
  seq: number | null;
};

const MAX_SCOPE_MEETINGS = 200;

async function notesWhere(sql: Sql, userId: string, meetings: PendingQuery<Row[]>): Promise<Note[]> {
  const [insights, actions] = await Promise.all([
    sql<InsightRow[]>`
      select i.meeting_id, i.summary, i.key_points, i.decisions, i.questions from insights i
      join meetings m on m.id = i.meeting_id
      where m.owner_id = ${userId} and m.status = 'ready' and i.meeting_id in (${meetings})
      order by coalesce(m.started_at, m.created_at) desc`,
    sql<ActionRow[]>`
      select a.meeting_id, a.text, a.owner, to_char(a.due_date, 'YYYY-MM-DD') as due_date, a.done, a.seq
      from action_items a
      where a.owner_id = ${userId} and a.meeting_id in (${meetings})
      order by a.done, a.due_date nulls last, a.created_at`,
  ]);
  const notes: Note[] = [];
  const item = (kind: Note["kind"], meetingId: string) => (entry: { text: string; seqs: number[] }) =>
    notes.push({
      kind,
      meetingId,
      text: entry.text,
      seqs: entry.seqs ?? [],
      owner: null,
      dueDate: null,
      done: false,
    });
  for (const row of insights) {
    if (row.summary.trim()) {
      const seqs = row.key_points[0]?.seqs ?? [];
      notes.push({
        kind: "summary",
        meetingId: row.meeting_id,
        text: row.summary,
        seqs,
        owner: null,
        dueDate: null,
        done: false,
      });
    }
    row.decisions.forEach(item("decision", row.meeting_id));
    row.key_points.forEach(item("keyPoint", row.meeting_id));
    row.questions.forEach(item("question", row.meeting_id));
  }
  for (const row of actions) {
    notes.push({
      kind: "actionItem",
      meetingId: row.meeting_id,
      text: row.text,
      seqs: row.seq === null ? [] : [row.seq],
      owner: row.owner,
      dueDate: row.due_date,
      done: row.done,
    });
  }
  return notes;
}

/** Notes of the given meetings (ids the caller does not own read nothing). */
export function loadNotes(sql: Sql, userId: string, meetingIds: readonly string[]): Promise<Note[]> {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return notesWhere(sql, userId, sql`select unnest(${[...meetingIds]}::uuid[])`);
}

/** Notes of every meeting in a chat's scope (the most recent ones when there are very many). */
export function loadScopeNotes(sql: Sql, userId: string, scope: ChatScope): Promise<Note[]> {
  return notesWhere(
    sql,
    userId,
    sql`select id from (${scopedMeetings(sql, userId, scope)}) scoped
      join meetings using (id) order by coalesce(started_at, created_at) desc limit ${MAX_SCOPE_MEETINGS}`,
  );
}

/** How well a note matches the question: the IDF of the question's words it contains, and their share. */
export function noteMatch(
  query: QueryAnalysis,
  note: Pick<Note, "text">,
  stats: CorpusStats,
): { score: number; coverage: number } {
  const counts = new Map<string, number>();
  for (const [key, count] of stemCounts(note.text, "en")) counts.set(`en:${key}`, count);
  for (const [key, count] of stemCounts(note.text, "es")) counts.set(`es:${key}`, count);
  let score = 0;
  const covered = new Set<string>();
  let total = 0;
  const sources = new Map<string, number>();
  query.terms.forEach((term, i) => {
    sources.set(term.source, Math.max(sources.get(term.source) ?? 0, term.weight));
    if (!counts.has(`en:${term.stems.en}`) && !counts.has(`es:${term.stems.es}`)) return;
    score += term.weight * idf(stats.df[i] ?? 0, Math.max(stats.turns, 1));
    covered.add(term.source);
  });
  let coverage = 0;
  for (const [source, weight] of sources) {
    total += weight;
    if (covered.has(source)) coverage += weight;
  }
  return { score, coverage: total > 0 ? coverage / total : 0 };
}

const NOTE_WEIGHT = 0.5;
const NOTE_MIN_COVERAGE = 0.5;

/** Extra rank for turns that a note on the question's topic cites: the notes already judged them central. */
export function noteBoosts(
  query: QueryAnalysis,
  notes: readonly Note[],
  stats: CorpusStats,
  weight = NOTE_WEIGHT,
): Map<string, number> {
  const boosts = new Map<string, number>();
  for (const note of notes) {
    const match = noteMatch(query, note, stats);
    if (match.coverage < NOTE_MIN_COVERAGE) continue;
    for (const seq of note.seqs) {
      const key = turnKey({ meetingId: note.meetingId, seq });
      boosts.set(key, Math.max(boosts.get(key) ?? 0, weight * match.score));
    }
  }
  return boosts;
}
