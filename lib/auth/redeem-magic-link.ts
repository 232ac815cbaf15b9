import { getSql } from "@/lib/kernel/db/client";
import { findUserByEmail } from "@/lib/users/queries";
import type { UserRow } from "@/lib/users/rows";
import { consumeToken } from "./auth-tokens";

// Kept apart from magic-link.ts so next-auth's setup (imported by every API route) doesn't pull in
// the email templates and the job queue.

/** The user a sign-in link is for, using the link up; null when it is expired, used or made up. */
export async function redeemMagicLink(email: unknown, token: unknown): Promise<UserRow | null> {
  if (typeof email !== "string" || typeof token !== "string") return null;
  const address = email.trim().toLowerCase();
  if (!(await consumeToken("magic_link", address, token))) return null;
  const user = await findUserByEmail(address);
  if (!user) return null;
  // Following the link proves the address is theirs, which is what a new account waits for.
  await getSql()`
    update users set email_verified = coalesce(email_verified, now()), awaiting_confirmation = false
    where id = ${user.id}`;
  return user;
}
