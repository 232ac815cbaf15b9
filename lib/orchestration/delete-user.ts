import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { deleteMeetingsOf, removeQueuedFiles } from "@/lib/meetings/delete-meeting";

/**
 * Deletes a user and everything they own: rows through foreign keys, and their recordings, queued
 * for removal in the same transaction (as deleting one meeting does) and removed once it commits.
 */
export async function deleteUserByEmail(email: string): Promise<void> {
  const keys = await getSql().begin(async (sql) => {
    const [user] = await sql<{ id: string }[]>`
      select id from users where email = ${email.trim().toLowerCase()} for update`;
    if (!user) throw new AppError("not_found", "user_not_found");
    const files = await deleteMeetingsOf(sql, user.id);
    await sql`delete from users where id = ${user.id}`;
    return files;
  });
  await removeQueuedFiles(keys);
}
