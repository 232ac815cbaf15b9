import { randomUUID } from "node:crypto";
import { RateLimiterRes } from "rate-limiter-flexible";
import { afterAll, describe, expect, it } from "vitest";
import { PostgresRateLimiter } from "@/lib/api/postgres-rate-limiter";
import { consumeRateLimit } from "@/lib/api/rate-limit";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";

/** RATE_LIMIT_STORE=postgres: every instance counts against the same budget, in the database. */

afterAll(closeDb);

describe("the Postgres rate-limit store", () => {
  it("shares one count between two limiters, as two server instances would", async () => {
    const options = { keyPrefix: "tests", points: 5, duration: 60 };
    const one = new PostgresRateLimiter(options);
    const two = new PostgresRateLimiter(options);
    const key = `ip:${randomUUID()}`;
    await one.consume(key);
    await two.consume(key);
    await one.consume(key);
    await two.consume(key);
    const fifth = await one.consume(key);
    expect(fifth.remainingPoints).toBe(0);
    const refused = await two.consume(key).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimiterRes);
    expect((refused as RateLimiterRes).msBeforeNext).toBeGreaterThan(0);
    expect((refused as RateLimiterRes).msBeforeNext).toBeLessThanOrEqual(60_000);
    const [row] = await getSql()<
      { points: number }[]
    >`select points from rate_limits where key = ${`tests:${key}`}`;
    expect(row?.points).toBe(6);
  });

  it("starts a new window once the last one expired", async () => {
    const limiter = new PostgresRateLimiter({ keyPrefix: "tests", points: 1, duration: 60 });
    const key = `ip:${randomUUID()}`;
    await limiter.consume(key);
    await expect(limiter.consume(key)).rejects.toBeInstanceOf(RateLimiterRes);
    await getSql()`update rate_limits set expire = now() - interval '1 second' where key = ${`tests:${key}`}`;
    const fresh = await limiter.consume(key);
    expect(fresh.consumedPoints).toBe(1);
  });

  it("is what the API wrapper counts with when RATE_LIMIT_STORE=postgres", async () => {
    const globals = globalThis as { minutaApiLimiter?: unknown };
    const saved = { store: process.env.RATE_LIMIT_STORE, limit: process.env.RATE_LIMIT_PER_MINUTE };
    globals.minutaApiLimiter = undefined;
    process.env.RATE_LIMIT_STORE = "postgres";
    process.env.RATE_LIMIT_PER_MINUTE = "2";
    try {
      const key = `caller:${randomUUID()}`;
      await consumeRateLimit([key]);
      await consumeRateLimit([key]);
      const refused = await consumeRateLimit([key]).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).status).toBe(429);
      const [row] = await getSql()<
        { points: number }[]
      >`select points from rate_limits where key = ${`minuta-api:${key}`}`;
      expect(row?.points).toBe(3);
    } finally {
      globals.minutaApiLimiter = undefined;
      process.env.RATE_LIMIT_STORE = saved.store;
      process.env.RATE_LIMIT_PER_MINUTE = saved.limit;
      if (saved.store === undefined) delete process.env.RATE_LIMIT_STORE;
      if (saved.limit === undefined) delete process.env.RATE_LIMIT_PER_MINUTE;
    }
  });
});
