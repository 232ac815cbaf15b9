import { getSql } from "@/lib/kernel/db/client";
import { migrate } from "@/lib/kernel/db/migrate";
import { env } from "@/lib/kernel/env";
import { logError } from "@/lib/kernel/log";

/**
 * Runs once per server process: validates the environment, brings the schema up to date and,
 * unless MINUTA_WORKER=off (a separate `npm run worker` does it), processes jobs in-process.
 */
export async function onServerStart(): Promise<void> {
  env();
  if (!env().DATABASE_URL || env().NEXT_PHASE === "phase-production-build") return;
  try {
    await migrate(getSql());
  } catch (error) {
    logError("migrations failed at start", error);
    return;
  }
  if (env().MINUTA_WORKER !== "off") {
    const { startWorker } = await import("@/lib/orchestration/jobs/worker");
    await startWorker().catch((error) => logError("the in-process worker did not start", error));
  }
}
