import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

/** Deletes a user and, through foreign keys, everything they own. */
export async function deleteUserByEmail(email: string): Promise<void> {
  const deleted = await getDb()
    .delete(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .returning({ id: users.id });
  if (deleted.length === 0) throw new AppError("not_found", "user_not_found");
}
