import { logInfo, logWarn } from "@/lib/observability/log";
import { claimDelivery } from "./claim-delivery";
import { enqueueDelivery } from "./enqueue-delivery";
import { finishAttempt } from "./finish-attempt";
import { sendAttempt } from "./send-attempt";

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
  const { outcome, nextAttemptAt } = await finishAttempt(delivery, result);
  const context = { deliveryId, attempt: delivery.number, status: result.code, error: result.error };
  if (outcome === "succeeded") logInfo("webhook delivered", context);
  else if (outcome === "retrying") logInfo("webhook attempt failed; retrying", { ...context, nextAttemptAt });
  else if (outcome === "failed") logWarn("webhook delivery failed for good", context);
  else logWarn("webhook attempt finished after its claim lapsed", context);
}
