/** A refresh begins once this share of the token's lifetime has passed: a 10-minute token at 8. */
const REFRESH_AT = 0.8;
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;

/**
 * How long to wait before refreshing a token that lives `expiresInSeconds`. Measured from when it
 * arrived, on the browser's own clock, so a skewed clock can't make it lapse unnoticed.
 */
export function tokenRefreshDelayMs(expiresInSeconds: number): number {
  return Math.max(1_000, Math.floor(expiresInSeconds * 1000 * REFRESH_AT));
}

/**
 * After the `attempt`-th failed refresh (0 = the first): retry after a growing pause, or give up
 * when the token would lapse before that retry (the page then switches to server-sent events).
 */
export function nextRefreshRetry(
  attempt: number,
  now: number,
  tokenLapsesAt: number,
): { retryInMs: number } | { giveUp: true } {
  const retryInMs = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
  return now + retryInMs < tokenLapsesAt ? { retryInMs } : { giveUp: true };
}
