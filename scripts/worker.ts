// `npm run worker`: processes jobs (transcribe, analyze, email, webhooks) without serving pages.
// Run the app with MINUTA_WORKER=off when workers run separately.
import { closeDb } from "@/lib/kernel/db/client";
import { stopBoss } from "@/lib/kernel/jobs/queue";
import { logInfo } from "@/lib/kernel/log";
import { startWorker } from "@/lib/orchestration/jobs/worker";

const stop = await startWorker();
logInfo("worker started");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await stop();
    await stopBoss();
    await closeDb();
    process.exit(0);
  });
}
