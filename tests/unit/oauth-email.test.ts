import { describe, expect, it } from "vitest";
import { pickVerifiedGitHubEmail, verifiedOAuthEmail } from "@/lib/auth/oauth-email";

describe("emails OAuth sign-ins are matched by", () => {
  it("takes Google's address only when Google verified it", () => {
    expect(verifiedOAuthEmail("google", { email: "Ana@Example.com", email_verified: true })).toBe(
      "ana@example.com",
    );
    expect(verifiedOAuthEmail("google", { email: "ana@example.com", email_verified: false })).toBeNull();
    expect(verifiedOAuthEmail("google", { email: "ana@example.com" })).toBeNull();
  });

  it("never takes an unverified GitHub primary address", () => {
    expect(
      pickVerifiedGitHubEmail([
        { email: "victim@example.com", primary: true, verified: false },
        { email: "me@example.com", primary: false, verified: true },
      ]),
    ).toBe("me@example.com");
    expect(
      pickVerifiedGitHubEmail([
        { email: "other@example.com", primary: false, verified: true },
        { email: "main@example.com", primary: true, verified: true },
      ]),
    ).toBe("main@example.com");
    expect(
      pickVerifiedGitHubEmail([{ email: "victim@example.com", primary: true, verified: false }]),
    ).toBeNull();
  });

  it("refuses providers and profiles that prove nothing", () => {
    expect(verifiedOAuthEmail("github", { email: "ana@example.com" })).toBeNull();
    expect(verifiedOAuthEmail("github", { email: "ana@example.com", email_verified: true })).toBe(
      "ana@example.com",
    );
    expect(verifiedOAuthEmail("someprovider", { email: "ana@example.com", email_verified: true })).toBeNull();
    expect(verifiedOAuthEmail("google", undefined)).toBeNull();
  });
});
