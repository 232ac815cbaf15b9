"use client";

import { useState, useTransition } from "react";
import { retryProcessing } from "@/app/(app)/meetings/[id]/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { ProgressBar } from "@/components/ui/progress-bar";
import { useI18n } from "@/lib/i18n/context.client";
import type { TemplateId } from "@/lib/insights/types";
import type { MeetingStatus } from "@/lib/meetings/meeting-status";
import { actionErrorMessage } from "./action-error";
import { TemplateSelect } from "./template-select";

const STEPS: MeetingStatus[] = ["uploaded", "transcribing", "analyzing", "ready"];

/** Where processing stands, why it stopped when it failed, and a way to try again. */
export function ProcessingStatus({
  meetingId,
  status,
  error,
  template,
}: {
  meetingId: string;
  status: MeetingStatus;
  /** Why it stopped, already in the reader's language. */
  error?: string;
  template: TemplateId;
}) {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  const [chosen, setChosen] = useState<TemplateId>(template);
  const [retryError, setRetryError] = useState<string>();
  if (status === "ready" || status === "created" || status === "live") return null;

  function retry() {
    setRetryError(undefined);
    startTransition(async () => {
      const result = await retryProcessing({
        meetingId,
        ...(status === "failed" ? { template: chosen } : {}),
      });
      if (!result.ok) setRetryError(actionErrorMessage(t, result.error));
    });
  }

  if (status === "failed" || status === "awaiting_transcription") {
    return (
      <div
        role="alert"
        className="rounded-lg border border-amber-500/50 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
        data-testid="processing-problem"
      >
        <p className="font-medium">{status === "failed" ? t.processing.failed : t.processing.awaiting}</p>
        {error && (
          <p className="mt-1 text-sm" data-testid="processing-error">
            {error}
          </p>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {status === "failed" && (
            <TemplateSelect
              id="retry-template"
              label={t.meetingPage.retryTemplate}
              value={chosen}
              onChange={setChosen}
            />
          )}
          <Button size="sm" disabled={pending} onClick={retry} data-testid="retry">
            {pending ? t.meetingPage.retrying : t.processing.retry}
          </Button>
        </div>
        <FormMessage message={retryError} />
      </div>
    );
  }

  const index = STEPS.indexOf(status);
  return (
    <div className="rounded-lg border bg-card p-4" aria-live="polite" data-testid="processing">
      <ol className="mb-3 flex gap-4 text-sm">
        {STEPS.map((step, i) => (
          <li
            key={step}
            className={i <= index ? "font-medium text-foreground" : "text-muted-foreground"}
            aria-current={i === index ? "step" : undefined}
          >
            {t.meetings.status[step]}
          </li>
        ))}
      </ol>
      <ProgressBar value={null} label={t.meetings.status[status]} />
    </div>
  );
}
