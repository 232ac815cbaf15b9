import MagicLinkEmail from "@/emails/magic-link";
import PasswordResetEmail from "@/emails/password-reset";
import { emailMessages } from "@/lib/i18n/messages/email";
import { type RenderedEmail, renderEmail } from "./render-email";

type AuthEmailInput = { locale: "es" | "en"; email: string; url: string };

export function renderMagicLink(input: AuthEmailInput): Promise<RenderedEmail> {
  return renderEmail(<MagicLinkEmail {...input} />, emailMessages[input.locale].templates.magicLink.subject);
}

export function renderPasswordReset(input: AuthEmailInput): Promise<RenderedEmail> {
  return renderEmail(
    <PasswordResetEmail {...input} />,
    emailMessages[input.locale].templates.passwordReset.subject,
  );
}
