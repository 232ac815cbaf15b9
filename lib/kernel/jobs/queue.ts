import "server-only";
import { PgBoss } from "pg-boss";
import type { Sql, TransactionSql } from "postgres";
import { databaseUrl } from "@/lib/kernel/db/client";
import { logError } from "@/lib/kernel/log";

/**
 * Every slow step is a job; retried with exponential backoff, one queued job per meeting and step.
 * Workers send heartbeats while a job runs, so one whose worker died is retried within a minute
 * instead of when it expires (hours, for a long recording).
 */
export const QUEUES = {
  transcribe: { retryLimit: 4, retryDelay: 15, expireInSeconds: 3 * 60 * 60, heartbeatSeconds: 30 },
  analyze: { retryLimit: 3, retryDelay: 5, expireInSeconds: 15 * 60, heartbeatSeconds: 30 },
  email: { retryLimit: 6, retryDelay: 10, expireInSeconds: 5 * 60, heartbeatSeconds: 30 },
  // A delivery schedules its own retries over about a day (lib/webhooks/retry-schedule.ts); the
  // queue's retries only re-run a job that crashed (a worker died, the database blinked).
  webhook: { retryLimit: 5, retryDelay: 30, expireInSeconds: 2 * 60, heartbeatSeconds: 30 },
  // Re-scans a user's meetings for their watchlist after it changed (keyed by user, not meeting).
  watchlist: { retryLimit: 3, retryDelay: 10, expireInSeconds: 15 * 60, heartbeatSeconds: 30 },
} as const;

export type QueueName = keyof typeof QUEUES;

type BossGlobals = { minutaBoss?: Promise<PgBoss> };
const globals = globalThis as BossGlobals;

async function startBoss(): Promise<PgBoss> {
  // Queuing sits in request paths: with the database away it fails in 3 s like the app's queries.
  const boss = new PgBoss({
    connectionString: databaseUrl(),
    max: 4,
    useListenNotify: true,
    connectionTimeoutMillis: 3000,
  });
  boss.on("error", (error) => logError("job queue error", error));
  await boss.start();
  for (const [name, options] of Object.entries(QUEUES)) {
    if (!(await boss.getQueue(name))) {
      await boss.createQueue(name, { ...options, retryBackoff: true, policy: "stately", notify: true });
    } else {
      // A database set up by an older version gets today's settings.
      await boss.updateQueue(name, { ...options, retryBackoff: true });
    }
  }
  return boss;
}

/** The process's queue client (pg-boss on the app's own Postgres), started once. */
export function getBoss(): Promise<PgBoss> {
  globals.minutaBoss ??= startBoss().catch((error) => {
    globals.minutaBoss = undefined;
    throw error;
  });
  return globals.minutaBoss;
}

export async function stopBoss(): Promise<void> {
  const boss = globals.minutaBoss;
  globals.minutaBoss = undefined;
  if (boss) await (await boss).stop({ graceful: true, timeout: 5000 }).catch(() => {});
}

/**
 * pg-boss writing through one of our postgres.js connections: a job sent inside a transaction is
 * committed (and its worker woken) with it, or never exists.
 */
export function inTransaction(tx: Sql | TransactionSql) {
  return {
    executeSql: async (text: string, values?: unknown[]) => ({
      rows: await tx.unsafe(text, values as never[]),
    }),
  };
}

/**
 * Queues a step for a meeting; a second request while one is queued is a no-op. With `tx`, the job
 * is written in that transaction: the change that asks for it and the job commit together.
 */
export async function enqueue(
  queue: QueueName,
  meetingId: string,
  data: Record<string, unknown> = {},
  tx?: Sql | TransactionSql,
): Promise<void> {
  const boss = await getBoss();
  await boss.send(
    queue,
    { meetingId, ...data },
    { singletonKey: meetingId, ...(tx ? { db: inTransaction(tx) } : {}) },
  );
}
