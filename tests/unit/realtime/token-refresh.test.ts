import { describe, expect, it } from "vitest";
import { REALTIME_TOKEN_SECONDS } from "@/lib/realtime/supabase-token";
import { nextRefreshRetry, tokenRefreshDelayMs } from "@/lib/realtime/token-refresh.client";

describe("realtime token refresh", () => {
  it("renews a 10-minute token after 8 minutes, well before it lapses", () => {
    expect(tokenRefreshDelayMs(REALTIME_TOKEN_SECONDS)).toBe(8 * 60 * 1000);
  });

  it("never schedules a refresh sooner than a second, even for a token about to lapse", () => {
    expect(tokenRefreshDelayMs(0)).toBe(1000);
    expect(tokenRefreshDelayMs(1)).toBe(1000);
  });

  it("retries a failed refresh after 2, 4, 8, 16 then every 30 seconds", () => {
    const lapsesAt = 10 * 60 * 1000;
    const delays = [0, 1, 2, 3, 4, 5].map((attempt) => nextRefreshRetry(attempt, 0, lapsesAt));
    expect(delays).toEqual([
      { retryInMs: 2000 },
      { retryInMs: 4000 },
      { retryInMs: 8000 },
      { retryInMs: 16000 },
      { retryInMs: 30000 },
      { retryInMs: 30000 },
    ]);
  });

  it("gives up (and falls back to server-sent events) when the token would lapse before the retry", () => {
    const now = 1_000_000;
    expect(nextRefreshRetry(0, now, now + 2001)).toEqual({ retryInMs: 2000 });
    expect(nextRefreshRetry(0, now, now + 2000)).toEqual({ giveUp: true });
    expect(nextRefreshRetry(4, now, now + 10_000)).toEqual({ giveUp: true });
  });
});
