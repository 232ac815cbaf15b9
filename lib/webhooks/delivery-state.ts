import type { WebhookDeliveryStatus } from "./rows";

/**
 * How long a claim on a delivery lasts: longer than any one attempt (DNS, then a 10 s exchange),
 * so a claim only lapses when the worker holding it died. Then another run may send it again.
 */
export const DELIVERY_LEASE_SECONDS = 120;

type DeliveryState = {
  status: WebhookDeliveryStatus;
  leaseUntil: Date | null;
  nextAttemptAt: Date | null;
};

/**
 * A delivery can be sent again by hand once it finished (succeeded or failed), or when it is stuck:
 * claimed by a worker whose lease lapsed, or due for longer than a lease with nothing sending it.
 */
export function isResendable(delivery: DeliveryState, now: Date): boolean {
  const leaseMs = DELIVERY_LEASE_SECONDS * 1000;
  switch (delivery.status) {
    case "succeeded":
    case "failed":
      return true;
    case "sending":
      return delivery.leaseUntil !== null && delivery.leaseUntil.getTime() < now.getTime();
    case "pending":
      return delivery.nextAttemptAt !== null && delivery.nextAttemptAt.getTime() < now.getTime() - leaseMs;
  }
}
