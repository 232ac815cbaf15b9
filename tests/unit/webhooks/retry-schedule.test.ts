import { describe, expect, it } from "vitest";
import { ATTEMPTS_PER_SERIES, retryDelaySeconds } from "@/lib/webhooks/retry-schedule";

describe("webhook retry schedule", () => {
  it("retries soon at first, then ever more slowly", () => {
    expect(retryDelaySeconds(1)).toBe(5);
    expect(retryDelaySeconds(2)).toBe(5 * 60);
    const delays = Array.from({ length: ATTEMPTS_PER_SERIES - 1 }, (_, i) => retryDelaySeconds(i + 1) ?? 0);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1] ?? 0);
  });

  it("spans about a day before giving up", () => {
    let total = 0;
    for (let attempt = 1; attempt < ATTEMPTS_PER_SERIES; attempt++) total += retryDelaySeconds(attempt) ?? 0;
    expect(total / 3600).toBeGreaterThan(22);
    expect(total / 3600).toBeLessThan(30);
    expect(retryDelaySeconds(ATTEMPTS_PER_SERIES)).toBeNull();
  });
});
