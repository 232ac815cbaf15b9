import { enqueue } from "@/lib/kernel/jobs/queue";
import { logError } from "@/lib/kernel/log";

// Status changes queue their next job themselves, in their transaction (lib/meetings/status.ts).
// These queue one for a meeting whose status is already right: a demo meeting, a bench run.

/**
 * Hands a meeting to the next job. Failing to queue is not fatal: the meeting keeps its status and
 * the sweeper queues it again.
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
