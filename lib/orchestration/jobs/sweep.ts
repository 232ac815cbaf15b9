import { transcriptionGap, transcriptionProvider } from "@/lib/ai/providers";
import { requeueStuckEmails } from "@/lib/email/queue-email";
import { getSql } from "@/lib/kernel/db/client";
import { pruneIdempotencyKeys } from "@/lib/kernel/idempotency";
import type { QueueName } from "@/lib/kernel/jobs/queue";
import { getBoss } from "@/lib/kernel/jobs/queue";
import { removeQueuedFiles } from "@/lib/meetings/delete-meeting";
import { changeStatus } from "@/lib/meetings/status";
import { requeueStuckDeliveries } from "@/lib/webhooks/requeue-stuck-deliveries";

const STALE = "2 minutes";

// Long enough for the slowest upload to finish; a meeting still empty after it never gets its file.
const ABANDONED_UPLOAD_AFTER = "24 hours";

/**
 * Deletes meetings the browser created for an upload whose file never arrived (the tab was closed
 * mid-upload): still `created`, with no segments and no recording, a day later. Nothing in them
 * is worth keeping, and they would sit in the history as empty entries.
 */
export async function deleteAbandonedUploads(): Promise<number> {
  const deleted = await getSql()`
    delete from meetings where id in (
      select m.id from meetings m
      where m.source = 'upload' and m.status = 'created' and m.media_key is null
        and m.created_at < now() - ${ABANDONED_UPLOAD_AFTER}::interval
        and not exists (select 1 from transcript_segments s where s.meeting_id = m.id)
      limit 500)
    and status = 'created' and media_key is null
    returning id`;
  return deleted.length;
}

async function hasPendingJob(queue: QueueName, meetingId: string): Promise<boolean> {
  const jobs = await (await getBoss()).findJobs(queue, { key: meetingId });
  return jobs.some((job) => job.state === "created" || job.state === "retry" || job.state === "active");
}

/**
 * Re-queues work a crash or an outage left behind: meetings waiting for a step with no job for it,
 * recordings waiting for a transcription engine that is now configured, files of deleted meetings,
 * and expired Idempotency-Key answers. Also clears away meetings left empty by abandoned uploads.
 */
export async function sweep(): Promise<number> {
  const sql = getSql();
  const boss = await getBoss();
  let queued = 0;
  const stuck = await sql<{ id: string; status: string }[]>`
    select id, status from meetings
    where status in ('uploaded', 'transcribing', 'analyzing') and updated_at < now() - ${STALE}::interval
    limit 500`;
  for (const meeting of stuck) {
    const queue: QueueName = meeting.status === "analyzing" ? "analyze" : "transcribe";
    if (await hasPendingJob(queue, meeting.id)) continue;
    await boss.send(queue, { meetingId: meeting.id }, { singletonKey: meeting.id });
    queued++;
  }
  const provider = transcriptionProvider();
  if (provider) {
    const waiting = await sql<{ id: string; language: "auto" | "es" | "en" }[]>`
      select id, language from meetings where status = 'awaiting_transcription' limit 500`;
    // Only those the engine can now take: a Spanish recording keeps waiting for one that speaks it.
    for (const meeting of waiting.filter((row) => !transcriptionGap(provider, row.language))) {
      const moved = await changeStatus(meeting.id, {
        to: "uploaded",
        from: ["awaiting_transcription"],
        next: "transcribe",
      });
      if (moved) queued++;
    }
  }
  queued += await requeueStuckEmails();
  queued += await requeueStuckDeliveries();
  await removeQueuedFiles();
  await deleteAbandonedUploads();
  await pruneIdempotencyKeys();
  return queued;
}
