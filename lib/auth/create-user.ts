import { signUpSchema } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { getSql } from "@/lib/kernel/db/client";
import { rowColumns } from "@/lib/kernel/db/row-shape";
import { AppError } from "@/lib/kernel/errors";
import { type UserRow, userRow } from "@/lib/users/rows";
import { canonicalTimeZone } from "@/lib/users/time-zone";

export type NewUserInput = {
  email: string;
  password: string;
  name?: string;
  locale?: "es" | "en";
  /** The browser's time zone at sign-up; anything that isn't an IANA zone leaves the default, UTC. */
  timezone?: string;
};

/** The sign-up fields, checked; a `validation` error naming the first rule broken otherwise. */
export function parseNewUser(input: NewUserInput) {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("validation", parsed.error.issues[0]?.message ?? "invalid", {
      errors: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    });
  }
  return parsed.data;
}

/** Creates an email + password account. Throws `conflict` when the email is taken, `validation` on bad input. */
export async function createUser(input: NewUserInput): Promise<UserRow> {
  const { email, password, name } = parseNewUser(input);
  const passwordHash = await hashPassword(password);
  const timezone = (input.timezone && canonicalTimeZone(input.timezone)) || "UTC";
  const sql = getSql();
  const [user] = await sql<UserRow[]>`
    insert into users (email, password_hash, name, locale, timezone)
    values (${email}, ${passwordHash}, ${name || null}, ${input.locale ?? null}, ${timezone})
    on conflict (email) do nothing
    returning ${rowColumns(sql, userRow)}`;
  if (!user) throw new AppError("conflict", "email_taken");
  return user;
}
