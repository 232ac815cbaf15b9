import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/navigation/safe-next-path";

const origin = "http://127.0.0.1:3000";

describe("safeNextPath", () => {
  it("returns to a page of this site, from a path or the guard's absolute URL", () => {
    expect(safeNextPath("/settings", origin)).toBe("/settings");
    expect(safeNextPath("http://127.0.0.1:3000/settings?tab=keys#api", origin)).toBe(
      "/settings?tab=keys#api",
    );
  });

  it("never leaves the site", () => {
    for (const target of [
      "https://evil.example/settings",
      "//evil.example/settings",
      "/\\evil.example",
      "javascript:alert(1)",
      "http://127.0.0.1:3001/settings",
    ])
      expect(safeNextPath(target, origin)).toBe("/meetings");
  });

  it("goes to the meetings without a target, or when the target is a sign-in page", () => {
    expect(safeNextPath(null, origin)).toBe("/meetings");
    expect(safeNextPath("", origin)).toBe("/meetings");
    expect(safeNextPath("/login", origin)).toBe("/meetings");
  });
});
