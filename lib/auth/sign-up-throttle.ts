import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/kernel/env";
import { AppError } from "@/lib/kernel/errors";

type Globals = { minutaSignUpLimiter?: RateLimiterMemory };
const globals = globalThis as Globals;

// Every sign-up costs a bcrypt hash and may send an email: a client address gets a few an hour,
// whatever the addresses it tries, so nobody can fire sign-ups at a list of emails.
function limiter(): RateLimiterMemory {
  globals.minutaSignUpLimiter ??= new RateLimiterMemory({
    keyPrefix: "sign-up-address",
    points: env().SIGN_UPS_PER_HOUR,
    duration: 60 * 60,
  });
  return globals.minutaSignUpLimiter;
}

/** Spends one sign-up of this client address; `rate_limited` with a Retry-After past the limit. */
export async function limitSignUps(ip: string): Promise<void> {
  try {
    await limiter().consume(ip);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      throw new AppError("rate_limited", "sign_up_rate_limited", {
        retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
      });
    }
    throw error;
  }
}
