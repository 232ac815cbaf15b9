import { getSql } from "@/lib/kernel/db/client";
import { getBoss } from "@/lib/kernel/jobs/queue";
import { logError } from "@/lib/kernel/log";
import { DELIVERY_LEASE_SECONDS } from "./delivery-state";
import { enqueueDelivery } from "./enqueue-delivery";

const LIVE_JOB_STATES = new Set(["created", "retry", "active"]);

/**
 * Queues again the deliveries a crash left with no job (for the periodic sweep): due for longer
 * than a lease with nothing sending them, or claimed by a worker that died (its lease lapsed) —
 * for instance on the queue's last retry. Sending again is safe: the job claims before it sends,
 * and a receiver tells a repeat by its `webhook-id`.
 */
export async function requeueStuckDeliveries(): Promise<number> {
  const boss = await getBoss();
  const stuck = await getSql()<{ id: string }[]>`
    select id from webhook_deliveries
    where (status = 'pending' and next_attempt_at < now() - make_interval(secs => ${DELIVERY_LEASE_SECONDS}))
       or (status = 'sending' and lease_until < now())
    order by next_attempt_at limit 500`;
  let queued = 0;
  for (const { id } of stuck) {
    const jobs = await boss.findJobs("webhook", { key: id });
    if (jobs.some((job) => LIVE_JOB_STATES.has(job.state))) continue;
    try {
      await enqueueDelivery(id);
      queued++;
    } catch (error) {
      logError("requeue webhook delivery failed", error, { deliveryId: id });
    }
  }
  return queued;
}
