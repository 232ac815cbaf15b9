import { refuseWithoutDelivery } from "@/lib/email/email-delivery";
import { queueEmail } from "@/lib/email/queue-email";
import type { SignInLinkReason } from "@/lib/email/render-auth-email";
import { renderMagicLink } from "@/lib/email/render-auth-email";
import { appUrl } from "@/lib/kernel/http/app-url";
import { findUserByEmail } from "@/lib/users/queries";
import { addressOverLimit, issueToken, limitLinkRequests, tokenIdempotencyKey } from "./auth-tokens";

/** `origin`: where the request came to (its link points there unless APP_URL is set). */
export type LinkRequest = { email: string; locale: "es" | "en"; ip: string; origin?: string };

/**
 * Emails a single-use sign-in link when an account has this address. The caller learns nothing
 * either way: unknown addresses and addresses over their limit get the same (silent) answer.
 */
export async function requestMagicLink({ email, locale, ip, origin }: LinkRequest): Promise<void> {
  refuseWithoutDelivery();
  await limitLinkRequests(ip);
  const user = await findUserByEmail(email);
  if (!user) return;
  await emailSignInLink(user, locale, "sign_in", origin);
}

/**
 * Emails the user a single-use sign-in link (which also confirms the address), unless the address
 * already got its share of them lately.
 */
export async function emailSignInLink(
  user: { id: string; email: string; locale: "es" | "en" | null },
  locale: "es" | "en",
  reason: SignInLinkReason,
  origin?: string,
): Promise<void> {
  if (await addressOverLimit("magic_link", user.email)) return;
  const token = await issueToken("magic_link", user.email);
  const url = appUrl(
    `/magic-link?email=${encodeURIComponent(user.email)}&token=${encodeURIComponent(token)}`,
    origin,
  );
  const emailLocale = user.locale ?? locale;
  await queueEmail({
    ownerId: user.id,
    to: user.email,
    template: "magic_link",
    locale: emailLocale,
    rendered: await renderMagicLink({ locale: emailLocale, email: user.email, url, reason }),
    idempotencyKey: tokenIdempotencyKey("magic_link", token),
  });
}
