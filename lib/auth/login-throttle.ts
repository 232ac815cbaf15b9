import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

// Failed password logins, counted three ways. Only the first two ever refuse: a guesser is stopped
// per (email, client address) and per client address. Counting per account alone would let anyone
// lock an owner out by failing against their email; so the account count only slows every attempt
// on it, the owner's included, by a delay that grows with the flood and never refuses.

const WINDOW_SECONDS = 15 * 60;
export const FAILURES_PER_EMAIL_AND_ADDRESS = 5;
export const FAILURES_PER_ADDRESS = 20;
/** Failures on one account (from anywhere, per hour) before its attempts start to be slowed. */
export const ACCOUNT_FAILURES_BEFORE_DELAY = 50;
const ACCOUNT_DELAY_FIRST_MS = 250;
/** The most an attempt on a flooded account waits: slow for a bot, a moment for the owner. */
export const ACCOUNT_DELAY_MAX_MS = 4_000;

const perEmailAndAddress = new RateLimiterMemory({
  keyPrefix: "login-email-address",
  points: FAILURES_PER_EMAIL_AND_ADDRESS,
  duration: WINDOW_SECONDS,
});
const perAddress = new RateLimiterMemory({
  keyPrefix: "login-address",
  points: FAILURES_PER_ADDRESS,
  duration: WINDOW_SECONDS,
});
// Never full: only read for its count.
const perAccount = new RateLimiterMemory({
  keyPrefix: "login-account",
  points: Number.MAX_SAFE_INTEGER,
  duration: 60 * 60,
});

const pairKey = (email: string, ip: string) => `${email}\n${ip}`;

export type ThrottleState = { blocked: boolean; retryAfterSeconds: number; delayMs: number };

/** The wait before an attempt on an account with this many recent failures: doubling every 10 past the bar. */
export function accountDelayMs(failures: number): number {
  if (failures < ACCOUNT_FAILURES_BEFORE_DELAY) return 0;
  const steps = Math.floor((failures - ACCOUNT_FAILURES_BEFORE_DELAY) / 10);
  return Math.min(ACCOUNT_DELAY_MAX_MS, ACCOUNT_DELAY_FIRST_MS * 2 ** steps);
}

async function spent(limiter: RateLimiterMemory, key: string) {
  const res = await limiter.get(key);
  return { used: res?.consumedPoints ?? 0, retryAfterSeconds: Math.ceil((res?.msBeforeNext ?? 0) / 1000) };
}

export async function loginThrottleState(email: string, ip: string): Promise<ThrottleState> {
  const [pair, address, account] = await Promise.all([
    spent(perEmailAndAddress, pairKey(email, ip)),
    spent(perAddress, ip),
    spent(perAccount, email),
  ]);
  const blocked = [
    pair.used >= FAILURES_PER_EMAIL_AND_ADDRESS && pair,
    address.used >= FAILURES_PER_ADDRESS && address,
  ].filter((state) => state !== false);
  return {
    blocked: blocked.length > 0,
    retryAfterSeconds: Math.max(0, ...blocked.map((state) => state.retryAfterSeconds)),
    delayMs: accountDelayMs(account.used),
  };
}

export async function recordFailedLogin(email: string, ip: string): Promise<void> {
  await Promise.all(
    [
      perEmailAndAddress.penalty(pairKey(email, ip), 1),
      perAddress.penalty(ip, 1),
      perAccount.penalty(email, 1),
    ].map((attempt) =>
      attempt.catch((error: unknown) => {
        if (!(error instanceof RateLimiterRes)) throw error;
      }),
    ),
  );
}

/** After a right password: that address's misses on this account are forgiven, the flood's are not. */
export async function clearFailedLogins(email: string, ip: string): Promise<void> {
  await perEmailAndAddress.delete(pairKey(email, ip));
}

/** After a new password: guesses at the old one no longer slow the account. */
export async function clearAccountFailures(email: string): Promise<void> {
  await perAccount.delete(email);
}
