import { Button, Link, Text } from "@react-email/components";
import { fill } from "../../i18n/format";
import { messagesFor } from "../../i18n/messages";
import { EmailLayout, styles } from "./_components/email-layout";

/** Why the link was sent: asked for on the login page, or sign-up with a new or a taken address. */
export type SignInLinkReason = "sign_in" | "sign_up" | "already_registered";

export type MagicLinkEmailProps = {
  locale: "es" | "en";
  email: string;
  url: string;
  reason?: SignInLinkReason;
};

// What `email dev` shows, and what a tool that renders the template bare (`email export`) gets.
const preview: MagicLinkEmailProps = {
  locale: "en",
  email: "ana@example.com",
  url: "http://localhost:3000/magic-link?email=ana%40example.com&token=preview",
};

export function signInLinkCopy(locale: "es" | "en", reason: SignInLinkReason) {
  const t = messagesFor(locale).email.templates;
  if (reason === "sign_up") return t.signUpConfirm;
  return reason === "already_registered" ? t.signUpExisting : t.magicLink;
}

/** A single-use sign-in link (15 minutes). */
export default function MagicLinkEmail(input: MagicLinkEmailProps) {
  const { locale, email, url, reason = "sign_in" } = input.locale ? input : preview;
  const t = messagesFor(locale).email.templates;
  const copy = signInLinkCopy(locale, reason);
  return (
    <EmailLayout locale={locale} preview={copy.preview}>
      <Text className="m-text" style={styles.heading}>
        {copy.heading}
      </Text>
      <Text className="m-text" style={styles.text}>
        {fill(copy.body, { email })}
      </Text>
      <Button className="m-button" href={url} style={styles.button}>
        {copy.button}
      </Button>
      <Text className="m-muted" style={{ ...styles.muted, marginTop: "20px" }}>
        {t.magicLink.expiry} {t.magicLink.ignore}
      </Text>
      <Text className="m-muted" style={styles.muted}>
        {t.linkFallback}{" "}
        <Link className="m-accent" href={url} style={styles.link}>
          {url}
        </Link>
      </Text>
    </EmailLayout>
  );
}

MagicLinkEmail.PreviewProps = preview;
