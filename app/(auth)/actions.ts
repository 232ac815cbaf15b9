"use server";

import { cookies, headers } from "next/headers";
import { AuthError } from "next-auth";
import { z } from "zod";
import { publicAction } from "@/lib/actions/action-result";
import { signIn } from "@/lib/auth/auth";
import { createUser } from "@/lib/auth/create-user";
import { emailSchema, logInSchema, signUpSchema } from "@/lib/auth/credentials";
import { requestMagicLink } from "@/lib/auth/magic-link";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { registerAccount } from "@/lib/auth/register-account";
import { grantSignUpPass } from "@/lib/auth/sign-up-pass";
import { limitSignUps } from "@/lib/auth/sign-up-throttle";
import { emailLinksAvailable, readLinksInDevInbox } from "@/lib/email/email-delivery";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { currentLocale } from "@/lib/i18n/server";
import { AppError } from "@/lib/kernel/errors";
import { requestOrigin } from "@/lib/kernel/http/app-url";
import { clientIp } from "@/lib/kernel/http/client-ip";
import { findUserByEmail } from "@/lib/users/queries";

async function rememberLocale(email: string) {
  // Bring back the language this user chose last time, on any browser.
  const user = await findUserByEmail(email);
  if (user?.locale) (await cookies()).set(LOCALE_COOKIE, user.locale, { maxAge: 31536000, path: "/" });
}

async function signInWithPassword(email: string, password: string) {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      throw new AppError("unauthorized", code === "rate_limited" ? "rate_limited" : "invalid_credentials");
    }
    throw error;
  }
  await rememberLocale(email);
}

export const logIn = publicAction(logInSchema, async ({ email, password }) => {
  await signInWithPassword(email, password);
});

export const signUp = publicAction(
  signUpSchema.extend({
    name: z.string().trim().max(100).optional(),
    // The browser's own zone, so dates read right from the first meeting; checked in createUser.
    timezone: z.string().max(100).optional(),
  }),
  async (input): Promise<{ checkEmail: boolean; devInbox: boolean }> => {
    const requestHeaders = await headers();
    await limitSignUps(clientIp(requestHeaders));
    const locale = await currentLocale();
    if (emailLinksAvailable()) {
      // The same answer for a new address and a taken one (lib/auth/register-account.ts).
      await registerAccount({ ...input, locale, origin: requestOrigin(requestHeaders) });
      return { checkEmail: true, devInbox: readLinksInDevInbox() };
    }
    // No email can reach anyone here, so nothing could confirm an address: the account is made and
    // signed in at once, and a taken address is said to be taken (README, "Accounts and sessions").
    const user = await createUser({ ...input, locale });
    grantSignUpPass(user.email);
    await signInWithPassword(user.email, input.password);
    return { checkEmail: false, devInbox: false };
  },
);

const oauthProviderSchema = z.enum(["github", "google"]);

export async function signInWithProvider(provider: unknown) {
  await signIn(oauthProviderSchema.parse(provider), { redirectTo: "/meetings" });
}

// Emailed links (magic link, password reset): the answer never says whether the address has an account.
// `devInbox` tells the form to point at the dev inbox when no provider delivers real email.
const linkRequestSchema = z.object({ email: emailSchema });

async function linkRequest(email: string) {
  const requestHeaders = await headers();
  return {
    email,
    locale: await currentLocale(),
    ip: clientIp(requestHeaders),
    origin: requestOrigin(requestHeaders),
  };
}

export const emailSignInLink = publicAction(linkRequestSchema, async ({ email }) => {
  await requestMagicLink(await linkRequest(email));
  return { devInbox: readLinksInDevInbox() };
});

export const emailPasswordReset = publicAction(linkRequestSchema, async ({ email }) => {
  await requestPasswordReset(await linkRequest(email));
  return { devInbox: readLinksInDevInbox() };
});

export const signInWithEmailLink = publicAction(
  z.object({ email: z.string().max(254), token: z.string().max(200) }),
  async ({ email, token }) => {
    try {
      await signIn("magic-link", { email, token, redirect: false });
    } catch (error) {
      if (error instanceof AuthError) throw new AppError("unauthorized", "link_invalid");
      throw error;
    }
    await rememberLocale(email);
  },
);

export const chooseNewPassword = publicAction(
  z.object({ email: z.string().max(254), token: z.string().max(200), password: z.string().max(1000) }),
  async (input) => {
    await resetPassword(input);
    await signInWithPassword(input.email.trim().toLowerCase(), input.password);
  },
);
