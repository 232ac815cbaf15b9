import type { ClaimedDelivery } from "./claim-delivery";
import { postWebhook } from "./post-webhook";
import { decryptSecret } from "./secret";
import { signWebhook } from "./sign";
import { UnsafeTargetError, vetTarget } from "./ssrf";

export type AttemptResult = {
  ok: boolean;
  code: number | null;
  error: string | null;
  /** Trying again can't help (the target is now private, the secret unreadable): give up now. */
  permanent: boolean;
};

const ERROR_TEXT_LIMIT = 500;

/** Node reports a connection that failed on every address as an AggregateError with no message of its own. */
function errorText(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0)
    return error.errors.map(errorText).join("; ");
  return error instanceof Error ? error.message : String(error);
}

/** One signed POST of a claimed delivery to its endpoint; never throws. */
export async function sendAttempt(delivery: ClaimedDelivery): Promise<AttemptResult> {
  let secret: string;
  try {
    secret = decryptSecret(delivery.secretEncrypted);
  } catch {
    return {
      ok: false,
      code: null,
      error: "The signing secret can't be read (was AUTH_SECRET changed?). Create the webhook again.",
      permanent: true,
    };
  }
  try {
    const url = new URL(delivery.url);
    const addresses = await vetTarget(url);
    // jsonb keeps its own key order; the top level is written in the documented order.
    const { type, timestamp, data } = delivery.payload;
    const body = JSON.stringify({ type, timestamp, data });
    const headers = signWebhook(secret, delivery.id, new Date(), body);
    const response = await postWebhook(url, addresses, headers, body);
    const ok = response.status >= 200 && response.status < 300;
    const error = ok ? null : `HTTP ${response.status}${response.body ? `: ${response.body}` : ""}`;
    return { ok, code: response.status, error: error?.slice(0, ERROR_TEXT_LIMIT) ?? null, permanent: false };
  } catch (error) {
    // A target that now resolves to a private address is refused for good; one that doesn't
    // resolve at all (a DNS outage) is retried like any other network error.
    const permanent = error instanceof UnsafeTargetError && !error.unresolved;
    return { ok: false, code: null, error: errorText(error).slice(0, ERROR_TEXT_LIMIT), permanent };
  }
}
