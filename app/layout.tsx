import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";
import { I18nProvider } from "@/lib/i18n/context.client";
import { currentTheme, getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = {
  title: "Minuta",
  applicationName: "Minuta",
  description: "Meeting notes, action items and answers with citations.",
};

// Applies the system colour scheme before first paint when the user hasn't chosen one.
const systemThemeScript = `try{if(!document.documentElement.classList.contains('light')&&!document.documentElement.classList.contains('dark')&&matchMedia('(prefers-color-scheme: dark)').matches)document.documentElement.classList.add('dark')}catch(e){}`;

// zod, in client bundles, probes `new Function` to compile its parsers, and a strict policy reports
// that probe as a violation. Its `jitless` setting skips it; it must be in place before any schema
// is built, so it is set by the first script of the page, where z.config() would put it.
const zodWithoutEvalScript = `globalThis.__zod_globalConfig=Object.assign(globalThis.__zod_globalConfig||{},{jitless:true})`;

const headScript = `${zodWithoutEvalScript};${systemThemeScript}`;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getMessages();
  const theme = await currentTheme();
  // Set by proxy.ts for this response's Content-Security-Policy.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang={locale} className={theme === "system" ? undefined : theme} suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: constant scripts, no user content */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: headScript }} />
      </head>
      <body className="min-h-dvh">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-card focus:px-3 focus:py-2"
        >
          {t.nav.skipToContent}
        </a>
        <I18nProvider locale={locale} t={t}>
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}
