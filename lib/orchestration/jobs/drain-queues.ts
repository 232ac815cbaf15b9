import type { Job, PgBoss } from "pg-boss";
import { getBoss, QUEUES, type QueueName } from "@/lib/kernel/jobs/queue";
import { logError } from "@/lib/kernel/log";
import { JOB_HANDLERS, WORKERS } from "./job-handlers";
import { sweep } from "./sweep";

export type DrainReport = { completed: number; failed: number; drained: boolean; durationMs: number };

/** Runs one fetched job as pg-boss's worker would: heartbeats while it runs, then completes or fails it. */
async function runJob(boss: PgBoss, queue: QueueName, job: Job<object>): Promise<boolean> {
  const heartbeat = setInterval(
    () => boss.touch(queue, job).catch(() => {}),
    (QUEUES[queue].heartbeatSeconds * 1000) / 2,
  );
  try {
    await JOB_HANDLERS[queue](job);
    await boss.complete(queue, job);
    return true;
  } catch (error) {
    logError("job failed", error, { queue, jobId: job.id });
    await boss.fail(queue, job, { message: (error as Error).message }).catch(() => {});
    return false;
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * Works the queues where no worker lives (a serverless deployment's cron route): re-queues what an
 * outage left behind, then takes jobs, each queue's worker concurrency at a time, until the queues
 * are empty or `budgetMs` has passed. No job starts after the budget; one already running finishes.
 */
export async function drainQueues(budgetMs: number): Promise<DrainReport> {
  const started = Date.now();
  const deadline = started + budgetMs;
  const boss = await getBoss();
  await sweep().catch((error) => logError("sweep failed", error));
  let completed = 0;
  let failed = 0;
  let drained = false;
  while (!drained && Date.now() < deadline) {
    drained = true;
    for (const queue of Object.keys(QUEUES) as QueueName[]) {
      if (Date.now() >= deadline) break;
      const jobs = await boss.fetch<object>(queue, { batchSize: WORKERS[queue] });
      if (jobs.length === 0) continue;
      drained = false;
      const outcomes = await Promise.all(jobs.map((job) => runJob(boss, queue, job)));
      completed += outcomes.filter(Boolean).length;
      failed += outcomes.filter((ok) => !ok).length;
    }
  }
  return { completed, failed, drained, durationMs: Date.now() - started };
}
