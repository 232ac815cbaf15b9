import { getSql } from "@/lib/kernel/db/client";
import type { ClaimedDelivery } from "./claim-delivery";
import { enqueueDelivery } from "./enqueue-delivery";
import { retryDelaySeconds } from "./retry-schedule";
import type { AttemptResult } from "./send-attempt";

export type AttemptOutcome = "succeeded" | "retrying" | "failed" | "superseded";

/**
 * Records the result of a claimed attempt and, when it failed with attempts left in its series,
 * schedules the next one: the row and that job are written together, so a failure is never left
 * without its retry. The write is fenced by the attempt's number: a run whose claim lapsed (and
 * was taken over) records its attempt in the history but no longer changes the delivery.
 */
export async function finishAttempt(
  delivery: ClaimedDelivery,
  result: AttemptResult,
): Promise<{ outcome: AttemptOutcome; nextAttemptAt: Date | null }> {
  const delay = result.ok || result.permanent ? null : retryDelaySeconds(delivery.seriesAttempts);
  const status = result.ok ? "succeeded" : delay === null ? "failed" : "pending";
  return getSql().begin(async (tx) => {
    await tx`
      update webhook_delivery_attempts
      set finished_at = now(), outcome = ${result.ok ? "succeeded" : "failed"},
          response_code = ${result.code}, error = ${result.error}
      where delivery_id = ${delivery.id} and number = ${delivery.number}`;
    const [updated] = await tx<{ next_attempt_at: Date | null }[]>`
      update webhook_deliveries
      set status = ${status}, lease_until = null, last_response_code = ${result.code}, last_error = ${result.error},
          delivered_at = ${result.ok ? tx`now()` : tx`delivered_at`},
          next_attempt_at = ${delay === null ? null : tx`now() + make_interval(secs => ${delay})`}
      where id = ${delivery.id} and status = 'sending' and attempts = ${delivery.number}
      returning next_attempt_at`;
    if (!updated) return { outcome: "superseded", nextAttemptAt: null };
    if (status === "pending" && updated.next_attempt_at) {
      await enqueueDelivery(delivery.id, { tx, startAfter: updated.next_attempt_at });
      return { outcome: "retrying", nextAttemptAt: updated.next_attempt_at };
    }
    return { outcome: status === "succeeded" ? "succeeded" : "failed", nextAttemptAt: null };
  });
}
