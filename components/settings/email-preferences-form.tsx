"use client";

import { type FormEvent, useState, useTransition } from "react";
import { updateRecapMode, updateRecapSubscription } from "@/app/(app)/settings/email-actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { EmailPreferences } from "@/lib/email/recap-settings";
import { useI18n } from "@/lib/i18n/context.client";
import { fill } from "@/lib/i18n/format";

const MODES = ["off", "owner", "participants"] as const;

export function EmailPreferencesForm({ email, recapMode, unsubscribed }: EmailPreferences) {
  const { t } = useI18n();
  const [status, setStatus] = useState<{ tone: "error" | "success"; message: string }>();
  const [pending, startTransition] = useTransition();

  function report(ok: boolean) {
    setStatus(
      ok ? { tone: "success", message: t.email.saved } : { tone: "error", message: t.email.saveFailed },
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const mode = String(new FormData(event.currentTarget).get("recapMode") ?? "");
    startTransition(async () => report((await updateRecapMode({ mode })).ok));
  }

  function toggleSubscription() {
    startTransition(async () => report((await updateRecapSubscription({ subscribed: unsubscribed })).ok));
  }

  return (
    <div className="mt-4 space-y-4">
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1 space-y-1.5">
          <Label htmlFor="recap-mode">{t.email.recapModeLabel}</Label>
          <Select id="recap-mode" name="recapMode" defaultValue={recapMode} data-testid="recap-mode">
            {MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t.email.recapModes[mode]}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" disabled={pending} data-testid="recap-mode-save">
          {t.email.save}
        </Button>
      </form>
      <div className="flex flex-wrap items-center justify-between gap-3 border-t pt-4">
        <p className="text-sm text-muted-foreground" data-testid="recap-subscription">
          {fill(unsubscribed ? t.email.unsubscribedNotice : t.email.subscribedNotice, { email })}
        </p>
        <Button variant="secondary" size="sm" disabled={pending} onClick={toggleSubscription}>
          {unsubscribed ? t.email.resubscribe : t.email.unsubscribeMe}
        </Button>
      </div>
      <FormMessage message={status?.message} tone={status?.tone} />
    </div>
  );
}
