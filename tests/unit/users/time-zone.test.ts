import { describe, expect, it } from "vitest";
import { canonicalTimeZone, selectableTimeZones } from "@/lib/users/time-zone";

describe("time zones captured at sign-up and in settings", () => {
  it("keeps IANA zones under their canonical name", () => {
    expect(canonicalTimeZone("Europe/Madrid")).toBe("Europe/Madrid");
    expect(canonicalTimeZone("europe/madrid")).toBe("Europe/Madrid");
    expect(canonicalTimeZone(" Europe/Madrid ")).toBe("Europe/Madrid");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("Etc/GMT+3")).toBe("Etc/GMT+3");
  });

  it("uses the current IANA name, not the old one ICU still reports", () => {
    expect(canonicalTimeZone("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos_Aires");
    expect(canonicalTimeZone("america/buenos_aires")).toBe("America/Argentina/Buenos_Aires");
    expect(canonicalTimeZone("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(canonicalTimeZone("Asia/Saigon")).toBe("Asia/Ho_Chi_Minh");
  });

  it("refuses what isn't an IANA zone: unknown names, bare offsets, oversized input", () => {
    expect(canonicalTimeZone("Mars/Olympus")).toBeNull();
    expect(canonicalTimeZone("+01:00")).toBeNull();
    expect(canonicalTimeZone("")).toBeNull();
    expect(canonicalTimeZone(`Europe/${"x".repeat(100)}`)).toBeNull();
  });
});

describe("the zones offered in the profile", () => {
  const zones = selectableTimeZones();

  it("lists UTC first, then every zone once, alphabetically, under its current name", () => {
    expect(zones[0]).toBe("UTC");
    const rest = zones.slice(1);
    expect(rest).toEqual([...rest].sort());
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones).toEqual(
      expect.arrayContaining(["Asia/Kolkata", "America/Argentina/Buenos_Aires", "Europe/Kyiv"]),
    );
    for (const old of ["Asia/Calcutta", "America/Buenos_Aires", "Europe/Kiev", "Asia/Katmandu"]) {
      expect(zones).not.toContain(old);
    }
  });

  it("offers only zones that are saved exactly as shown", () => {
    for (const zone of zones) expect(canonicalTimeZone(zone)).toBe(zone);
  });
});
