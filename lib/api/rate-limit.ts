import { Redis } from "ioredis";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { env } from "@/lib/kernel/env";
import { AppError } from "@/lib/kernel/errors";
import { PostgresRateLimiter } from "./postgres-rate-limiter";

type Limiter = Pick<RateLimiterAbstract, "consume">;
type LimiterGlobals = { minutaApiLimiter?: Limiter };
const globals = globalThis as LimiterGlobals;

/**
 * In-process by default; shared across instances through Redis when REDIS_URL is set, or through
 * the database with RATE_LIMIT_STORE=postgres. A shared store that fails falls back to memory.
 */
function limiter(): Limiter {
  if (!globals.minutaApiLimiter) {
    const options = { keyPrefix: "minuta-api", points: env().RATE_LIMIT_PER_MINUTE, duration: 60 };
    const { REDIS_URL, RATE_LIMIT_STORE } = env();
    if (REDIS_URL) {
      globals.minutaApiLimiter = new RateLimiterRedis({
        ...options,
        storeClient: new Redis(REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }),
        insuranceLimiter: new RateLimiterMemory(options),
      });
    } else if (RATE_LIMIT_STORE === "postgres") {
      globals.minutaApiLimiter = new PostgresRateLimiter(options);
    } else globals.minutaApiLimiter = new RateLimiterMemory(options);
  }
  return globals.minutaApiLimiter;
}

/** Spends one request for each key (the API key or user, and the IP); 429 with Retry-After past the limit. */
export async function consumeRateLimit(keys: string[]): Promise<void> {
  try {
    await Promise.all(keys.map((key) => limiter().consume(key)));
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      throw new AppError(
        "rate_limited",
        `More than ${env().RATE_LIMIT_PER_MINUTE} requests a minute; slow down.`,
        {
          retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
        },
      );
    }
    throw error;
  }
}
