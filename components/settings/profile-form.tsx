"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { saveProfile } from "@/app/actions/preferences";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useI18n } from "@/lib/i18n/context.client";
import { LogOutEverywhere } from "./log-out-everywhere";

type Profile = { name: string; locale: "es" | "en"; timezone: string };

export function ProfileForm({ initial, timezones }: { initial: Profile; timezones: string[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [status, setStatus] = useState<{ tone: "error" | "success"; message: string }>();
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = Object.fromEntries(new FormData(event.currentTarget).entries());
    startTransition(async () => {
      const result = await saveProfile(input);
      if (result.ok) {
        setStatus({ tone: "success", message: t.settings.saved });
        router.refresh();
      } else {
        const messages = t.settings as Record<string, string>;
        setStatus({ tone: "error", message: messages[result.error] ?? t.auth.errors.unknown });
      }
    });
  }

  return (
    <Card className="mt-6 p-6">
      <h2 className="text-lg font-medium">{t.settings.profile}</h2>
      <p className="text-sm text-muted-foreground">{t.settings.profileHelp}</p>
      <form onSubmit={onSubmit} className="mt-6 space-y-4" data-testid="profile-form">
        <div className="space-y-1.5">
          <Label htmlFor="name">{t.auth.name}</Label>
          <Input id="name" name="name" defaultValue={initial.name} maxLength={100} />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="locale">{t.settings.language}</Label>
          {/* Keyed by the saved language, so a change made in the header shows here instead of being saved back. */}
          <Select key={initial.locale} id="locale" name="locale" defaultValue={initial.locale}>
            <option value="en">{t.language.en}</option>
            <option value="es">{t.language.es}</option>
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="timezone">{t.settings.timezone}</Label>
          {/* A text field with suggestions: typing filters the ~420 zones, which a plain select can't.
              Keyed by the saved zone, so an old name typed in ("Asia/Calcutta") shows as saved ("Asia/Kolkata"). */}
          <Input
            key={initial.timezone}
            id="timezone"
            name="timezone"
            defaultValue={initial.timezone}
            list="timezone-options"
            maxLength={64}
            autoComplete="off"
            spellCheck={false}
            placeholder={t.settings.timezonePlaceholder}
            aria-describedby="timezone-help"
          />
          <datalist id="timezone-options">
            {timezones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <p id="timezone-help" className="text-xs text-muted-foreground">
            {t.settings.timezoneHelp}
          </p>
        </div>
        <FormMessage message={status?.message} tone={status?.tone} />
        <Button type="submit" disabled={pending} data-testid="save-profile">
          {t.settings.save}
        </Button>
      </form>
      <LogOutEverywhere />
    </Card>
  );
}
