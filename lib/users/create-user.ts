import { signUpSchema } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { type User, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

export type NewUserInput = { email: string; password: string; name?: string; locale?: "es" | "en" };

/** Creates an email + password account. Throws `conflict` when the email is taken, `validation` on bad input. */
export async function createUser(input: NewUserInput): Promise<User> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("validation", parsed.error.issues[0]?.message ?? "invalid", {
      errors: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    });
  }
  const { email, password, name } = parsed.data;
  const passwordHash = await hashPassword(password);
  const [user] = await getDb()
    .insert(users)
    .values({ email, passwordHash, name: name || null, locale: input.locale ?? null })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!user) throw new AppError("conflict", "email_taken");
  return user;
}
