import { fill } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/messages";
import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { detectLanguage } from "@/lib/kernel/text/detect-language";
import { fold } from "@/lib/kernel/text/fold";
import type { Language } from "@/lib/kernel/text/stem";

/** The notes of a meeting that questions are drawn from. */
export type MeetingNotes = {
  decisions: { text: string }[] | null;
  questions: { text: string }[] | null;
  keywords: { term: string; count: number }[] | null;
  actionItems: number;
};

/** A meeting's notes with what tells its language: the one set on it, else a sample of its lines. */
type Row = MeetingNotes & { language: "auto" | "es" | "en"; sample: string[] | null };

const MAX_SUGGESTIONS = 4;
const RECENT_MEETINGS = 3;

/**
 * Questions a meeting's notes can answer, best first: what was decided about its main topics,
 * the user's action items, open questions, what was said about another topic. Written in
 * `language` (the reader's); a topic is a word of the meeting's language (`meetingLanguage`), so
 * when that differs it is quoted as a term rather than read as a word of the question.
 */
export function questionsFrom(
  notes: MeetingNotes,
  language: Language,
  meetingLanguage: Language = language,
): string[] {
  const t = messagesFor(language).chat.suggestions;
  const decideAbout = meetingLanguage === language ? t.decideAbout : t.decideAboutTerm;
  const keywords = (notes.keywords ?? []).map((keyword) => keyword.term).filter((term) => term.length > 2);
  const decided = keywords.filter((term) =>
    (notes.decisions ?? []).some((decision) => fold(decision.text).includes(fold(term))),
  );
  const questions: string[] = [];
  for (const topic of decided.slice(0, 2)) questions.push(fill(decideAbout, { topic }));
  if (notes.actionItems > 0) questions.push(t.myActionItems);
  if ((notes.questions ?? []).length > 0) questions.push(t.openQuestions);
  const talkedAbout = keywords.find((term) => !decided.includes(term));
  if (talkedAbout) questions.push(fill(t.saidAbout, { topic: talkedAbout }));
  return [...new Set(questions)];
}

/** The language a meeting was held in: the one set on it, else the one its lines are in. */
function meetingLanguage(row: Row): Language {
  return row.language === "auto" ? detectLanguage(row.sample ?? []) : row.language;
}

/** Takes questions from each list in turn, so every meeting gets a say before any gets a second. */
export function interleave(lists: string[][], limit: number): string[] {
  const picked = new Set<string>();
  for (let round = 0; picked.size < limit && lists.some((list) => list.length > round); round++) {
    for (const list of lists) {
      const question = list[round];
      if (question && picked.size < limit) picked.add(question);
    }
  }
  return [...picked];
}

/**
 * Questions worth asking one meeting, from its notes, ending with what it was about; in
 * `language` (the reader's), else in the meeting's. Another user's meeting (or a missing one) is a 404.
 */
export async function suggestedQuestions(
  userId: string,
  meetingId: string,
  language?: Language,
): Promise<string[]> {
  const [row] = await getSql()<Row[]>`
    select m.language, i.decisions, i.questions, i.keywords,
      (select count(*)::int from action_items a where a.meeting_id = m.id) as "actionItems",
      (select array_agg(s.text) from (select text from transcript_segments where meeting_id = m.id order by seq limit 40) s) as sample
    from meetings m left join insights i on i.meeting_id = m.id
    where m.id = ${meetingId} and m.owner_id = ${userId}`;
  if (!row) throw new AppError("not_found", "No meeting with this id.");
  const spoken = meetingLanguage(row);
  const chosen = language ?? spoken;
  const questions = questionsFrom(row, chosen, spoken).slice(0, MAX_SUGGESTIONS - 1);
  return [...questions, messagesFor(chosen).chat.suggestions.summary];
}

/** Questions for a new chat across all meetings, drawn from the notes of the user's latest ones. */
export async function recentSuggestions(userId: string, language: Language): Promise<string[]> {
  const rows = await getSql()<Row[]>`
    select m.language, i.decisions, i.questions, i.keywords,
      (select count(*)::int from action_items a where a.meeting_id = m.id) as "actionItems",
      case when m.language = 'auto' then
        (select array_agg(s.text) from (select text from transcript_segments where meeting_id = m.id order by seq limit 40) s)
      end as sample
    from meetings m join insights i on i.meeting_id = m.id
    where m.owner_id = ${userId}
    order by coalesce(m.started_at, m.created_at) desc, m.id desc
    limit ${RECENT_MEETINGS}`;
  return interleave(
    rows.map((row) => questionsFrom(row, language, meetingLanguage(row))),
    MAX_SUGGESTIONS,
  );
}
