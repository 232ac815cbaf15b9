"use client";

import { type FormEvent, useState, useTransition } from "react";
import {
  createWebhookAction,
  deleteWebhookAction,
  resendDeliveryAction,
} from "@/app/(app)/settings/webhook-actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useI18n } from "@/lib/i18n/context.client";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";

export function WebhookForm() {
  const { t } = useI18n();
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    startTransition(async () => {
      const result = await createWebhookAction({
        url: String(form.get("url") ?? ""),
        events: form.getAll("events").map(String),
      });
      if (result.ok) {
        setSecret(result.data.secret);
        setError(undefined);
        formElement.reset();
      } else {
        setError(
          result.field === "url" || result.field === "events" ? t.webhooks.invalid : t.webhooks.failed,
        );
      }
    });
  }

  return (
    <>
      {secret && (
        <div
          className="mt-4 rounded-md border border-emerald-500/50 bg-emerald-50 p-3 dark:bg-emerald-950/40"
          role="status"
        >
          <p className="text-sm font-medium">{t.webhooks.secretOnce}</p>
          <code
            className="mt-2 block break-all rounded bg-card p-2 font-mono text-sm"
            data-testid="new-webhook-secret"
          >
            {secret}
          </code>
          <Button
            size="sm"
            variant="secondary"
            className="mt-2"
            onClick={() => void navigator.clipboard?.writeText(secret)}
          >
            {t.webhooks.copy}
          </Button>
        </div>
      )}
      <form onSubmit={onSubmit} className="mt-6 space-y-3" data-testid="create-webhook">
        <div className="space-y-1.5">
          <Label htmlFor="webhook-url">{t.webhooks.url}</Label>
          <Input
            id="webhook-url"
            name="url"
            type="url"
            required
            maxLength={2048}
            placeholder="https://example.com/minuta"
          />
        </div>
        <fieldset>
          <legend className="text-sm font-medium">{t.webhooks.events}</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {WEBHOOK_EVENTS.map((name) => (
              <label key={name} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="events" value={name} defaultChecked className="h-4 w-4" />
                {t.webhooks.eventNames[name]} <code className="text-xs text-muted-foreground">{name}</code>
              </label>
            ))}
          </div>
        </fieldset>
        <FormMessage message={error} />
        <Button type="submit" disabled={pending}>
          {t.webhooks.create}
        </Button>
      </form>
    </>
  );
}

export function DeleteWebhookButton({ id }: { id: string }) {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      size="sm"
      variant="secondary"
      disabled={pending}
      data-testid="delete-webhook"
      onClick={() => {
        if (!window.confirm(t.webhooks.confirmDelete)) return;
        startTransition(async () => void (await deleteWebhookAction({ id })));
      }}
    >
      {t.webhooks.delete}
    </Button>
  );
}

export function ResendDeliveryButton({ webhookId, deliveryId }: { webhookId: string; deliveryId: string }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <span
        className="text-xs text-muted-foreground"
        aria-live="polite"
        data-testid="resend-delivery-message"
      >
        {message}
      </span>
      <Button
        size="sm"
        variant="ghost"
        disabled={pending}
        data-testid="resend-delivery"
        onClick={() =>
          startTransition(async () => {
            const result = await resendDeliveryAction({ webhookId, deliveryId });
            if (!result.ok) setMessage(t.webhooks.failed);
            else setMessage(result.data.resent ? t.webhooks.resent : t.webhooks.alreadySending);
          })
        }
      >
        {t.webhooks.resend}
      </Button>
    </span>
  );
}
