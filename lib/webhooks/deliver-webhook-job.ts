import { isDatabaseUnavailable } from "@/lib/kernel/db/database-unavailable";
import { waitForDatabase } from "@/lib/kernel/db/wait-for-database";
import { logInfo, logWarn } from "@/lib/kernel/log";
import { type ClaimedDelivery, claimDelivery } from "./claim-delivery";
import { enqueueDelivery } from "./enqueue-delivery";
import { finishAttempt } from "./finish-attempt";
import { type AttemptResult, sendAttempt } from "./send-attempt";

const RECORD_WAIT_MS = 60_000;

/**
 * The result of a sent attempt lives only in this run until it is written. If the database went
 * away meanwhile, the run waits for it and writes the result then: given up, the delivery would stay
 * claimed until its lease lapsed (2 minutes after the database is back) and a receiver that had
 * answered 200 would get it again. Writing twice is harmless: the write is fenced by the attempt.
 */
async function recordAttempt(delivery: ClaimedDelivery, result: AttemptResult) {
  const deadline = Date.now() + RECORD_WAIT_MS;
  for (;;) {
    try {
      return await finishAttempt(delivery, result);
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() > deadline) throw error;
      await waitForDatabase(Math.max(0, deadline - Date.now()));
    }
  }
}

/**
 * The "webhook" job: one attempt at a delivery. Its retries are not the queue's: a failed attempt
 * schedules the next one on the delivery's own timetable (retry-schedule.ts), which the deliveries
 * list shows. The queue only re-runs a job whose worker crashed; the claim makes sure such a run
 * never sends what another run is sending or has delivered.
 */
export async function deliverWebhookJob(deliveryId: string): Promise<void> {
  const claim = await claimDelivery(deliveryId);
  if (claim.kind === "done") return;
  if (claim.kind === "later") {
    // Early (a job re-run after a crash) or taken by another run: make sure a job looks again then.
    await enqueueDelivery(deliveryId, { startAfter: claim.at });
    return;
  }
  const { delivery } = claim;
  const result = await sendAttempt(delivery);
  const { outcome, nextAttemptAt } = await recordAttempt(delivery, result);
  const context = { deliveryId, attempt: delivery.number, status: result.code, error: result.error };
  if (outcome === "succeeded") logInfo("webhook delivered", context);
  else if (outcome === "retrying") logInfo("webhook attempt failed; retrying", { ...context, nextAttemptAt });
  else if (outcome === "failed") logWarn("webhook delivery failed for good", context);
  else logWarn("webhook attempt finished after its claim lapsed", context);
}
