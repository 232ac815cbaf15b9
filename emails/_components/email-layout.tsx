import { Body, Container, Head, Html, Preview, Section, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";

// Light colours inline (every client applies them); dark ones through classes for the clients that
// honour prefers-color-scheme (Apple Mail, iOS, Outlook.com via [data-ogsc]). Clients that invert
// colours themselves (Gmail apps) get a palette with enough contrast both ways.
const DARK_MODE_CSS = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .m-body { background-color: #0f1115 !important; }
  .m-card { background-color: #1a1d24 !important; border-color: #2c313c !important; }
  .m-text { color: #e6e8ec !important; }
  .m-muted { color: #a3a9b5 !important; }
  .m-accent { color: #8ab4ff !important; }
  .m-button { background-color: #8ab4ff !important; color: #0f1115 !important; }
  .m-rule { border-color: #2c313c !important; }
}
[data-ogsc] .m-body { background-color: #0f1115 !important; }
[data-ogsc] .m-card { background-color: #1a1d24 !important; }
[data-ogsc] .m-text { color: #e6e8ec !important; }
[data-ogsc] .m-muted { color: #a3a9b5 !important; }
[data-ogsc] .m-accent { color: #8ab4ff !important; }
`;

export const colors = {
  page: "#f4f5f7",
  card: "#ffffff",
  border: "#e3e5e8",
  text: "#1b1f24",
  muted: "#5b6470",
  accent: "#1d4ed8",
};

export const styles = {
  heading: { margin: "0 0 8px", fontSize: "20px", lineHeight: "28px", fontWeight: 600, color: colors.text },
  subheading: {
    margin: "24px 0 8px",
    fontSize: "16px",
    lineHeight: "24px",
    fontWeight: 600,
    color: colors.text,
  },
  text: { margin: "0 0 12px", fontSize: "15px", lineHeight: "24px", color: colors.text },
  muted: { margin: "0 0 12px", fontSize: "13px", lineHeight: "20px", color: colors.muted },
  button: {
    display: "inline-block",
    padding: "12px 20px",
    borderRadius: "6px",
    backgroundColor: colors.accent,
    color: "#ffffff",
    fontSize: "15px",
    fontWeight: 600,
    textDecoration: "none",
  },
  link: { color: colors.accent, textDecoration: "underline", wordBreak: "break-all" },
} satisfies Record<string, CSSProperties>;

export function EmailLayout({
  locale,
  preview,
  children,
  footer,
}: {
  locale: "es" | "en";
  preview: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <Html lang={locale} dir="ltr">
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style>{DARK_MODE_CSS}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body
        className="m-body"
        style={{
          margin: 0,
          padding: "24px 0",
          backgroundColor: colors.page,
          fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
        }}
      >
        <Container style={{ maxWidth: "600px", margin: "0 auto", padding: "0 12px" }}>
          <Text className="m-muted" style={{ ...styles.muted, fontWeight: 600, letterSpacing: "0.02em" }}>
            Minuta
          </Text>
          <Section
            className="m-card"
            style={{
              backgroundColor: colors.card,
              border: `1px solid ${colors.border}`,
              borderRadius: "8px",
              padding: "24px",
            }}
          >
            {children}
          </Section>
          {footer ? <Section style={{ padding: "16px 4px" }}>{footer}</Section> : null}
        </Container>
      </Body>
    </Html>
  );
}
