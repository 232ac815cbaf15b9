import { describe, expect, it } from "vitest";
import { parseLastEventId, REPLAY_ALL } from "@/lib/realtime/last-event-id";

describe("Last-Event-ID", () => {
  it("replays everything when the header is missing or blank", () => {
    expect(parseLastEventId(null)).toBe(REPLAY_ALL);
    expect(parseLastEventId("")).toBe(REPLAY_ALL);
    expect(parseLastEventId("  ")).toBe(REPLAY_ALL);
  });

  it("accepts every seq from 0 to 2,000,000,000", () => {
    expect(parseLastEventId("0")).toBe(0);
    expect(parseLastEventId("41")).toBe(41);
    expect(parseLastEventId("2000000000")).toBe(2_000_000_000);
  });

  it.each(["-1", "1.5", "1e3", "0x1f", "+4", "2000000001", "9999999999", "12345678901234567890", "seven"])(
    "refuses %s with a validation error on the header",
    (header) => {
      expect(() => parseLastEventId(header)).toThrow(
        expect.objectContaining({
          code: "validation",
          details: expect.objectContaining({ errors: [expect.objectContaining({ path: "Last-Event-ID" })] }),
        }),
      );
    },
  );
});
