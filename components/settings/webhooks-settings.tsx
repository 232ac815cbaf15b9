import { Card } from "@/components/ui/card";
import { getMessages } from "@/lib/i18n/server";
import { findUserById } from "@/lib/users/queries";
import { listDeliveries } from "@/lib/webhooks/deliveries";
import { listWebhooks } from "@/lib/webhooks/manage-webhooks";
import { WebhookDeliveries } from "./webhooks-deliveries";
import { DeleteWebhookButton, WebhookForm } from "./webhooks-form";

const RECENT_DELIVERIES = 10;

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
      <p className="text-sm text-muted-foreground">{t.webhooks.retryPolicy}</p>
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
            <WebhookDeliveries
              webhookId={endpoint.id}
              deliveries={deliveries[index]?.data ?? []}
              t={t.webhooks}
              locale={locale}
              timeZone={timeZone}
            />
          </li>
        ))}
      </ul>
    </Card>
  );
}
