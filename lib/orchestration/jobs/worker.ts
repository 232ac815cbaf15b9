import { isDatabaseUnavailable } from "@/lib/kernel/db/database-unavailable";
import { waitForDatabase } from "@/lib/kernel/db/wait-for-database";
import { getBoss, QUEUES, type QueueName } from "@/lib/kernel/jobs/queue";
import { workEagerly } from "@/lib/kernel/jobs/work-eagerly";
import { logError } from "@/lib/kernel/log";
import { JOB_HANDLERS, WORKERS } from "./job-handlers";
import { sweep } from "./sweep";

const SWEEP_EVERY_MS = 60_000;

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
    for (const queue of Object.keys(QUEUES) as QueueName[]) {
      const handle = JOB_HANDLERS[queue];
      await workEagerly(boss, queue, WORKERS[queue], (job) => surviveOutage(() => handle(job)));
    }
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
