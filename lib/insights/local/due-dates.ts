import { foldKeepingOffsets } from "@/lib/kernel/text/fold";
import type { Language } from "@/lib/kernel/text/stem";
import type { CivilDate } from "./calendar";
import { formatDate } from "./calendar";
import { FULL_MONTH_PATTERN, WEEKDAY_PATTERN } from "./date-words";
import { DATE_RULES } from "./due-date-rules";

// Every rule needs a digit or one of these words; most sentences have neither.
const MIGHT_HAVE_DATE = new RegExp(
  `\\d|today|tonight|tomorrow|this (?:morning|afternoon|evening)|week|month|eod|eow|eom|cob|day|hoy|manana|semana|mes|dia|esta (?:tarde|noche)|mediados|${WEEKDAY_PATTERN}|${FULL_MONTH_PATTERN}`,
);
// Phrases this close together say one date ("el jueves 6 de marzo", "end of day Friday").
const TOUCHING = /^[\s,]*$/;

export type FoundDate = { date: string; start: number; end: number };
type Candidate = FoundDate & { specificity: number };

/**
 * The first date stated in `text`, resolved against `today` (the meeting's calendar date in the
 * user's timezone), with where the phrase sits so callers can cut it out. Choices:
 * - "Friday", "by Friday", "el viernes", "this Friday": the next Friday strictly after today
 *   (said on a Friday it means the following one; "today" is said as "today").
 * - "next Friday", "el próximo viernes", "el viernes que viene", "Friday next week": the Friday of
 *   the following Monday-to-Sunday week, so on a Wednesday "next Friday" is 9 days away, not 2.
 * - "next week", "la semana que viene": that week's Monday. "this week", "end of the week",
 *   "fin de semana", "this weekend": the coming Friday (today on a Friday), the last working day.
 * - "next month": its 1st; "this month", "end of month", "fin de mes": the month's last day.
 * - "end of March", "a finales de marzo", "in April", "en abril": that month's last day;
 *   "mid-March", "a mediados de marzo": its 15th.
 * - "in two weeks", "en dos semanas", "dentro de 10 días": counted from today.
 * - "March 3", "3rd of March", "3 de marzo": this year unless already past, then next year.
 * - "15/03": day-first in Spanish; in English month-first only when the other reading is
 *   impossible ("3/15"), and no date at all when both readings are possible ("03/04").
 * - "el 15", "by the 15th": the next 15th on or after today.
 * Phrases that overlap or touch are one date, read from the most specific of them: "el jueves
 * 6 de marzo" is March 6 even said on a Thursday, "by end of day Friday" is Friday.
 */
export function findDueDate(text: string, today: CivilDate, language: Language): FoundDate | null {
  const folded = foldKeepingOffsets(text);
  if (!MIGHT_HAVE_DATE.test(folded)) return null;
  const candidates: Candidate[] = [];
  for (const rule of DATE_RULES) {
    rule.pattern.lastIndex = 0;
    for (const match of folded.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const resolved = rule.resolve(match.groups ?? {}, { today, language, source: text.slice(start, end) });
      if (resolved)
        candidates.push({ date: formatDate(resolved), start, end, specificity: rule.specificity });
    }
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const first = candidates[0] as Candidate;
  let best = first;
  let span = { start: first.start, end: first.end };
  for (const candidate of candidates.slice(1)) {
    if (candidate.start > span.end && !TOUCHING.test(folded.slice(span.end, candidate.start))) break;
    span = { start: span.start, end: Math.max(span.end, candidate.end) };
    const longer = candidate.end - candidate.start > best.end - best.start;
    if (candidate.specificity > best.specificity || (candidate.specificity === best.specificity && longer)) {
      best = candidate;
    }
  }
  return { date: best.date, ...span };
}
