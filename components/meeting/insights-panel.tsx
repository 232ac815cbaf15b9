"use client";

import { useState, useTransition } from "react";
import { regenerateNotes } from "@/app/(app)/meetings/[id]/actions";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { useI18n } from "@/lib/i18n/client";
import type { InsightsJson } from "@/lib/insights/insights-json";
import { CiteLink } from "./cite-link";

type Props = { meetingId: string; insights: InsightsJson; startTimes: Record<number, number> };

function ItemList({
  title,
  items,
  startTimes,
  testId,
}: {
  title: string;
  items: { text: string; seqs: number[] }[];
  startTimes: Record<number, number>;
  testId: string;
}) {
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h3 className="mt-5 text-sm font-semibold uppercase tracking-wide text-muted-foreground">{title}</h3>
      <ul className="mt-2 list-disc space-y-1.5 pl-5">
        {items.map((item, index) => (
          <li key={index} className="leading-relaxed">
            {item.text}
            {item.seqs.slice(0, 3).map((seq) => (
              <CiteLink key={seq} seq={seq} startMs={startTimes[seq]} />
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function InsightsPanel({ meetingId, insights, startTimes }: Props) {
  const { t } = useI18n();
  const [template, setTemplate] = useState<string>(insights.template);
  const [pending, startTransition] = useTransition();
  const templates = t.templates as Record<string, string>;
  return (
    <section className="rounded-lg border bg-card p-5" aria-labelledby="notes-heading" data-testid="insights">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="notes-heading" className="text-lg font-medium">
          {t.insights.notes}
        </h2>
        <form
          className="flex items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            startTransition(async () => void (await regenerateNotes({ meetingId, template })));
          }}
        >
          <label htmlFor="template" className="sr-only">
            {t.insights.template}
          </label>
          <Select
            id="template"
            value={template}
            onChange={(event) => setTemplate(event.target.value)}
            className="h-8 w-44 text-xs"
          >
            {Object.entries(templates).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </Select>
          <Button type="submit" size="sm" variant="secondary" disabled={pending} data-testid="regenerate">
            {t.insights.regenerate}
          </Button>
        </form>
      </div>
      {insights.note && (
        <p
          className="mt-3 rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-200"
          role="status"
        >
          {insights.note}
        </p>
      )}
      <p className="mt-4 leading-relaxed" data-testid="summary">
        {insights.summary || t.insights.noSummary}
      </p>
      <ItemList
        title={t.insights.keyPoints}
        items={insights.keyPoints}
        startTimes={startTimes}
        testId="key-points"
      />
      <ItemList
        title={t.insights.decisions}
        items={insights.decisions}
        startTimes={startTimes}
        testId="decisions"
      />
      <ItemList
        title={t.insights.questions}
        items={insights.questions}
        startTimes={startTimes}
        testId="questions"
      />
      <p className="mt-5 text-xs text-muted-foreground">
        {insights.engine === "llm"
          ? `${t.insights.engineLlm} (${insights.model ?? ""})`
          : t.insights.engineLocal}
      </p>
    </section>
  );
}
