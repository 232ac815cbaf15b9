import { describe, expect, it } from "vitest";
import { dayRangeInZone, startOfDayInZone } from "@/lib/meetings/zoned-day";

describe("history date filters in the user's time zone", () => {
  it("bounds a day by its first and last moment in the zone, keeping the user's date", () => {
    expect(dayRangeInZone({ from: "2025-03-05", to: "2025-03-05" }, "Europe/Madrid")).toEqual({
      from: "2025-03-05T00:00:00.000+01:00",
      to: "2025-03-05T23:59:59.999+01:00",
    });
    expect(dayRangeInZone({ from: "2025-03-05" }, "Asia/Kolkata")).toEqual({
      from: "2025-03-05T00:00:00.000+05:30",
      to: undefined,
    });
  });

  it("follows daylight saving time within the day", () => {
    expect(dayRangeInZone({ from: "2025-03-09", to: "2025-03-09" }, "America/New_York")).toEqual({
      from: "2025-03-09T00:00:00.000-05:00",
      to: "2025-03-09T23:59:59.999-04:00",
    });
  });

  it("starts a day whose midnight the clocks skip at its first real moment", () => {
    // Chile moved its clocks from 00:00 to 01:00 on 8 September 2024.
    expect(new Date(startOfDayInZone("2024-09-08", "America/Santiago")).toISOString()).toBe(
      "2024-09-08T04:00:00.000Z",
    );
  });

  it("passes through values that aren't plain dates", () => {
    expect(dayRangeInZone({ from: "2025-03-05T10:00:00Z" }, "Europe/Madrid")).toEqual({
      from: "2025-03-05T10:00:00Z",
      to: undefined,
    });
  });
});
