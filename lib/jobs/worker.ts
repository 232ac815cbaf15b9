import type { Job } from "pg-boss";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { waitForDatabase } from "@/lib/db/wait-for-database";
import { sendEmailJob } from "@/lib/email/send-email-job";
import { logError } from "@/lib/observability/log";
import { deliverWebhookJob } from "@/lib/webhooks/deliver-webhook-job";
import { analyzeMeetingJob } from "./analyze-meeting-job";
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

const OUTAGE_WAIT_MS = 60_000;

/**
 * A job the database vanished under can't be marked failed (pg-boss writes that to the database):
 * it would stay `active` until its heartbeat went stale, a minute or more. Waiting for the database
 * first lets the failure be recorded, so the job is retried as soon as its retry delay passes.
 */
async function surviveOutage(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (isDatabaseUnavailable(error)) await waitForDatabase(OUTAGE_WAIT_MS);
    throw error;
  }
}

let started: Promise<() => Promise<void>> | undefined;

/** Starts processing jobs in this process (the app in dev, or `npm run worker`); idempotent. */
export function startWorker(): Promise<() => Promise<void>> {
  started ??= (async () => {
    const boss = await getBoss();
    await boss.work<MeetingJob>("analyze", { batchSize: 1, localConcurrency: 2 }, async ([job]) => {
      if (job)
        await surviveOutage(() => analyzeMeetingJob(job.data.meetingId, isFinalAttempt("analyze", job)));
    });
    await boss.work<MeetingJob>("transcribe", { batchSize: 1 }, async ([job]) => {
      if (job)
        await surviveOutage(() =>
          transcribeMeetingJob(job.data.meetingId, isFinalAttempt("transcribe", job)),
        );
    });
    await boss.work<EmailJob>("email", { batchSize: 1, localConcurrency: 2 }, async ([job]) => {
      if (job) await surviveOutage(() => sendEmailJob(job.data.emailId, isFinalAttempt("email", job)));
    });
    await boss.work<WebhookJob>("webhook", { batchSize: 1, localConcurrency: 4 }, async ([job]) => {
      if (job) await surviveOutage(() => deliverWebhookJob(job.data.deliveryId));
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
