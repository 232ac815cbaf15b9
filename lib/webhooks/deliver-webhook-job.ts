import { getSql } from "@/lib/db/client";
import { QUEUES } from "@/lib/jobs/queue";
import { logInfo, logWarn } from "@/lib/observability/log";
import { postWebhook } from "./post-webhook";
import { decryptSecret } from "./secret";
import { signWebhook } from "./sign";
import { UnsafeTargetError, vetTarget } from "./ssrf";

type DeliveryToSend = {
  status: string;
  payload: { type: string; timestamp: string; data: unknown };
  attempts: number;
  url: string;
  secret_encrypted: string;
};

type AttemptResult = { ok: boolean; code: number | null; error: string | null; permanent: boolean };

const ERROR_TEXT_LIMIT = 500;

async function attempt(deliveryId: string, delivery: DeliveryToSend): Promise<AttemptResult> {
  let secret: string;
  try {
    secret = decryptSecret(delivery.secret_encrypted);
  } catch {
    return {
      ok: false,
      code: null,
      error: "The signing secret can't be read (was AUTH_SECRET changed?). Create the webhook again.",
      permanent: true,
    };
  }
  const url = new URL(delivery.url);
  try {
    const vetted = await vetTarget(url);
    // jsonb keeps its own key order; the top level is written in the documented order.
    const { type, timestamp, data } = delivery.payload;
    const body = JSON.stringify({ type, timestamp, data });
    const response = await postWebhook(url, vetted, signWebhook(secret, deliveryId, new Date(), body), body);
    const ok = response.status >= 200 && response.status < 300;
    const error = ok ? null : `HTTP ${response.status}${response.body ? `: ${response.body}` : ""}`;
    return { ok, code: response.status, error: error?.slice(0, ERROR_TEXT_LIMIT) ?? null, permanent: false };
  } catch (error) {
    // A target that now resolves to a private address is refused for good; one that doesn't
    // resolve at all (a DNS outage) is retried like any other network error.
    const permanent = error instanceof UnsafeTargetError && !error.unresolved;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: null, error: message.slice(0, ERROR_TEXT_LIMIT), permanent };
  }
}

/** The earliest the queue retries after this many failed attempts (its exponential backoff adds jitter). */
function retryDelaySeconds(attempts: number): number {
  return QUEUES.webhook.retryDelay * 2 ** Math.min(16, Math.max(0, attempts - 1));
}

/**
 * Sends one delivery (the "webhook" job). Throws to have the queue retry it; once it succeeded,
 * or its webhook was deleted, it sends nothing more.
 */
export async function deliverWebhookJob(deliveryId: string, finalAttempt: boolean): Promise<void> {
  const sql = getSql();
  const [delivery] = await sql<DeliveryToSend[]>`
    select d.status, d.payload, d.attempts, w.url, w.secret_encrypted
    from webhook_deliveries d join webhooks w on w.id = d.webhook_id
    where d.id = ${deliveryId}`;
  if (delivery?.status !== "pending") return;

  const attemptedAt = new Date();
  const result = await attempt(deliveryId, delivery);
  const attempts = delivery.attempts + 1;
  if (result.ok) {
    await sql`
      update webhook_deliveries
      set status = 'succeeded', attempts = ${attempts}, last_response_code = ${result.code}, last_error = null,
          last_attempt_at = ${attemptedAt}, delivered_at = now(), next_attempt_at = null
      where id = ${deliveryId}`;
    logInfo("webhook delivered", { deliveryId, status: result.code, attempts });
    return;
  }
  const giveUp = finalAttempt || result.permanent;
  await sql`
    update webhook_deliveries
    set status = ${giveUp ? "failed" : "pending"}, attempts = ${attempts}, last_response_code = ${result.code},
        last_error = ${result.error}, last_attempt_at = ${attemptedAt},
        next_attempt_at = ${giveUp ? null : new Date(Date.now() + retryDelaySeconds(attempts) * 1000)}
    where id = ${deliveryId}`;
  if (giveUp) {
    logWarn("webhook delivery failed for good", { deliveryId, attempts, error: result.error });
    return;
  }
  throw new Error(`Webhook delivery ${deliveryId} failed (attempt ${attempts}): ${result.error}`);
}
