import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { EnvError, env, envSchema, parseEnv, setEnv } from "@/lib/kernel/env";

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

describe("env()", () => {
  const saved = process.env.RATE_LIMIT_PER_MINUTE;
  afterEach(() => {
    if (saved === undefined) delete process.env.RATE_LIMIT_PER_MINUTE;
    else process.env.RATE_LIMIT_PER_MINUTE = saved;
  });

  it("reads each variable as it is now, validated", () => {
    process.env.RATE_LIMIT_PER_MINUTE = "7";
    expect(env().RATE_LIMIT_PER_MINUTE).toBe(7);
    process.env.RATE_LIMIT_PER_MINUTE = "";
    expect(env().RATE_LIMIT_PER_MINUTE).toBe(600);
    setEnv("RATE_LIMIT_PER_MINUTE", "9");
    expect(process.env.RATE_LIMIT_PER_MINUTE).toBe("9");
    expect(env().RATE_LIMIT_PER_MINUTE).toBe(9);
  });

  it("names a variable set to an invalid value after start", () => {
    env();
    process.env.RATE_LIMIT_PER_MINUTE = "many";
    expect(() => env().RATE_LIMIT_PER_MINUTE).toThrow(EnvError);
    expect(() => env().RATE_LIMIT_PER_MINUTE).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });
});

describe(".env.example", () => {
  it("documents every variable env() reads", () => {
    const example = readFileSync(".env.example", "utf8");
    const platform = example.slice(example.indexOf("# --- Set by the platform"));
    const undocumented = Object.keys(envSchema.shape).filter(
      (key) => !new RegExp(`^${key}=`, "m").test(example) && !platform.includes(key),
    );
    expect(undocumented).toEqual([]);
  });
});
