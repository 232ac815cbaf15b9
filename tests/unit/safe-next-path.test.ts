import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/navigation/safe-next-path";

const origin = "http://127.0.0.1:3000";

describe("safeNextPath", () => {
  it("returns to the page asked for, from a path or the guard's absolute URL (whatever host it names)", () => {
    expect(safeNextPath("/settings", origin)).toBe("/settings");
    expect(safeNextPath("http://127.0.0.1:3000/settings?tab=keys#api", origin)).toBe(
      "/settings?tab=keys#api",
    );
    expect(safeNextPath("http://localhost:3000/chat/1", origin)).toBe("/chat/1");
  });

  it("never leaves the site: another site's address keeps only its path, here", () => {
    expect(safeNextPath("https://evil.example/settings", origin)).toBe("/settings");
    expect(safeNextPath("//evil.example/settings", origin)).toBe("/settings");
    expect(safeNextPath("/\\evil.example", origin)).toBe("/meetings");
    expect(safeNextPath("https://evil.example", origin)).toBe("/meetings");
  });

  it("goes to the meetings without a target, for a non-web address, or for a sign-in page", () => {
    expect(safeNextPath(null, origin)).toBe("/meetings");
    expect(safeNextPath("", origin)).toBe("/meetings");
    expect(safeNextPath("javascript:alert(1)", origin)).toBe("/meetings");
    expect(safeNextPath("/login", origin)).toBe("/meetings");
  });
});
