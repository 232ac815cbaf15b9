"use client";

import { type FormEvent, useState, useTransition } from "react";
import { updateWatchlist } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { useI18n } from "@/lib/i18n/context.client";

export function WatchlistForm({ terms }: { terms: string[] }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<{ tone: "error" | "success"; message: string }>();
  const [pending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("terms") ?? "");
    startTransition(async () => {
      const result = await updateWatchlist({ terms: value });
      setStatus(
        result.ok
          ? { tone: "success", message: t.settings.saved }
          : { tone: "error", message: t.watchlist.invalid },
      );
    });
  }
  return (
    <Card className="mt-6 p-6" data-testid="watchlist">
      <h2 className="text-lg font-medium">{t.watchlist.title}</h2>
      <p className="text-sm text-muted-foreground">{t.watchlist.help}</p>
      <form onSubmit={onSubmit} className="mt-4 space-y-3">
        <label htmlFor="watchlist-terms" className="sr-only">
          {t.watchlist.title}
        </label>
        <textarea
          id="watchlist-terms"
          name="terms"
          defaultValue={terms.join(", ")}
          rows={3}
          className="w-full rounded-md border border-input bg-card p-3 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          placeholder={t.watchlist.placeholder}
        />
        <FormMessage message={status?.message} tone={status?.tone} />
        <Button type="submit" disabled={pending}>
          {t.settings.save}
        </Button>
      </form>
    </Card>
  );
}
