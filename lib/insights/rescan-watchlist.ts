import { findWatchlistHits } from "@/lib/insights/local/watchlist";
import type { Segment } from "@/lib/insights/types";
import { getSql } from "@/lib/kernel/db/client";
import { notifyMeeting } from "@/lib/kernel/db/notify";
import { getBoss } from "@/lib/kernel/jobs/queue";
import { logError } from "@/lib/kernel/log";

/**
 * Recomputes the watchlist hits of every ready meeting of the user from its stored transcript, with
 * the watchlist as it is now; nothing else in the notes changes (no re-analysis). Returns how many
 * meetings it updated. A meeting being analyzed is left alone: its analysis reads the watchlist too.
 */
export async function rescanWatchlist(userId: string): Promise<number> {
  const sql = getSql();
  const [user] = await sql<{ watchlist: string[] }[]>`select watchlist from users where id = ${userId}`;
  if (!user) return 0;
  const meetings = await sql<{ id: string }[]>`
    select m.id from meetings m join insights i on i.meeting_id = m.id
    where m.owner_id = ${userId} and m.status = 'ready'
    order by m.created_at`;
  let updated = 0;
  for (const { id } of meetings) {
    const segments = await sql<Segment[]>`
      select seq, speaker, text, start_ms as "startMs", end_ms as "endMs"
      from transcript_segments where meeting_id = ${id} order by seq`;
    const hits = findWatchlistHits(segments, user.watchlist);
    const changed = await sql`
      update insights set watchlist_hits = ${sql.json(hits)}, updated_at = now()
      where meeting_id = ${id} and watchlist_hits <> ${sql.json(hits)}::jsonb
        and exists (select 1 from meetings where id = ${id} and status = 'ready')`;
    if (changed.count === 0) continue;
    updated++;
    // Open pages of the meeting reload their notes.
    await notifyMeeting({ meetingId: id, kind: "insights" }, sql);
  }
  return updated;
}

/**
 * Queues the re-scan of the user's meetings after their watchlist changed (one at a time per user;
 * the job reads the watchlist when it runs, so saving twice quickly scans once with the latest).
 * Without the queue the re-scan runs here: the saved watchlist must not wait for a Regenerate.
 */
export async function queueWatchlistRescan(userId: string): Promise<void> {
  try {
    const boss = await getBoss();
    await boss.send("watchlist", { userId }, { singletonKey: userId });
  } catch (error) {
    logError("could not queue the watchlist re-scan; running it now", error, { userId });
    await rescanWatchlist(userId);
  }
}
