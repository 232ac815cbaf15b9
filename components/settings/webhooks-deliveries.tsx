import { formatDateTime } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { WebhookDeliveryJson } from "@/lib/webhooks/webhook-json";
import { WebhookDeliveryHistory } from "./webhooks-delivery-history";
import { ResendDeliveryButton } from "./webhooks-form";

const statusTone: Record<WebhookDeliveryJson["status"], string> = {
  pending: "text-amber-600 dark:text-amber-400",
  sending: "text-sky-600 dark:text-sky-400",
  succeeded: "text-emerald-600 dark:text-emerald-400",
  failed: "text-destructive",
};

type Props = {
  webhookId: string;
  deliveries: WebhookDeliveryJson[];
  t: Messages["webhooks"];
  locale: string;
  timeZone: string;
};

/** One endpoint's recent deliveries: status, attempts (with their history), when the next one runs. */
export function WebhookDeliveries({ webhookId, deliveries, t, locale, timeZone }: Props) {
  if (deliveries.length === 0) return <p className="mt-1 text-sm text-muted-foreground">{t.noDeliveries}</p>;
  return (
    <div className="mt-1 overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="webhook-deliveries">
        <thead className="text-xs text-muted-foreground">
          <tr>
            <th className="py-1 pr-2 font-normal">{t.event}</th>
            <th className="py-1 pr-2 font-normal">{t.status}</th>
            <th className="py-1 pr-2 font-normal">{t.attempts}</th>
            <th className="py-1 pr-2 font-normal">{t.responseCode}</th>
            <th className="py-1 pr-2 font-normal">{t.time}</th>
            <th className="py-1 pr-2 font-normal">{t.nextAttempt}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr
              key={delivery.id}
              className="border-t align-top"
              data-testid="webhook-delivery"
              data-status={delivery.status}
            >
              <td className="py-1 pr-2">{t.eventNames[delivery.type]}</td>
              <td
                className={`py-1 pr-2 ${statusTone[delivery.status]}`}
                title={delivery.lastError ?? undefined}
              >
                {t.statuses[delivery.status]}
              </td>
              <td className="py-1 pr-2">
                <WebhookDeliveryHistory
                  attempts={delivery.attempts}
                  resends={delivery.resends}
                  history={delivery.attemptHistory}
                  t={t}
                  locale={locale}
                  timeZone={timeZone}
                />
              </td>
              <td className="py-1 pr-2">{delivery.lastResponseCode ?? "—"}</td>
              <td className="py-1 pr-2">
                {formatDateTime(delivery.lastAttemptAt ?? delivery.createdAt, locale, timeZone)}
              </td>
              <td className="py-1 pr-2" data-testid="webhook-delivery-next-attempt">
                {delivery.status === "sending"
                  ? t.sendingNow
                  : formatDateTime(delivery.nextAttemptAt, locale, timeZone)}
              </td>
              <td className="py-1 text-right">
                {delivery.resendable && (
                  <ResendDeliveryButton webhookId={webhookId} deliveryId={delivery.id} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
