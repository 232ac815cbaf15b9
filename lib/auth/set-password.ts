import { revokeTokens } from "@/lib/auth/auth-tokens";
import { passwordSchema } from "@/lib/auth/credentials";
import { clearAccountFailures } from "@/lib/auth/login-throttle";
import { hashPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/user-sessions";
import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { findUserByEmail } from "@/lib/users/queries";

/** The password as sign-up takes it, or a `validation` error naming the rule it breaks. */
export function validPassword(password: string): string {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "password_too_short";
    throw new AppError("validation", message, { errors: [{ path: "password", message }] });
  }
  return parsed.data;
}

/**
 * Stores a new (already validated) password. Every session signed in until now ends (whoever knew
 * the old password may hold one), emailed sign-in links were meant for the old situation and stop
 * working, and the failed-login count starts again.
 */
export async function storePassword(user: { id: string; email: string }, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await getSql().begin(async (sql) => {
    await sql`
      update users set password_hash = ${passwordHash}, email_verified = coalesce(email_verified, now()),
        awaiting_confirmation = false, updated_at = now()
      where id = ${user.id}`;
    await endAllSessions(user.id, sql);
  });
  await revokeTokens("magic_link", user.email);
  await clearAccountFailures(user.email);
}

/** Sets a user's password by email, as an operator does where no email can be sent. */
export async function setPasswordByEmail(email: string, password: string): Promise<void> {
  const valid = validPassword(password);
  const user = await findUserByEmail(email.trim().toLowerCase());
  if (!user) throw new AppError("not_found", "user_not_found");
  await storePassword(user, valid);
}
