import { Button, Link, Text } from "@react-email/components";
import { fill } from "../lib/i18n/format";
import { emailMessages } from "../lib/i18n/messages/email";
import { EmailLayout, styles } from "./_components/email-layout";

export type MagicLinkEmailProps = { locale: "es" | "en"; email: string; url: string };

// What `email dev` shows, and what a tool that renders the template bare (`email export`) gets.
const preview: MagicLinkEmailProps = {
  locale: "en",
  email: "ana@example.com",
  url: "http://localhost:3000/magic-link?email=ana%40example.com&token=preview",
};

/** A single-use sign-in link (15 minutes). */
export default function MagicLinkEmail(input: MagicLinkEmailProps) {
  const { locale, email, url } = input.locale ? input : preview;
  const t = emailMessages[locale].templates;
  return (
    <EmailLayout locale={locale} preview={t.magicLink.preview}>
      <Text className="m-text" style={styles.heading}>
        {t.magicLink.heading}
      </Text>
      <Text className="m-text" style={styles.text}>
        {fill(t.magicLink.body, { email })}
      </Text>
      <Button className="m-button" href={url} style={styles.button}>
        {t.magicLink.button}
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
