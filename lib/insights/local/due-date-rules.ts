import type { Language } from "@/lib/kernel/text/stem";
import type { CivilDate } from "./calendar";
import { addDays, addMonths, compareDates, daysInMonth, isValidDate, weekday } from "./calendar";
import {
  FULL_MONTH_PATTERN,
  MONTH_PATTERN,
  MONTHS,
  NUMBER_PATTERN,
  numberValue,
  WEEKDAY_PATTERN,
  WEEKDAYS,
} from "./date-words";

/** `source` is the matched phrase as written, before folding. */
export type DateContext = { today: CivilDate; language: Language; source: string };
export type DateRule = {
  pattern: RegExp;
  resolve: (groups: Record<string, string>, context: DateContext) => CivilDate | null;
  /** When phrases overlap or touch ("el jueves 6 de marzo", "end of day Friday"), the higher wins. */
  specificity: number;
};

// How exact a phrase is: a calendar date beats a weekday, which beats "next week" or "today".
const EXACT = 5;
const DAY = 4;
const SPAN = 3;
const TOMORROW = 2;
const VAGUE = 1;

// Words that introduce a deadline; part of the match so the phrase can be cut from an item's text.
const LEAD =
  "(?<![\\p{L}\\p{N}])(?:(?:by|on|before|until|till|due|no later than|para|antes del?|hasta(?: el)?|como muy tarde|a mas tardar)\\s+)?";
const END = "(?![\\p{L}\\p{N}])";
const rule = (specificity: number, body: string, resolve: DateRule["resolve"]): DateRule => ({
  pattern: new RegExp(`${LEAD}(?:${body})${END}`, "gu"),
  resolve,
  specificity,
});

const mondayOfNextWeek = (today: CivilDate) => addDays(today, 7 - weekday(today));
/** The coming Friday; today when today is Friday. */
const endOfWeek = (today: CivilDate) => addDays(today, (4 - weekday(today) + 7) % 7);
/** Strictly after today: "Friday" said on a Friday is next week's. */
const upcoming = (today: CivilDate, target: number) =>
  addDays(today, ((target - weekday(today) + 6) % 7) + 1);
const lastOfMonth = (date: CivilDate) => ({ ...date, day: daysInMonth(date.year, date.month) });
const firstOfNextMonth = (today: CivilDate) => ({ ...addMonths({ ...today, day: 1 }, 1) });

/** A month and day without a year: this year's if it is not already past, else next year's. */
function nextOccurrence(today: CivilDate, month: number, day: number, year?: string): CivilDate | null {
  if (year) {
    const full = year.length === 2 ? 2000 + Number(year) : Number(year);
    return isValidDate(full, month, day) ? { year: full, month, day } : null;
  }
  for (const candidateYear of [today.year, today.year + 1]) {
    if (!isValidDate(candidateYear, month, day)) continue;
    const candidate = { year: candidateYear, month, day };
    if (compareDates(candidate, today) >= 0) return candidate;
  }
  return null;
}

/** The last day of a named month: this year's unless already past. */
function endOfNamedMonth(today: CivilDate, month: number): CivilDate | null {
  if (month < 1) return null;
  for (const year of [today.year, today.year + 1]) {
    const candidate = { year, month, day: daysInMonth(year, month) };
    if (compareDates(candidate, today) >= 0) return candidate;
  }
  return null;
}

function span(count: number, unit: string, today: CivilDate): CivilDate {
  if (/^(?:week|semana)/.test(unit)) return addDays(today, 7 * count);
  if (/^(?:month|mes)/.test(unit)) return addMonths(today, count);
  return addDays(today, count);
}

// Alternatives get numbered group names: duplicate names need a newer V8 than Node 22's.
const W = (n = "") => `(?<weekday${n}>${WEEKDAY_PATTERN})`;
const M = `(?<month>${MONTH_PATTERN})\\.?`;
// Spelled out: "en mar" is "at sea", not March.
const FULL_M = `(?<month>${FULL_MONTH_PATTERN})`;
const D = "(?<day>\\d{1,2})(?:st|nd|rd|th|º|ª)?";
const Y = "(?<year>\\d{4})";
const N = (n = "") => `(?<count${n}>${NUMBER_PATTERN})`;
const UNIT = (n = "") => `(?<unit${n}>days?|weeks?|months?|dias?|semanas?|mes|meses)`;
/** The first defined group among `name`, `name2`, `name3`… */
const pick = (groups: Record<string, string>, name: string) =>
  [name, `${name}2`, `${name}3`, `${name}4`, `${name}5`].map((key) => groups[key]).find(Boolean) ?? "";
const month = (groups: Record<string, string>) => MONTHS[groups.month ?? ""] ?? 0;
// "we may 3…" is not a date; "May 3" is.
const plausibleMonth = (groups: Record<string, string>, context: DateContext) =>
  pick(groups, "month") !== "may" || /\bMay\b/.test(context.source);
const day = (groups: Record<string, string>) => WEEKDAYS[pick(groups, "weekday")] ?? 0;

/** Every phrase the local engine reads as a date; see due-dates.ts for the choices. */
export const DATE_RULES: DateRule[] = [
  rule(EXACT, `(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})`, (g) =>
    isValidDate(Number(g.iy), Number(g.im), Number(g.id))
      ? { year: Number(g.iy), month: Number(g.im), day: Number(g.id) }
      : null,
  ),
  rule(EXACT, `${M}\\s+${D}(?:,?\\s+${Y})?`, (g, c) =>
    plausibleMonth(g, c) ? nextOccurrence(c.today, month(g), Number(g.day), g.year) : null,
  ),
  rule(EXACT, `(?:el\\s+|the\\s+)?${D}\\s+(?:of\\s+|de\\s+)?${M}(?:,?\\s+(?:de(?:l)?\\s+)?${Y})?`, (g, c) =>
    nextOccurrence(c.today, month(g), Number(g.day), g.year),
  ),
  rule(EXACT, `(?<a>\\d{1,2})/(?<b>\\d{1,2})(?:/(?<y>\\d{4}|\\d{2}))?`, (g, c) => numericDate(g, c)),
  rule(EXACT, `(?<a>\\d{1,2})-(?<b>\\d{1,2})-(?<y>\\d{4})`, (g, c) => numericDate(g, c)),
  rule(SPAN, `(?:the\\s+)?day after tomorrow|pasado\\s+manana`, (_, c) => addDays(c.today, 2)),
  rule(
    VAGUE,
    `today|tonight|this (?:morning|afternoon|evening)|(?:the\\s+)?end of (?:the\\s+)?day|eod|cob|hoy|esta (?:tarde|noche)|(?:el\\s+|al\\s+)?final del dia`,
    (_, c) => c.today,
  ),
  // "esta mañana" is this morning; "la barandilla mañana" is still tomorrow.
  rule(
    TOMORROW,
    `tomorrow|(?<!(?<![\\p{L}])(?:esta|la|por la|de la|cada|las|toda la|una|buena|buenas|en la)\\s)manana`,
    (_, c) => addDays(c.today, 1),
  ),
  rule(
    DAY,
    `next\\s+${W()}|${W("2")}\\s+(?:of\\s+)?next\\s+week|next\\s+week,?\\s+(?:on\\s+)?${W("5")}|(?:el\\s+)?proximo\\s+${W("3")}|(?:el\\s+)?${W("4")}\\s+(?:que viene|proximo|de la semana que viene|de la proxima semana)`,
    (g, c) => addDays(mondayOfNextWeek(c.today), day(g)),
  ),
  rule(DAY, `(?:this\\s+(?:coming\\s+)?|este\\s+|el\\s+)?${W()}`, (g, c) => upcoming(c.today, day(g))),
  rule(
    TOMORROW,
    `(?:the\\s+)?end of next week|(?:el\\s+|a\\s+)?(?:fin|final|finales) de la (?:semana que viene|proxima semana)`,
    (_, c) => addDays(endOfWeek(c.today), 7),
  ),
  rule(
    TOMORROW,
    `(?:the\\s+)?end of (?:the\\s+|this\\s+)?week|eow|this\\s+week|(?:the|this)\\s+weekend|(?:el\\s+|a\\s+)?(?:fin|final|finales) de (?:la\\s+|esta\\s+)?semana|(?:el|este)\\s+fin de semana|esta\\s+semana`,
    (_, c) => endOfWeek(c.today),
  ),
  rule(
    TOMORROW,
    `next week|(?:la\\s+)?semana que viene|(?:la\\s+)?proxima semana|(?:la\\s+)?semana proxima`,
    (_, c) => mondayOfNextWeek(c.today),
  ),
  rule(
    TOMORROW,
    `(?:the\\s+)?end of next month|(?:el\\s+|a\\s+)?(?:fin|final|finales) del mes que viene`,
    (_, c) => lastOfMonth(addMonths({ ...c.today, day: 1 }, 1)),
  ),
  rule(
    TOMORROW,
    `(?:the\\s+)?end of (?:the\\s+|this\\s+)?month|eom|this\\s+month|(?:a\\s+)?(?:fin|final|finales) de(?:l)?\\s+mes|este\\s+mes`,
    (_, c) => lastOfMonth(c.today),
  ),
  rule(TOMORROW, `next month|(?:el\\s+)?mes que viene|(?:el\\s+)?proximo mes`, (_, c) =>
    firstOfNextMonth(c.today),
  ),
  // "by the end of March", "a finales de marzo", "in April", "en abril": that month's last day.
  rule(
    DAY,
    `(?:the\\s+)?end of ${FULL_M}|(?:a\\s+)?(?:fin|final|finales) de(?:l mes de)?\\s+${FULL_M.replace("<month>", "<month2>")}|(?:in|en|during|durante)\\s+(?:el mes de\\s+)?${FULL_M.replace("<month>", "<month3>")}`,
    (g, c) => (plausibleMonth(g, c) ? endOfNamedMonth(c.today, MONTHS[pick(g, "month")] ?? 0) : null),
  ),
  rule(DAY, `mid-?\\s?${FULL_M}|(?:a\\s+)?mediados de\\s+${FULL_M.replace("<month>", "<month2>")}`, (g, c) =>
    nextOccurrence(c.today, MONTHS[pick(g, "month")] ?? 0, 15),
  ),
  rule(
    SPAN,
    `(?:in|within|en|dentro de)\\s+${N()}\\s+${UNIT()}|${N("2")}\\s+${UNIT("2")}\\s+from (?:now|today)`,
    (g, c) => {
      const count = numberValue(pick(g, "count"));
      return count === null || count > 366 ? null : span(count, pick(g, "unit"), c.today);
    },
  ),
  rule(DAY, `(?:by|on|before|until|till)\\s+the\\s+(?<dom>\\d{1,2})(?:st|nd|rd|th)`, (g, c) =>
    dayOfMonth(Number(g.dom), c.today),
  ),
  rule(
    DAY,
    `(?:para\\s+el|antes\\s+del|hasta\\s+el|el\\s+dia)\\s+(?<dom>\\d{1,2})(?!\\s*(?:%|por ciento|[.,:]\\d|\\d|de\\s))`,
    (g, c) => dayOfMonth(Number(g.dom), c.today),
  ),
  rule(DAY, `el\\s+(?<dom>\\d{1,2})(?=\\s*(?:$|[.,;?!]|como muy tarde|a mas tardar|sin falta))`, (g, c) =>
    dayOfMonth(Number(g.dom), c.today),
  ),
];

function dayOfMonth(value: number, today: CivilDate): CivilDate | null {
  if (value < 1 || value > 31) return null;
  for (let offset = 0; offset < 3; offset++) {
    const base = addMonths({ ...today, day: 1 }, offset);
    if (!isValidDate(base.year, base.month, value)) continue;
    const candidate = { ...base, day: value };
    if (compareDates(candidate, today) >= 0) return candidate;
  }
  return null;
}

/** Spanish is day-first; English month-first, but only when one reading is impossible. */
function numericDate(groups: Record<string, string>, context: DateContext): CivilDate | null {
  const a = Number(groups.a);
  const b = Number(groups.b);
  let day: number;
  let monthNumber: number;
  if (context.language === "es" || a > 12) [day, monthNumber] = [a, b];
  else if (b > 12) [day, monthNumber] = [b, a];
  else return null;
  return nextOccurrence(context.today, monthNumber, day, groups.y);
}
