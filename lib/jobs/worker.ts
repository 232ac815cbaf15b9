import type { Job } from "pg-boss";
import { getSql } from "@/lib/db/client";
import { sendEmailJob } from "@/lib/email/send-email-job";
import { onMeetingFailed } from "@/lib/events/meeting-events";
import { analyzeMeeting } from "@/lib/insights/analyze-meeting";
import { logError, logInfo } from "@/lib/observability/log";
import { deliverWebhookJob } from "@/lib/webhooks/deliver-webhook-job";
import { getBoss, QUEUES, type QueueName } from "./queue";
import { sweep } from "./sweep";
import { transcribeMeetingJob } from "./transcribe-meeting-job";

type MeetingJob = { meetingId: string };
type EmailJob = { emailId: string };
type WebhookJob = { deliveryId: string };
const SWEEP_EVERY_MS = 60_000;

function isFinalAttempt(queue: QueueName, job: Job<unknown>): boolean {
  return job.retryCount >= QUEUES[queue].retryLimit;
}

async function markFailed(meetingId: string, reason: string): Promise<void> {
  await getSql()`update meetings set status = 'failed', error = ${reason}, updated_at = now() where id = ${meetingId}`;
  await onMeetingFailed(meetingId);
}

async function runAnalyze(job: Job<MeetingJob>): Promise<void> {
  try {
    const outcome = await analyzeMeeting(job.data.meetingId);
    logInfo("analysis finished", { meetingId: job.data.meetingId, outcome });
  } catch (error) {
    if (isFinalAttempt("analyze", job)) {
      logError("analysis failed for good", error, { meetingId: job.data.meetingId });
      await markFailed(
        job.data.meetingId,
        "Analysis failed after several attempts. Use Retry to run it again.",
      );
      return;
    }
    throw error;
  }
}

let started: Promise<() => Promise<void>> | undefined;

/** Starts processing jobs in this process (the app in dev, or `npm run worker`); idempotent. */
export function startWorker(): Promise<() => Promise<void>> {
  started ??= (async () => {
    const boss = await getBoss();
    await boss.work<MeetingJob>("analyze", { batchSize: 1, localConcurrency: 2 }, async ([job]) => {
      if (job) await runAnalyze(job);
    });
    await boss.work<MeetingJob>("transcribe", { batchSize: 1 }, async ([job]) => {
      if (job) await transcribeMeetingJob(job.data.meetingId, isFinalAttempt("transcribe", job));
    });
    await boss.work<EmailJob>("email", { batchSize: 1, localConcurrency: 2 }, async ([job]) => {
      if (job) await sendEmailJob(job.data.emailId, isFinalAttempt("email", job));
    });
    await boss.work<WebhookJob>("webhook", { batchSize: 1, localConcurrency: 4 }, async ([job]) => {
      if (job) await deliverWebhookJob(job.data.deliveryId, isFinalAttempt("webhook", job));
    });
    const runSweep = () => sweep().catch((error) => logError("sweep failed", error));
    await runSweep();
    const timer = setInterval(runSweep, SWEEP_EVERY_MS);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await boss.offWork("analyze");
      await boss.offWork("transcribe");
      await boss.offWork("email");
      await boss.offWork("webhook");
    };
  })();
  return started;
}
