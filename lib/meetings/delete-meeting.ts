import type { TransactionSql } from "postgres";
import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { logError } from "@/lib/kernel/log";
import { getStorage } from "@/lib/storage/get-storage";

/**
 * Deletes a meeting and everything it owns in one transaction; its files are queued for removal in
 * that same transaction and removed right after, so a crash in between leaves a retryable record,
 * never an orphan nobody knows about. Jobs that still hold its id find nothing and end quietly.
 */
export async function deleteMeeting(userId: string, meetingId: string): Promise<void> {
  const keys = await getSql().begin(async (sql) => {
    const deleted = await sql<{ media_key: string | null }[]>`
      delete from meetings where id = ${meetingId} and owner_id = ${userId} returning media_key`;
    if (deleted.length === 0) throw new AppError("not_found", "No meeting with this id.");
    return queueFilesOf(sql, deleted);
  });
  await removeQueuedFiles(keys);
}

/** Queues the files of deleted meetings for removal, inside the transaction that deleted them. */
async function queueFilesOf(sql: TransactionSql, deleted: { media_key: string | null }[]): Promise<string[]> {
  const keys = deleted.flatMap((row) => (row.media_key ? [row.media_key] : []));
  if (keys.length) {
    await sql`insert into storage_deletions (key) select unnest(${keys}::text[]) on conflict do nothing`;
  }
  return keys;
}

/**
 * Deletes every meeting of a user inside the caller's transaction (deleting the user, resetting
 * the demo), queueing their files there too; returns the keys to pass to removeQueuedFiles once
 * it has committed.
 */
export async function deleteMeetingsOf(sql: TransactionSql, userId: string): Promise<string[]> {
  const deleted = await sql<{ media_key: string | null }[]>`
    delete from meetings where owner_id = ${userId} returning media_key`;
  return queueFilesOf(sql, deleted);
}

/** Deletes every meeting of a user with everything they own, files included. */
export async function deleteAllMeetings(userId: string): Promise<void> {
  const keys = await getSql().begin((sql) => deleteMeetingsOf(sql, userId));
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
