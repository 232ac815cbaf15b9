// When a failed delivery is tried again: the schedule the Standard Webhooks specification suggests,
// so a receiver that is down for most of a day still gets every event. Eight attempts in a series
// (the first, then seven retries) span about 27.5 hours.
const RETRY_DELAYS_SECONDS = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600] as const;

export const ATTEMPTS_PER_SERIES = RETRY_DELAYS_SECONDS.length + 1;

/** Seconds to wait after the `attemptsInSeries`-th failed attempt, or null when the series is spent. */
export function retryDelaySeconds(attemptsInSeries: number): number | null {
  if (attemptsInSeries < 1) return 0;
  return RETRY_DELAYS_SECONDS[attemptsInSeries - 1] ?? null;
}
