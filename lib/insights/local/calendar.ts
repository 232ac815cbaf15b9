/** A date on the wall calendar, no time or zone: what a due date is. month is 1–12. */
export type CivilDate = { year: number; month: number; day: number };

const DAY_MS = 86_400_000;

/** The calendar date `instant` falls on in `timeZone`; UTC when the zone is unknown. */
export function calendarDateIn(instant: Date, timeZone: string): CivilDate | null {
  if (Number.isNaN(instant.getTime())) return null;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
  } catch {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: "UTC",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  const date = { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
  return Number.isInteger(date.year) && Number.isInteger(date.month) && Number.isInteger(date.day)
    ? date
    : null;
}

function toDays(date: CivilDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

function fromDays(days: number): CivilDate {
  const utc = new Date(days * DAY_MS);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDays(toDays(date) + days);
}

/** Same day `months` later, clamped to the month's last day (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(date: CivilDate): number {
  return (((toDays(date) + 3) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return toDays(a) - toDays(b);
}

export function formatDate(date: CivilDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
