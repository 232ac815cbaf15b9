import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";

// Single-use tokens for emailed links (sign-in, password reset), kept in verification_tokens as
// SHA-256 hashes: the database never holds a usable link.
export type TokenPurpose = "magic_link" | "password_reset";

export const TOKEN_TTL_MINUTES = 15;
/** Links emailed to one address per purpose within the token lifetime; more are silently dropped. */
export const EMAILS_PER_ADDRESS = 3;
const REQUESTS_PER_IP = 20;

const perIp = new RateLimiterMemory({
  keyPrefix: "email-link-ip",
  points: REQUESTS_PER_IP,
  duration: TOKEN_TTL_MINUTES * 60,
});

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const identifier = (purpose: TokenPurpose, email: string) => `${purpose}:${email.trim().toLowerCase()}`;

/** Refuses a caller asking for too many links, whatever the addresses (says nothing about them). */
export async function limitLinkRequests(ip: string): Promise<void> {
  try {
    await perIp.consume(ip);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      throw new AppError("rate_limited", "rate_limited", {
        retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000),
      });
    }
    throw error;
  }
}

/** Whether this address already got its share of links of this kind recently (counted in the outbox). */
export async function addressOverLimit(purpose: TokenPurpose, email: string): Promise<boolean> {
  const [row] = await getSql()<{ n: number }[]>`
    select count(*)::int as n from emails
    where "to" = ${email.trim().toLowerCase()} and template = ${purpose}
      and created_at > now() - make_interval(mins => ${TOKEN_TTL_MINUTES})`;
  return (row?.n ?? 0) >= EMAILS_PER_ADDRESS;
}

/** A new token for the address; earlier unused ones of the same purpose stop working. */
export async function issueToken(purpose: TokenPurpose, email: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const id = identifier(purpose, email);
  await getSql().begin(async (sql) => {
    await sql`delete from verification_tokens where identifier = ${id} or expires < now() - interval '1 day'`;
    await sql`
      insert into verification_tokens (identifier, token, expires)
      values (${id}, ${hash(token)}, now() + make_interval(mins => ${TOKEN_TTL_MINUTES}))`;
  });
  return token;
}

/** Uses up a token: true once for a valid, unexpired one; false for anything else, ever after. */
export async function consumeToken(purpose: TokenPurpose, email: string, token: string): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const [row] = await getSql()<{ valid: boolean }[]>`
    delete from verification_tokens
    where identifier = ${identifier(purpose, email)} and token = ${hash(token)}
    returning expires > now() as valid`;
  return row?.valid === true;
}

export async function revokeTokens(purpose: TokenPurpose, email: string): Promise<void> {
  await getSql()`delete from verification_tokens where identifier = ${identifier(purpose, email)}`;
}

export function tokenIdempotencyKey(purpose: TokenPurpose, token: string): string {
  return `${purpose}:${hash(token)}`;
}
