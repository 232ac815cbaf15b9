import { Container, Head, Html, Preview, Section, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";

export const colors = {
  page: "#f4f5f7",
  card: "#ffffff",
  border: "#e3e5e8",
  text: "#1b1f24",
  muted: "#5b6470",
  accent: "#1d4ed8",
  buttonText: "#ffffff",
};

export const darkColors: typeof colors = {
  page: "#0f1115",
  card: "#1a1d24",
  border: "#2c313c",
  text: "#e6e8ec",
  muted: "#a3a9b5",
  accent: "#8ab4ff",
  buttonText: "#0f1115",
};

// Light colours inline (every client applies them); dark ones through classes for the clients that
// honour prefers-color-scheme (Apple Mail, iOS) or mark dark mode with [data-ogsc] (Outlook.com).
// Clients that invert colours themselves (Gmail apps) get a palette with enough contrast both ways.
// Every element with an inline colour carries one of these classes, or dark mode misses it.
const darkRules = (scope: string) => `
${scope}.m-body { background-color: ${darkColors.page} !important; }
${scope}.m-card { background-color: ${darkColors.card} !important; border-color: ${darkColors.border} !important; }
${scope}.m-text { color: ${darkColors.text} !important; }
${scope}.m-muted { color: ${darkColors.muted} !important; }
${scope}.m-accent { color: ${darkColors.accent} !important; }
${scope}.m-button { background-color: ${darkColors.accent} !important; color: ${darkColors.buttonText} !important; }
${scope}.m-rule { border-color: ${darkColors.border} !important; }`;

const DARK_MODE_CSS = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {${darkRules("")}
}${darkRules("[data-ogsc] ")}
`;

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
    color: colors.buttonText,
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
      {/* The page colour sits on a full-width section, not only on <body>: many clients drop <body>'s
          styles, and react-email's Body would copy it to an inner cell no dark rule reaches. */}
      <body className="m-body" style={{ margin: 0, padding: 0, backgroundColor: colors.page }}>
        <Preview>{preview}</Preview>
        <Section
          className="m-body"
          style={{
            backgroundColor: colors.page,
            padding: "24px 0",
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
        </Section>
      </body>
    </Html>
  );
}
