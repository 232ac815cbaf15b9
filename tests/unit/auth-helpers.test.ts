import { describe, expect, it } from "vitest";
import { emailSchema, signUpSchema } from "@/lib/auth/credentials";
import {
  ACCOUNT_DELAY_MAX_MS,
  ACCOUNT_FAILURES_BEFORE_DELAY,
  accountDelayMs,
  clearFailedLogins,
  loginThrottleState,
  recordFailedLogin,
} from "@/lib/auth/login-throttle";
import { burnPasswordCheck, hashPassword, verifyPassword } from "@/lib/auth/password";
import { clientIp } from "@/lib/kernel/http/client-ip";

describe("credentials", () => {
  it("normalises emails and rejects invalid ones", () => {
    expect(emailSchema.parse("  Ana@Example.COM ")).toBe("ana@example.com");
    expect(emailSchema.safeParse("not-an-email").success).toBe(false);
    expect(emailSchema.safeParse("a@b").success).toBe(false);
  });

  it("requires 8+ character passwords", () => {
    const short = signUpSchema.safeParse({ email: "a@b.co", password: "1234567" });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe("password_too_short");
    expect(signUpSchema.safeParse({ email: "a@b.co", password: "12345678" }).success).toBe(true);
  });
});

describe("password hashing", () => {
  it("verifies the right password and rejects others", async () => {
    const hash = await hashPassword("correct horse");
    expect(hash).toMatch(/^\$2[aby]\$11\$/);
    expect(await verifyPassword("correct horse", hash)).toBe(true);
    expect(await verifyPassword("Correct horse", hash)).toBe(false);
  });

  it("burns comparable time for unknown users without throwing", async () => {
    await expect(burnPasswordCheck("whatever")).resolves.toBeUndefined();
  });
});

describe("login throttle", () => {
  it("blocks an email from the address that failed five times, until that address gets it right", async () => {
    const email = `throttle-${Date.now()}@example.test`;
    for (let i = 0; i < 4; i++) await recordFailedLogin(email, "10.0.0.1");
    expect((await loginThrottleState(email, "10.0.0.1")).blocked).toBe(false);
    await recordFailedLogin(email, "10.0.0.1");
    const state = await loginThrottleState(email, "10.0.0.1");
    expect(state.blocked).toBe(true);
    expect(state.retryAfterSeconds).toBeGreaterThan(0);
    // The owner, elsewhere, is not blocked by someone else's misses.
    expect((await loginThrottleState(email, "10.0.0.2")).blocked).toBe(false);
    await clearFailedLogins(email, "10.0.0.1");
    expect((await loginThrottleState(email, "10.0.0.1")).blocked).toBe(false);
  });

  it("never blocks a flooded account from a fresh address, and slows its attempts more as the flood grows", async () => {
    const email = `flood-${Date.now()}@example.test`;
    for (let i = 0; i < ACCOUNT_FAILURES_BEFORE_DELAY; i++) {
      await recordFailedLogin(email, `198.18.${Math.floor(i / 4)}.${i % 4}`);
    }
    const first = await loginThrottleState(email, "203.0.113.50");
    expect(first).toMatchObject({ blocked: false, delayMs: 250 });
    for (let i = 0; i < 200; i++) await recordFailedLogin(email, `198.19.${Math.floor(i / 4)}.${i % 4}`);
    const later = await loginThrottleState(email, "203.0.113.50");
    expect(later).toMatchObject({ blocked: false, delayMs: ACCOUNT_DELAY_MAX_MS });
    expect([0, 49, 50, 60, 70, 80, 1e6].map(accountDelayMs)).toEqual([0, 0, 250, 500, 1000, 2000, 4000]);
  });

  it("blocks an IP that fails across many emails", async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 200)}`;
    for (let i = 0; i < 20; i++) await recordFailedLogin(`spray-${i}-${Date.now()}@example.test`, ip);
    expect((await loginThrottleState("fresh@example.test", ip)).blocked).toBe(true);
  });

  it("never takes the client's own X-Forwarded-For for its address (no trusted proxy by default)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("unknown");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
