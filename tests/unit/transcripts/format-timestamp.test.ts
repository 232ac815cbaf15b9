import { describe, expect, it } from "vitest";
import { formatClock, formatSrtTimestamp, formatVttTimestamp } from "@/lib/transcripts/format-timestamp";

describe("timestamp formatting", () => {
  it("writes offsets as hh:mm:ss, VTT and SRT timestamps", () => {
    expect(formatClock(3_723_456)).toBe("01:02:03");
    expect(formatVttTimestamp(3_723_456)).toBe("01:02:03.456");
    expect(formatSrtTimestamp(3_723_456)).toBe("01:02:03,456");
  });

  it("pads small offsets and lets hours grow past 99", () => {
    expect(formatVttTimestamp(5)).toBe("00:00:00.005");
    expect(formatClock(100 * 3_600_000)).toBe("100:00:00");
  });

  it("shows nonsense offsets as zero rather than NaN", () => {
    expect(formatClock(Number.NaN)).toBe("00:00:00");
    expect(formatClock(-10)).toBe("00:00:00");
  });
});
