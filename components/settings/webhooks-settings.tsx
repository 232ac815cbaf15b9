import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { findUserById } from "@/lib/users/queries";
import { listDeliveries } from "@/lib/webhooks/deliveries";
import { listWebhooks } from "@/lib/webhooks/manage-webhooks";
import type { WebhookDeliveryJson } from "@/lib/webhooks/webhook-json";
import { DeleteWebhookButton, ResendDeliveryButton, WebhookForm } from "./webhooks-form";

const RECENT_DELIVERIES = 10;

const statusTone: Record<WebhookDeliveryJson["status"], string> = {
  pending: "text-amber-600 dark:text-amber-400",
  succeeded: "text-emerald-600 dark:text-emerald-400",
  failed: "text-destructive",
};

/** Settings → Webhooks: register endpoints, see their recent deliveries, resend or delete. */
export async function WebhooksSettings({ userId }: { userId: string }) {
  const { locale, t } = await getMessages();
  const user = await findUserById(userId);
  const timeZone = user?.timezone ?? "UTC";
  const { data: endpoints } = await listWebhooks(userId, { limit: 100 });
  const deliveries = await Promise.all(
    endpoints.map((endpoint) => listDeliveries(userId, endpoint.id, { limit: RECENT_DELIVERIES })),
  );

  return (
    <Card className="mt-6 p-6" data-testid="webhooks">
      <h2 className="text-lg font-medium">{t.webhooks.title}</h2>
      <p className="text-sm text-muted-foreground">{t.webhooks.help}</p>
      <WebhookForm />
      <ul className="mt-6 space-y-4" data-testid="webhook-list">
        {endpoints.length === 0 && <li className="text-sm text-muted-foreground">{t.webhooks.none}</li>}
        {endpoints.map((endpoint, index) => (
          <li key={endpoint.id} className="rounded-md border p-3" data-testid="webhook">
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <code className="break-all font-medium">{endpoint.url}</code>
              <span className="text-xs text-muted-foreground">
                {endpoint.events.map((event) => t.webhooks.eventNames[event]).join(", ")}
              </span>
              <span className="ml-auto">
                <DeleteWebhookButton id={endpoint.id} />
              </span>
            </div>
            <h3 className="mt-3 text-xs font-medium uppercase text-muted-foreground">
              {t.webhooks.deliveries}
            </h3>
            {(deliveries[index]?.data.length ?? 0) === 0 ? (
              <p className="mt-1 text-sm text-muted-foreground">{t.webhooks.noDeliveries}</p>
            ) : (
              <table className="mt-1 w-full text-left text-sm" data-testid="webhook-deliveries">
                <thead className="text-xs text-muted-foreground">
                  <tr>
                    <th className="py-1 font-normal">{t.webhooks.event}</th>
                    <th className="py-1 font-normal">{t.webhooks.status}</th>
                    <th className="py-1 font-normal">{t.webhooks.attempts}</th>
                    <th className="py-1 font-normal">{t.webhooks.responseCode}</th>
                    <th className="py-1 font-normal">{t.webhooks.time}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {deliveries[index]?.data.map((delivery) => (
                    <tr key={delivery.id} className="border-t" data-testid="webhook-delivery">
                      <td className="py-1">{t.webhooks.eventNames[delivery.type]}</td>
                      <td
                        className={`py-1 ${statusTone[delivery.status]}`}
                        title={delivery.lastError ?? undefined}
                      >
                        {t.webhooks.statuses[delivery.status]}
                      </td>
                      <td className="py-1">{delivery.attempts}</td>
                      <td className="py-1">{delivery.lastResponseCode ?? "—"}</td>
                      <td className="py-1">
                        {formatDateTime(delivery.lastAttemptAt ?? delivery.createdAt, locale, timeZone)}
                      </td>
                      <td className="py-1 text-right">
                        {delivery.status !== "pending" && (
                          <ResendDeliveryButton webhookId={endpoint.id} deliveryId={delivery.id} />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
