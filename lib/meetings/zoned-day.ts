// Calendar days as the user lives them: "from 5 March" starts at midnight in their time zone, not
// in the database's.

const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function localParts(instant: number, timeZone: string): LocalParts {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  const number = (type: string) => Number(parts[type]);
  return {
    year: number("year"),
    month: number("month"),
    day: number("day"),
    hour: number("hour"),
    minute: number("minute"),
    second: number("second"),
  };
}

/** The zone's offset from UTC at an instant, in whole minutes (as ISO 8601 writes it). */
function offsetMinutes(instant: number, timeZone: string): number {
  const local = localParts(instant, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, "0");

/** An instant written as the wall-clock time in a zone plus that zone's offset ("2025-03-05T00:00:00.000+01:00"). */
export function toZonedIso(instant: number, timeZone: string): string {
  const local = localParts(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? "-" : "+";
  const millis = ((instant % 1000) + 1000) % 1000;
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}.${pad(millis, 3)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The first instant of a calendar day in a zone (later than midnight where the clocks skip it). */
export function startOfDayInZone(day: string, timeZone: string): number {
  const match = DATE_ONLY.exec(day);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${day}`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const midnightUtc = Date.UTC(year, month - 1, date);
  const before = offsetMinutes(midnightUtc, timeZone);
  const first = midnightUtc - before * 60_000;
  const candidates = [first, midnightUtc - offsetMinutes(first, timeZone) * 60_000];
  const onThatDay = candidates.filter((instant) => {
    const local = localParts(instant, timeZone);
    return local.year === year && local.month === month && local.day === date;
  });
  return onThatDay.length ? Math.min(...onThatDay) : first;
}

/**
 * A history filter's from/to dates as exact instants in the user's zone: `from` the first moment
 * of its day, `to` the last moment of its day (inclusive), both written with the zone's offset so
 * the date part stays the user's. Values that aren't plain dates pass through unchanged.
 */
export function dayRangeInZone(
  range: { from?: string; to?: string },
  timeZone: string,
): { from?: string; to?: string } {
  const zoned = (day: string | undefined, end: boolean) => {
    if (!day || !DATE_ONLY.test(day)) return day;
    if (!end) return toZonedIso(startOfDayInZone(day, timeZone), timeZone);
    const next = new Date(startOfDayInZone(day, "UTC") + DAY_MS).toISOString().slice(0, 10);
    return toZonedIso(startOfDayInZone(next, timeZone) - 1, timeZone);
  };
  return { from: zoned(range.from, false), to: zoned(range.to, true) };
}
