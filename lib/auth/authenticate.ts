import { logInSchema } from "@/lib/auth/credentials";
import { clearFailedLogins, loginThrottleState, recordFailedLogin } from "@/lib/auth/login-throttle";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { takeSignUpPass } from "@/lib/auth/sign-up-pass";
import { awaitsConfirmation, findUserByEmail } from "@/lib/users/queries";
import type { UserRow } from "@/lib/users/rows";

export type AuthenticationResult =
  | { ok: true; user: UserRow }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email + password. Unknown email and wrong password are indistinguishable (same answer,
 * similar time); repeated failures per (email, address) and per address are refused for a while,
 * and a flooded account's attempts are slowed, never refused (lib/auth/login-throttle.ts).
 */
export async function authenticateWithPassword(input: unknown, ip: string): Promise<AuthenticationResult> {
  const parsed = logInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid_credentials" };
  const { email, password } = parsed.data;

  // A brand-new account's own sign-in skips the failed-login throttle (lib/auth/sign-up-pass.ts).
  if (!takeSignUpPass(email)) {
    const throttle = await loginThrottleState(email, ip);
    if (throttle.blocked)
      return { ok: false, reason: "rate_limited", retryAfterSeconds: throttle.retryAfterSeconds };
    await wait(throttle.delayMs);
  }

  const user = await findUserByEmail(email);
  const valid = user?.passwordHash
    ? await verifyPassword(password, user.passwordHash)
    : await burnPasswordCheck(password).then(() => false);
  // An account awaiting its emailed confirmation answers like a wrong password (lib/auth/register-account.ts).
  if (!user || !valid || (await awaitsConfirmation(user.id))) {
    await recordFailedLogin(email, ip);
    return { ok: false, reason: "invalid_credentials" };
  }
  await clearFailedLogins(email, ip);
  return { ok: true, user };
}
