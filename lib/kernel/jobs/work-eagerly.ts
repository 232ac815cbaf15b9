import type { Job, PgBoss } from "pg-boss";

/**
 * Runs `concurrency` workers on `queue`, one job at a time each. An idle pg-boss worker is woken by
 * the NOTIFY of a new job and otherwise polls every 30 s, and that poll also follows every job it
 * finishes: a backlog queued before the workers were free drained two jobs per 30 s. A worker
 * that just finished a job looks for the next at once instead, so a backlog drains at the speed
 * of the work; only a worker that finds the queue empty waits.
 */
export async function workEagerly<T extends object>(
  boss: PgBoss,
  queue: string,
  concurrency: number,
  handle: (job: Job<T>) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < concurrency; i++) {
    // Each worker registered on its own so it knows its id; its first job arrives only after a
    // round trip to the database, by when `work` has answered.
    let workerId: string | undefined;
    workerId = await boss.work<T>(queue, { batchSize: 1 }, async ([job]) => {
      try {
        if (job) await handle(job);
      } finally {
        if (workerId) boss.notifyWorker(workerId);
      }
    });
  }
}
