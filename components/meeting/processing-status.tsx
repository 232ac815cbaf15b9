"use client";

import { useTransition } from "react";
import { retryProcessing } from "@/app/(app)/meetings/[id]/actions";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { MeetingStatus } from "@/lib/db/schema";
import { useI18n } from "@/lib/i18n/client";

const STEPS: MeetingStatus[] = ["uploaded", "transcribing", "analyzing", "ready"];

/** Where processing stands, why it stopped when it failed, and a way to try again. */
export function ProcessingStatus({
  meetingId,
  status,
  error,
}: {
  meetingId: string;
  status: MeetingStatus;
  error?: string;
}) {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  if (status === "ready" || status === "created" || status === "live") return null;

  if (status === "failed" || status === "awaiting_transcription") {
    return (
      <div
        role="alert"
        className="rounded-lg border border-amber-500/50 bg-amber-50 p-4 dark:bg-amber-950/40"
        data-testid="processing-problem"
      >
        <p className="font-medium">{status === "failed" ? t.processing.failed : t.processing.awaiting}</p>
        {error && (
          <p className="mt-1 text-sm" data-testid="processing-error">
            {error}
          </p>
        )}
        <Button
          className="mt-3"
          size="sm"
          disabled={pending}
          data-testid="retry"
          onClick={() => startTransition(async () => void (await retryProcessing({ meetingId })))}
        >
          {t.processing.retry}
        </Button>
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
