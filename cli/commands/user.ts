import { connectForCli } from "@/cli/connect";
import { requireFlags, UsageError } from "@/cli/parse-args";
import { createUser } from "@/lib/auth/create-user";
import { setPasswordByEmail } from "@/lib/auth/set-password";
import { closeDb } from "@/lib/kernel/db/client";
import { migrate } from "@/lib/kernel/db/migrate";
import { deleteUserByEmail } from "@/lib/orchestration/delete-user";

const messages: Record<string, string> = {
  email_taken: "a user with that email already exists",
  invalid_email: "that email address is not valid",
  password_too_short: "the password needs at least 8 characters",
  password_too_long: "the password is too long",
  user_not_found: "no user with that email",
};

export function describeUserError(code: string): string {
  return messages[code] ?? code;
}

export async function userCommand(sub: string | undefined, flags: Record<string, string>): Promise<void> {
  if (sub !== "create" && sub !== "delete" && sub !== "set-password") {
    throw new UsageError("user needs one of: create, delete, set-password");
  }
  if (sub === "create") requireFlags(flags, ["email", "password"], ["name"]);
  else if (sub === "set-password") requireFlags(flags, ["email", "password"]);
  else requireFlags(flags, ["email"]);
  const email = flags.email as string;
  const { sql, close } = await connectForCli();
  try {
    await migrate(sql);
    if (sub === "create") {
      const user = await createUser({ email, password: flags.password as string, name: flags.name });
      process.stdout.write(`created user ${user.email} (${user.id})\n`);
    } else if (sub === "set-password") {
      await setPasswordByEmail(email, flags.password as string);
      process.stdout.write(`set the password of ${email.trim().toLowerCase()}\n`);
    } else {
      await deleteUserByEmail(email);
      process.stdout.write(`deleted user ${email.trim().toLowerCase()}\n`);
    }
  } finally {
    await closeDb();
    await close();
  }
}
