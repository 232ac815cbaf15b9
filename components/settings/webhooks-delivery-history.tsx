import { fill, formatDateTime } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { DeliveryAttemptJson } from "@/lib/webhooks/webhook-json";

type Props = {
  attempts: number;
  resends: number;
  history: DeliveryAttemptJson[];
  t: Messages["webhooks"];
  locale: string;
  timeZone: string;
};

/** A delivery's attempt count, opening onto each attempt: when, which series, the answer. */
export function WebhookDeliveryHistory({ attempts, resends, history, t, locale, timeZone }: Props) {
  return (
    <details data-testid="webhook-delivery-history">
      <summary className="cursor-pointer rounded-sm focus-visible:outline-2 focus-visible:outline-ring">
        <span data-testid="webhook-delivery-attempts">{attempts}</span>
        {resends > 0 && (
          <span className="ml-1 text-xs text-muted-foreground">({fill(t.resends, { count: resends })})</span>
        )}
        <span className="sr-only">{t.history}</span>
      </summary>
      {history.length === 0 ? (
        <p className="mt-1 text-xs text-muted-foreground">{t.noAttempts}</p>
      ) : (
        <ol className="mt-1 space-y-1 text-xs" aria-label={t.history}>
          {history.map((attempt) => (
            <li key={attempt.number} data-testid="webhook-delivery-attempt">
              <span className="font-medium">{fill(t.attemptNumber, { number: attempt.number })}</span>
              {attempt.series > 1 && (
                <span className="text-muted-foreground">
                  {" "}
                  ({fill(t.resendSeries, { count: attempt.series - 1 })})
                </span>
              )}
              {" · "}
              {formatDateTime(attempt.startedAt, locale, timeZone)}
              {" · "}
              {t.outcomes[attempt.outcome ?? "running"]}
              {attempt.responseCode !== null && ` · ${attempt.responseCode}`}
              {attempt.error && (
                <span className="block break-all text-muted-foreground">{attempt.error}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
