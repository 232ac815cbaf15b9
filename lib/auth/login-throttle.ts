import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

// Failed logins allowed per window before further attempts are refused.
const perEmail = new RateLimiterMemory({ keyPrefix: "login-email", points: 5, duration: 15 * 60 });
const perIp = new RateLimiterMemory({ keyPrefix: "login-ip", points: 20, duration: 15 * 60 });

export type ThrottleState = { blocked: boolean; retryAfterSeconds: number };

async function remaining(limiter: RateLimiterMemory, key: string) {
  const res = await limiter.get(key);
  if (!res) return { blocked: false, retryAfterSeconds: 0 };
  return {
    blocked: res.remainingPoints <= 0,
    retryAfterSeconds: Math.ceil(res.msBeforeNext / 1000),
  };
}

export async function loginThrottleState(email: string, ip: string): Promise<ThrottleState> {
  const states = await Promise.all([remaining(perEmail, email), remaining(perIp, ip)]);
  const blocked = states.filter((state) => state.blocked);
  return {
    blocked: blocked.length > 0,
    retryAfterSeconds: Math.max(0, ...blocked.map((state) => state.retryAfterSeconds)),
  };
}

export async function recordFailedLogin(email: string, ip: string): Promise<void> {
  await Promise.all(
    [perEmail.penalty(email, 1), perIp.penalty(ip, 1)].map((attempt) =>
      attempt.catch((error: unknown) => {
        if (!(error instanceof RateLimiterRes)) throw error;
      }),
    ),
  );
}

export async function clearFailedLogins(email: string): Promise<void> {
  await perEmail.delete(email);
}
