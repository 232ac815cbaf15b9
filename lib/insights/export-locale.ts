import { isLocale, LOCALE_COOKIE, type Locale, localeFromAcceptLanguage } from "@/lib/i18n/locale";
import { getSql } from "@/lib/kernel/db/client";

const cookieValue = (header: string | null, name: string) =>
  header
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([key]) => key === name)?.[1];

/**
 * The language of a download: the one chosen in the app (its cookie, sent with browser
 * downloads), else the user's saved language, else the request's Accept-Language, else English.
 */
export async function exportLocale(userId: string, headers?: Headers): Promise<Locale> {
  const chosen = cookieValue(headers?.get("cookie") ?? null, LOCALE_COOKIE);
  if (isLocale(chosen)) return chosen;
  const [user] = await getSql()<{ locale: string | null }[]>`select locale from users where id = ${userId}`;
  if (isLocale(user?.locale)) return user.locale;
  return localeFromAcceptLanguage(headers?.get("accept-language"));
}
