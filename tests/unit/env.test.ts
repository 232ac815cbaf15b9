import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/kernel/env";

describe("environment validation", () => {
  it("gives working defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.RATE_LIMIT_PER_MINUTE).toBe(600);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.CORS_ORIGINS).toEqual([]);
    expect(env.WEBHOOKS_ALLOW_PRIVATE).toBe(false);
  });

  it("treats empty strings as unset", () => {
    const env = parseEnv({
      DATABASE_URL: "",
      OPENAI_API_KEY: "",
      AI_BASE_URL: "",
      RATE_LIMIT_PER_MINUTE: "",
      PORT: "",
    });
    expect(env.RATE_LIMIT_PER_MINUTE).toBe(600);
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.OPENAI_API_KEY).toBeUndefined();
    expect(env.AI_BASE_URL).toBeUndefined();
  });

  it("splits CORS origins and reads boolean flags", () => {
    const env = parseEnv({
      CORS_ORIGINS: "https://a.example, chrome-extension://abc ,",
      WEBHOOKS_ALLOW_PRIVATE: "true",
    });
    expect(env.CORS_ORIGINS).toEqual(["https://a.example", "chrome-extension://abc"]);
    expect(env.WEBHOOKS_ALLOW_PRIVATE).toBe(true);
  });

  it("names every invalid variable", () => {
    try {
      parseEnv({ DATABASE_URL: "mysql://x", PORT: "99999", AI_BASE_URL: "not a url" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const issues = (error as EnvError).issues.join("\n");
      expect(issues).toContain("DATABASE_URL");
      expect(issues).toContain("PORT");
      expect(issues).toContain("AI_BASE_URL");
    }
  });
});
