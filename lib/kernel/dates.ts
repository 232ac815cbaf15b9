import { z } from "zod";

// Postgres dates start at 4713 BC but reject year 0; accept plausible calendar years only.
const plausibleYear = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= 1000 && year <= 9999;
};

// Only checked once the format is valid, so a bad value gets one error, not two.
const yearCheck = {
  message: "must be a date between years 1000 and 9999",
  when: (payload: { issues: unknown[] }) => payload.issues.length === 0,
};

export const dateString = z.iso
  .date({ message: "must be a date as YYYY-MM-DD" })
  .refine(plausibleYear, yearCheck);

// The year in UTC, as Postgres stores it: "9999-12-31T23:00:00-05:00" is already year 10000.
const plausibleUtcYear = (value: string) => {
  const year = new Date(value).getUTCFullYear();
  return year >= 1000 && year <= 9999;
};

export const dateTimeString = z.iso
  .datetime({ offset: true, message: "must be an ISO 8601 date-time" })
  .refine(plausibleUtcYear, yearCheck);

// The last moment Postgres and JavaScript both print with a four-digit year.
const LAST_MOMENT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A `from`/`to` bound (a dateString or dateTimeString) as an instant. A date alone is that whole
 * day in UTC, so `to` is the next midnight (exclusive, never past year 9999); a date-time is exact,
 * with `to` made exclusive by one millisecond.
 */
export function boundInstant(value: string, edge: "from" | "to"): Date {
  if (value.length > 10) return new Date(Date.parse(value) + (edge === "to" ? 1 : 0));
  const midnight = Date.parse(`${value}T00:00:00Z`);
  return new Date(edge === "to" ? Math.min(midnight + DAY_MS, LAST_MOMENT) : midnight);
}
