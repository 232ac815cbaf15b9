import MagicLinkEmail, { type SignInLinkReason, signInLinkCopy } from "@/emails/magic-link";
import PasswordResetEmail from "@/emails/password-reset";
import { emailMessages } from "@/lib/i18n/messages/email";
import { type RenderedEmail, renderEmail } from "./render-email";

type AuthEmailInput = { locale: "es" | "en"; email: string; url: string };

export function renderMagicLink(
  input: AuthEmailInput & { reason?: SignInLinkReason },
): Promise<RenderedEmail> {
  return renderEmail(
    <MagicLinkEmail {...input} />,
    signInLinkCopy(input.locale, input.reason ?? "sign_in").subject,
  );
}

export function renderPasswordReset(input: AuthEmailInput): Promise<RenderedEmail> {
  return renderEmail(
    <PasswordResetEmail {...input} />,
    emailMessages[input.locale].templates.passwordReset.subject,
  );
}
