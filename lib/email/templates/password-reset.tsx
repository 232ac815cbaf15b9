import { Button, Link, Text } from "@react-email/components";
import { fill } from "../../i18n/format";
import { messagesFor } from "../../i18n/messages";
import { EmailLayout, styles } from "./_components/email-layout";

export type PasswordResetEmailProps = { locale: "es" | "en"; email: string; url: string };

// What `email dev` shows, and what a tool that renders the template bare (`email export`) gets.
const preview: PasswordResetEmailProps = {
  locale: "es",
  email: "ana@example.com",
  url: "http://localhost:3000/reset-password?email=ana%40example.com&token=preview",
};

/** A single-use link to choose a new password (15 minutes). */
export default function PasswordResetEmail(input: PasswordResetEmailProps) {
  const { locale, email, url } = input.locale ? input : preview;
  const t = messagesFor(locale).email.templates;
  return (
    <EmailLayout locale={locale} preview={t.passwordReset.preview}>
      <Text className="m-text" style={styles.heading}>
        {t.passwordReset.heading}
      </Text>
      <Text className="m-text" style={styles.text}>
        {fill(t.passwordReset.body, { email })}
      </Text>
      <Button className="m-button" href={url} style={styles.button}>
        {t.passwordReset.button}
      </Button>
      <Text className="m-muted" style={{ ...styles.muted, marginTop: "20px" }}>
        {t.passwordReset.expiry} {t.passwordReset.ignore}
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

PasswordResetEmail.PreviewProps = preview;
