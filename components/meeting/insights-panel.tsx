"use client";

import { useState, useTransition } from "react";
import { regenerateNotes } from "@/app/(app)/meetings/[id]/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useI18n } from "@/lib/i18n/context.client";
import { fill } from "@/lib/i18n/format";
import type { InsightsJson } from "@/lib/insights/insights-json";
import type { InsightsState } from "@/lib/insights/meeting-page-data";
import type { TemplateId } from "@/lib/insights/types";
import { actionErrorMessage } from "./action-error";
import { CiteLink } from "./cite-link";
import { TemplateSelect } from "./template-select";

type Props = {
  meetingId: string;
  insights: InsightsJson;
  startTimes: Record<number, number>;
  /** Whether these are the latest notes, or the previous ones while a new analysis runs or after it failed. */
  state: InsightsState;
  /** Why the last analysis failed, in the reader's language, when `state` is "failed". */
  failure?: string;
  /** Why these notes came from the local engine, in the reader's language. */
  note?: string;
};

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

function StateNotice({ state, failure }: Pick<Props, "state" | "failure">) {
  const { t } = useI18n();
  if (state === "updating") {
    return (
      <p
        className="mt-3 rounded-md bg-sky-50 p-2 text-sm text-sky-900 dark:bg-sky-950/50 dark:text-sky-200"
        role="status"
        data-testid="insights-updating"
      >
        {t.meetingPage.insightsUpdating}
      </p>
    );
  }
  if (state !== "failed") return null;
  return (
    <p
      className="mt-3 rounded-md bg-red-50 p-2 text-sm text-red-900 dark:bg-red-950/50 dark:text-red-200"
      role="alert"
      data-testid="insights-failed"
    >
      {failure
        ? fill(t.meetingPage.insightsFailed, { reason: failure })
        : t.meetingPage.insightsFailedNoReason}
    </p>
  );
}

export function InsightsPanel({ meetingId, insights, startTimes, state, failure, note }: Props) {
  const { t } = useI18n();
  const [template, setTemplate] = useState<TemplateId>(insights.template);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <section
      className="rounded-lg border bg-card p-5"
      aria-labelledby="notes-heading"
      aria-busy={state === "updating" || undefined}
      data-testid="insights"
      data-state={state}
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="notes-heading" className="text-lg font-medium">
          {t.insights.notes}
        </h2>
        <form
          className="flex items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            setError(undefined);
            startTransition(async () => {
              const result = await regenerateNotes({ meetingId, template });
              if (!result.ok) setError(actionErrorMessage(t, result.error));
            });
          }}
        >
          <TemplateSelect id="template" label={t.insights.template} value={template} onChange={setTemplate} />
          <Button type="submit" size="sm" variant="secondary" disabled={pending} data-testid="regenerate">
            {t.insights.regenerate}
          </Button>
        </form>
      </div>
      <FormMessage message={error} />
      <StateNotice state={state} failure={failure} />
      {note && (
        <p
          className="mt-3 rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-200"
          role="status"
          data-testid="insights-note"
        >
          {note}
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
