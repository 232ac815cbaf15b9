"use client";

import "./globals.css";
import { useEffect, useState } from "react";
import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";
import { isLocale, LOCALE_COOKIE, type Locale, localeFromAcceptLanguage } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";

/** The reader's language as the root layout would pick it: the remembered choice, else the browser's. */
function browserLocale(): Locale {
  const chosen = document.cookie
    .split("; ")
    .find((cookie) => cookie.startsWith(`${LOCALE_COOKIE}=`))
    ?.split("=")[1];
  return isLocale(chosen) ? chosen : localeFromAcceptLanguage(navigator.languages.join(","));
}

/** When the root layout itself fails: a whole page of its own, since nothing else rendered. */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const [locale, setLocale] = useState<Locale>("en");
  useEffect(() => {
    setLocale(browserLocale());
    console.error(error);
  }, [error]);
  const copy = messagesFor(locale).welcome.error;
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <StatusPage title={copy.title} text={copy.text} testId="global-error">
          <Button onClick={reset}>{copy.retry}</Button>
        </StatusPage>
      </body>
    </html>
  );
}
