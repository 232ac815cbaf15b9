import type { Job } from "pg-boss";
import { sendEmailJob } from "@/lib/email/send-email-job";
import { rescanWatchlist } from "@/lib/insights/rescan-watchlist";
import { QUEUES, type QueueName } from "@/lib/kernel/jobs/queue";
import { logInfo } from "@/lib/kernel/log";
import { deliverWebhookJob } from "@/lib/webhooks/deliver-webhook-job";
import { analyzeMeetingJob } from "./analyze-meeting-job";
import { transcribeMeetingJob } from "./transcribe-meeting-job";

type MeetingJob = { meetingId: string };
type EmailJob = { emailId: string };
type WebhookJob = { deliveryId: string };
type UserJob = { userId: string };

/** Jobs of each queue one process runs at once. */
export const WORKERS: Record<QueueName, number> = {
  analyze: 2,
  transcribe: 1,
  email: 2,
  webhook: 4,
  watchlist: 1,
};

function isFinalAttempt(queue: QueueName, job: Job<unknown>): boolean {
  return job.retryCount >= QUEUES[queue].retryLimit;
}

/** What each queue's job does, for the long-lived worker and for the cron route alike. */
export const JOB_HANDLERS: Record<QueueName, (job: Job<object>) => Promise<void>> = {
  analyze: (job) => analyzeMeetingJob((job.data as MeetingJob).meetingId, isFinalAttempt("analyze", job)),
  transcribe: (job) =>
    transcribeMeetingJob((job.data as MeetingJob).meetingId, isFinalAttempt("transcribe", job)),
  email: (job) => sendEmailJob((job.data as EmailJob).emailId, isFinalAttempt("email", job)),
  webhook: (job) => deliverWebhookJob((job.data as WebhookJob).deliveryId),
  watchlist: async (job) => {
    const { userId } = job.data as UserJob;
    logInfo("watchlist re-scanned", { userId, meetings: await rescanWatchlist(userId) });
  },
};
