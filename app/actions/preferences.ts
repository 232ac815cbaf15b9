"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { type ActionResult, userAction } from "@/lib/actions/action-result";
import { currentUser } from "@/lib/auth/session";
import { LOCALE_COOKIE, THEME_COOKIE } from "@/lib/i18n/locale";
import { preferencesSchema, updatePreferences } from "@/lib/users/preferences";

const YEAR = 60 * 60 * 24 * 365;

/** Switches the interface language; remembered in a cookie and, when signed in, on the account. */
export async function chooseLocale(locale: unknown): Promise<ActionResult<null>> {
  const parsed = z.enum(["es", "en"]).safeParse(locale);
  if (!parsed.success) return { ok: false, error: "invalid_locale" };
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { maxAge: YEAR, path: "/", sameSite: "lax" });
  const user = await currentUser();
  if (user) await updatePreferences(user.id, { locale: parsed.data });
  return { ok: true, data: null };
}

export async function chooseTheme(theme: unknown): Promise<ActionResult<null>> {
  const parsed = z.enum(["light", "dark", "system"]).safeParse(theme);
  if (!parsed.success) return { ok: false, error: "invalid_theme" };
  (await cookies()).set(THEME_COOKIE, parsed.data, { maxAge: YEAR, path: "/", sameSite: "lax" });
  return { ok: true, data: null };
}

export const saveProfile = userAction(preferencesSchema, async (input, user) => {
  await updatePreferences(user.id, input);
  if (input.locale)
    (await cookies()).set(LOCALE_COOKIE, input.locale, { maxAge: YEAR, path: "/", sameSite: "lax" });
  return null;
});
