import { logError } from "@/lib/observability/log";
import { JOB_HANDLERS, WORKERS } from "./job-handlers";
import { getBoss, QUEUES, type QueueName } from "./queue";
import { sweep } from "./sweep";
import { workEagerly } from "./work-eagerly";

const SWEEP_EVERY_MS = 60_000;

let started: Promise<() => Promise<void>> | undefined;

/** Starts processing jobs in this process (the app in dev, or `npm run worker`); idempotent. */
export function startWorker(): Promise<() => Promise<void>> {
  started ??= (async () => {
    const boss = await getBoss();
    for (const queue of Object.keys(QUEUES) as QueueName[]) {
      await workEagerly(boss, queue, WORKERS[queue], JOB_HANDLERS[queue]);
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
