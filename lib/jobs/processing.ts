import { getSql } from "@/lib/kernel/db/client";
import { enqueue } from "@/lib/kernel/jobs/queue";
import { logError } from "@/lib/kernel/log";
import { notifyStatus } from "@/lib/realtime/notify";

/**
 * Hands a meeting to the next job. Failing to queue is not fatal: the meeting keeps its status and
 * the sweeper queues it again, so a crash between the write and the queue loses nothing.
 */
export async function queueAnalysis(meetingId: string): Promise<void> {
  await enqueue("analyze", meetingId).catch((error) =>
    logError("could not queue analysis; the sweeper will", error, { meetingId }),
  );
}

export async function queueTranscription(meetingId: string): Promise<void> {
  await enqueue("transcribe", meetingId).catch((error) =>
    logError("could not queue transcription; the sweeper will", error, { meetingId }),
  );
}

/** Marks a meeting as analyzing (with an optional new template) and queues the analysis. */
export async function requestAnalysis(meetingId: string, template?: string): Promise<void> {
  await getSql()`
    update meetings set status = 'analyzing', error = null, template = coalesce(${template ?? null}, template), updated_at = now()
    where id = ${meetingId}`;
  await notifyStatus(meetingId).catch(() => {});
  await queueAnalysis(meetingId);
}
