import type { TransactionSql } from "postgres";

/**
 * Forgets what a meeting's previous transcript produced, inside the caller's transaction, when a
 * new recording replaces it: its lines, notes and the action items nobody touched. Items the user
 * edited, completed or added stay, without the line they cited (it no longer exists).
 */
export async function clearTranscript(sql: TransactionSql, meetingId: string): Promise<void> {
  await sql`delete from transcript_segments where meeting_id = ${meetingId}`;
  await sql`delete from insights where meeting_id = ${meetingId}`;
  await sql`
    delete from action_items
    where meeting_id = ${meetingId} and origin = 'extracted' and not edited and not done`;
  await sql`update action_items set seq = null where meeting_id = ${meetingId} and seq is not null`;
  await sql`delete from dismissed_action_items where meeting_id = ${meetingId}`;
  await sql`update meetings set duration_ms = null where id = ${meetingId}`;
}
