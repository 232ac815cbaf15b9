import { getSql } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/observability/log";
import { getStorage } from "@/lib/storage/get-storage";

/**
 * Deletes a meeting and everything it owns in one transaction; its files are queued for removal in
 * that same transaction and removed right after, so a crash in between leaves a retryable record,
 * never an orphan nobody knows about. Jobs that still hold its id find nothing and end quietly.
 */
export async function deleteMeeting(userId: string, meetingId: string): Promise<void> {
  const keys = await getSql().begin(async (sql) => {
    const [meeting] = await sql<{ media_key: string | null }[]>`
      delete from meetings where id = ${meetingId} and owner_id = ${userId} returning media_key`;
    if (!meeting) throw new AppError("not_found", "No meeting with this id.");
    const files = meeting.media_key ? [meeting.media_key] : [];
    for (const key of files)
      await sql`insert into storage_deletions (key) values (${key}) on conflict do nothing`;
    return files;
  });
  await removeQueuedFiles(keys);
}

/** Removes files queued for deletion (all pending ones when called without keys). */
export async function removeQueuedFiles(keys?: string[]): Promise<void> {
  const sql = getSql();
  const pending =
    keys ?? (await sql<{ key: string }[]>`select key from storage_deletions`).map((row) => row.key);
  for (const key of pending) {
    try {
      await getStorage().delete(key);
      await sql`delete from storage_deletions where key = ${key}`;
    } catch (error) {
      logError("could not remove a deleted meeting's file; it stays queued", error, { key });
    }
  }
}
