import MagicLinkEmail, { type SignInLinkReason, signInLinkCopy } from "@/lib/email/templates/magic-link";
import PasswordResetEmail from "@/lib/email/templates/password-reset";
import { messagesFor } from "@/lib/i18n/messages";
import { type RenderedEmail, renderEmail } from "./render-email";

export type { SignInLinkReason };

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
    messagesFor(input.locale).email.templates.passwordReset.subject,
  );
}
