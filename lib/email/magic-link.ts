import { findUserByEmail } from "@/lib/users/queries";
import { appUrl } from "./app-url";
import { addressOverLimit, issueToken, limitLinkRequests, tokenIdempotencyKey } from "./auth-tokens";
import { refuseWithoutDelivery } from "./email-delivery";
import { queueEmail } from "./queue-email";
import { renderMagicLink } from "./render-auth-email";

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
  if (!user || (await addressOverLimit("magic_link", user.email))) return;
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
    rendered: await renderMagicLink({ locale: emailLocale, email: user.email, url }),
    idempotencyKey: tokenIdempotencyKey("magic_link", token),
  });
}
