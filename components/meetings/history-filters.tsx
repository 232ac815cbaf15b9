"use client";

import { Button, buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useI18n } from "@/lib/i18n/context.client";
import { MEETING_STATUSES } from "@/lib/meetings/meeting-status";

export function HistoryFilters({ initial }: { initial: Record<string, string | undefined> }) {
  const { t } = useI18n();
  return (
    <div className="space-y-3">
      <search>
        <form method="get" action="/meetings" className="flex gap-2" data-testid="search-form">
          <label htmlFor="q" className="sr-only">
            {t.meetings.search.label}
          </label>
          <Input
            id="q"
            name="q"
            type="search"
            defaultValue={initial.q ?? ""}
            placeholder={t.meetings.search.placeholder}
            data-testid="search-input"
          />
          <Button type="submit" data-testid="search-submit">
            {t.meetings.search.submit}
          </Button>
        </form>
      </search>
      {!initial.q && (
        <details
          className="rounded-md border bg-card px-4 py-2"
          open={Boolean(initial.status || initial.participant || initial.from || initial.to)}
        >
          <summary className="cursor-pointer text-sm font-medium">{t.meetings.filters.apply}</summary>
          <form
            method="get"
            action="/meetings"
            className="grid gap-3 py-3 sm:grid-cols-5"
            data-testid="filters-form"
          >
            <div className="space-y-1">
              <Label htmlFor="status">{t.meetings.filters.status}</Label>
              <Select id="status" name="status" defaultValue={initial.status ?? ""}>
                <option value="">{t.meetings.filters.anyStatus}</option>
                {MEETING_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t.meetings.status[status]}
                  </option>
                ))}
              </Select>
            </div>
            <div className="space-y-1">
              <Label htmlFor="participant">{t.meetings.filters.participant}</Label>
              <Input id="participant" name="participant" defaultValue={initial.participant ?? ""} />
            </div>
            <div className="space-y-1">
              <Label htmlFor="from">{t.meetingsPage.history.addedFrom}</Label>
              <Input id="from" name="from" type="date" defaultValue={initial.from ?? ""} />
            </div>
            <div className="space-y-1">
              <Label htmlFor="to">{t.meetingsPage.history.addedTo}</Label>
              <Input id="to" name="to" type="date" defaultValue={initial.to ?? ""} />
            </div>
            <div className="flex items-end gap-2">
              <Button type="submit">{t.meetings.filters.apply}</Button>
              <a href="/meetings" className={buttonClasses("ghost")}>
                {t.meetings.filters.reset}
              </a>
            </div>
          </form>
        </details>
      )}
    </div>
  );
}
