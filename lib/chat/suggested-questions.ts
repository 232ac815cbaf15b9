import { getSql } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fill } from "@/lib/i18n/format";
import { chatMessages } from "@/lib/i18n/messages/chat";
import { detectLanguage } from "@/lib/insights/local/detect-language";
import { fold } from "@/lib/insights/local/fold";
import type { Language } from "@/lib/insights/local/stem";

type Row = {
  language: "auto" | "es" | "en";
  decisions: { text: string }[] | null;
  questions: { text: string }[] | null;
  keywords: { term: string; count: number }[] | null;
  action_items: number;
  sample: string[] | null;
};

const MAX_SUGGESTIONS = 4;

/**
 * Questions worth asking one meeting, in its language, from its notes: what was decided about its
 * main topics, the user's action items, open questions, what it was about. Another user's meeting
 * (or a missing one) is a 404.
 */
export async function suggestedQuestions(userId: string, meetingId: string): Promise<string[]> {
  const [row] = await getSql()<Row[]>`
    select m.language, i.decisions, i.questions, i.keywords,
      (select count(*)::int from action_items a where a.meeting_id = m.id) as action_items,
      (select array_agg(s.text) from (select text from transcript_segments where meeting_id = m.id order by seq limit 40) s) as sample
    from meetings m left join insights i on i.meeting_id = m.id
    where m.id = ${meetingId} and m.owner_id = ${userId}`;
  if (!row) throw new AppError("not_found", "No meeting with this id.");
  const language: Language = row.language === "auto" ? detectLanguage(row.sample ?? []) : row.language;
  const t = chatMessages[language].suggestions;
  const keywords = (row.keywords ?? []).map((keyword) => keyword.term).filter((term) => term.length > 2);
  const decided = keywords.filter((term) =>
    (row.decisions ?? []).some((decision) => fold(decision.text).includes(fold(term))),
  );
  const suggestions: string[] = [];
  for (const topic of decided.slice(0, 2)) suggestions.push(fill(t.decideAbout, { topic }));
  if (row.action_items > 0) suggestions.push(t.myActionItems);
  if ((row.questions ?? []).length > 0) suggestions.push(t.openQuestions);
  const talkedAbout = keywords.find((term) => !decided.includes(term));
  if (talkedAbout) suggestions.push(fill(t.saidAbout, { topic: talkedAbout }));
  return [...[...new Set(suggestions)].slice(0, MAX_SUGGESTIONS - 1), t.summary];
}
