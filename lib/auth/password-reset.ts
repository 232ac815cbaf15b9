import { storePassword, validPassword } from "@/lib/auth/set-password";
import { refuseWithoutDelivery } from "@/lib/email/email-delivery";
import { queueEmail } from "@/lib/email/queue-email";
import { renderPasswordReset } from "@/lib/email/render-auth-email";
import { AppError } from "@/lib/kernel/errors";
import { appUrl } from "@/lib/kernel/http/app-url";
import { findUserByEmail } from "@/lib/users/queries";
import {
  addressOverLimit,
  consumeToken,
  issueToken,
  limitLinkRequests,
  tokenIdempotencyKey,
} from "./auth-tokens";
import type { LinkRequest } from "./magic-link";

/** Emails a single-use reset link when an account has this address; the same silent answer otherwise. */
export async function requestPasswordReset({ email, locale, ip, origin }: LinkRequest): Promise<void> {
  refuseWithoutDelivery();
  await limitLinkRequests(ip);
  const user = await findUserByEmail(email);
  if (!user || (await addressOverLimit("password_reset", user.email))) return;
  const token = await issueToken("password_reset", user.email);
  const url = appUrl(
    `/reset-password?email=${encodeURIComponent(user.email)}&token=${encodeURIComponent(token)}`,
    origin,
  );
  const emailLocale = user.locale ?? locale;
  await queueEmail({
    ownerId: user.id,
    to: user.email,
    template: "password_reset",
    locale: emailLocale,
    rendered: await renderPasswordReset({ locale: emailLocale, email: user.email, url }),
    idempotencyKey: tokenIdempotencyKey("password_reset", token),
  });
}

/**
 * Sets a new password with a reset link, using the link up. The password is checked first, so a
 * too-short one doesn't burn the link. Throws `unauthorized` ("reset_invalid") for a bad link.
 */
export async function resetPassword(input: {
  email: string;
  token: string;
  password: string;
}): Promise<void> {
  const password = validPassword(input.password);
  const email = input.email.trim().toLowerCase();
  const user = await findUserByEmail(email);
  if (!(await consumeToken("password_reset", email, input.token)) || !user) {
    throw new AppError("unauthorized", "reset_invalid");
  }
  await storePassword(user, password);
}
