import "server-only";
import { SignJWT } from "jose";
import type { ApiUser } from "@/lib/api-keys/api-user";
import { env } from "@/lib/kernel/env";
import { AppError } from "@/lib/kernel/errors";
import type { RealtimeToken } from "./schemas";

export const REALTIME_TOKEN_SECONDS = 10 * 60;

export type { RealtimeToken };

/**
 * A short-lived Supabase JWT for the signed-in user: role `authenticated` and `sub` = our user id,
 * so row-level security (auth.uid()) limits Realtime to their own meetings' rows.
 * `expiresIn` (seconds) lets the browser schedule its refresh without trusting its own clock.
 */
export async function mintRealtimeToken(
  userId: string,
  secret = env().SUPABASE_JWT_SECRET,
  now = Math.floor(Date.now() / 1000),
): Promise<RealtimeToken> {
  if (!secret) throw new AppError("not_found", "Supabase Realtime is not configured.");
  const exp = now + REALTIME_TOKEN_SECONDS;
  const token = await new SignJWT({ role: "authenticated" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(userId)
    .setAudience("authenticated")
    .setIssuer("minuta")
    .setIssuedAt(now)
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt: new Date(exp * 1000).toISOString(), expiresIn: REALTIME_TOKEN_SECONDS };
}

/**
 * The token for the caller of GET /api/v1/realtime/token: the signed-in browser only. A Supabase
 * JWT acts as the user on all of Supabase (REST included), far beyond an API key's scopes, so an
 * API key is refused with 403 (authenticated, but not allowed here), like a key lacking a scope.
 */
export function realtimeTokenForCaller(caller: ApiUser): Promise<RealtimeToken> {
  if (caller.via !== "session") {
    throw new AppError(
      "forbidden",
      "Realtime tokens are for the signed-in web app only; API clients follow GET /api/v1/meetings/{id}/events.",
    );
  }
  return mintRealtimeToken(caller.id);
}
