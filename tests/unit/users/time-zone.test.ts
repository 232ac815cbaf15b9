import { describe, expect, it } from "vitest";
import { canonicalTimeZone } from "@/lib/users/time-zone";

describe("time zones captured at sign-up and in settings", () => {
  it("keeps IANA zones under their canonical name", () => {
    expect(canonicalTimeZone("Europe/Madrid")).toBe("Europe/Madrid");
    expect(canonicalTimeZone("europe/madrid")).toBe("Europe/Madrid");
    expect(canonicalTimeZone("America/Argentina/Buenos_Aires")).toBe("America/Buenos_Aires");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("Etc/GMT+3")).toBe("Etc/GMT+3");
  });

  it("refuses what isn't an IANA zone: unknown names, bare offsets, oversized input", () => {
    expect(canonicalTimeZone("Mars/Olympus")).toBeNull();
    expect(canonicalTimeZone("+01:00")).toBeNull();
    expect(canonicalTimeZone("")).toBeNull();
    expect(canonicalTimeZone(`Europe/${"x".repeat(100)}`)).toBeNull();
  });
});
