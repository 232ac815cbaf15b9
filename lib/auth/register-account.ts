import { emailSignInLink } from "@/lib/auth/magic-link";
import { hashPassword } from "@/lib/auth/password";
import { getSql } from "@/lib/kernel/db/client";
import { findUserByEmail } from "@/lib/users/queries";
import { canonicalTimeZone } from "@/lib/users/time-zone";
import { type NewUserInput, parseNewUser } from "./create-user";

/**
 * Open sign-up that says nothing about the address: whoever asks gets no answer but "check your
 * email", and only the address's owner reads what happened. A new address gets an account that
 * waits for its emailed confirmation link before the password works; an address with an account
 * gets a sign-in link and a word that someone tried, and its account stays as it was. An account
 * still waiting takes the newest sign-up's details, and only the newest link works.
 */
export async function registerAccount(
  input: NewUserInput & { locale: "es" | "en"; origin?: string },
): Promise<void> {
  const { email, password, name } = parseNewUser(input);
  // Hashed whether or not it is stored, so both answers take the same time.
  const passwordHash = await hashPassword(password);
  const [waiting] = await getSql()<{ id: string }[]>`
    insert into users (email, password_hash, name, locale, timezone, awaiting_confirmation)
    values (${email}, ${passwordHash}, ${name || null}, ${input.locale},
      ${(input.timezone && canonicalTimeZone(input.timezone)) || "UTC"}, true)
    on conflict (email) do update
      set password_hash = excluded.password_hash, name = excluded.name, locale = excluded.locale,
        timezone = excluded.timezone, updated_at = now()
      where users.awaiting_confirmation
    returning id`;
  const user = await findUserByEmail(email);
  if (!user) return;
  await emailSignInLink(user, input.locale, waiting ? "sign_up" : "already_registered", input.origin);
}
