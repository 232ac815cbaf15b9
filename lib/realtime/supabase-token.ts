import { SignJWT } from "jose";
import { AppError } from "@/lib/errors";

export const REALTIME_TOKEN_SECONDS = 10 * 60;

/**
 * A short-lived Supabase JWT for the signed-in user: role `authenticated` and `sub` = our user id,
 * so row-level security (auth.uid()) limits Realtime to their own meetings' rows.
 */
export async function mintRealtimeToken(
  userId: string,
  secret = process.env.SUPABASE_JWT_SECRET,
  now = Math.floor(Date.now() / 1000),
): Promise<{ token: string; expiresAt: string }> {
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
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}
