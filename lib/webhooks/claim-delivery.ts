import { getSql } from "@/lib/kernel/db/client";
import { DELIVERY_LEASE_SECONDS } from "./delivery-state";

export type ClaimedDelivery = {
  id: string;
  /** This attempt's number over the delivery's life; it fences the write of its result. */
  number: number;
  seriesAttempts: number;
  payload: { type: string; timestamp: string; data: unknown };
  url: string;
  secretEncrypted: string;
};

export type Claim =
  | { kind: "claimed"; delivery: ClaimedDelivery }
  /** Not due yet, or another run holds it: look again at this time. */
  | { kind: "later"; at: Date }
  /** Sent, given up or deleted: nothing to do. */
  | { kind: "done" };

/**
 * Takes a delivery for one attempt, atomically: only a due pending delivery, or one whose claim
 * lapsed (its worker died mid-send), can be taken, and only by one run at a time. The attempt is
 * recorded as started; an unfinished one left by a dead worker is marked interrupted.
 */
export async function claimDelivery(deliveryId: string): Promise<Claim> {
  return getSql().begin(async (tx) => {
    const [claimed] = await tx<(ClaimedDelivery & { series: number })[]>`
      update webhook_deliveries d
      set status = 'sending', lease_until = now() + make_interval(secs => ${DELIVERY_LEASE_SECONDS}),
          attempts = d.attempts + 1, series_attempts = d.series_attempts + 1, last_attempt_at = now()
      from webhooks w
      where d.id = ${deliveryId} and w.id = d.webhook_id
        and (d.next_attempt_at is null or d.next_attempt_at <= now())
        and (d.status = 'pending' or (d.status = 'sending' and d.lease_until < now()))
      returning d.id, d.attempts as number, d.series, d.series_attempts as "seriesAttempts", d.payload,
                w.url, w.secret_encrypted as "secretEncrypted"`;
    if (claimed) {
      await tx`
        update webhook_delivery_attempts set outcome = 'interrupted', finished_at = now()
        where delivery_id = ${deliveryId} and finished_at is null`;
      await tx`
        insert into webhook_delivery_attempts (delivery_id, number, series)
        values (${deliveryId}, ${claimed.number}, ${claimed.series})`;
      return { kind: "claimed", delivery: claimed };
    }
    const [current] = await tx<{ status: string; at: Date | null }[]>`
      select status, case when status = 'sending' then lease_until else next_attempt_at end as at
      from webhook_deliveries where id = ${deliveryId}`;
    if (current && (current.status === "pending" || current.status === "sending") && current.at) {
      return { kind: "later", at: current.at };
    }
    return { kind: "done" };
  });
}
