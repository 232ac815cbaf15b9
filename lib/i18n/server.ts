import { cookies, headers } from "next/headers";
import {
  isLocale,
  LOCALE_COOKIE,
  type Locale,
  localeFromAcceptLanguage,
  THEME_COOKIE,
  type Theme,
} from "./locale";
import { messagesFor } from "./messages";

/** The remembered choice (cookie) first, then the browser's language. */
export async function currentLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export async function currentTheme(): Promise<Theme> {
  const theme = (await cookies()).get(THEME_COOKIE)?.value;
  return theme === "light" || theme === "dark" ? theme : "system";
}

export async function getMessages() {
  const locale = await currentLocale();
  return { locale, t: messagesFor(locale) };
}
