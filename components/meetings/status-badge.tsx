"use client";

import { cn } from "@/components/cn";
import { useI18n } from "@/lib/i18n/context.client";
import type { MeetingStatus } from "@/lib/meetings/meeting-status";

const tones: Record<MeetingStatus, string> = {
  created: "bg-muted text-muted-foreground",
  live: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
  uploaded: "bg-muted text-muted-foreground",
  transcribing: "bg-blue-100 text-blue-800 dark:bg-blue-950 dark:text-blue-200",
  awaiting_transcription: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  analyzing: "bg-blue-100 text-blue-800 dark:bg-blue-950 dark:text-blue-200",
  ready: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  failed: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
};

export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useI18n();
  return (
    <span
      data-testid="status-badge"
      data-status={status}
      className={cn("inline-flex rounded-full px-2 py-0.5 text-xs font-medium", tones[status])}
    >
      {t.meetings.status[status]}
    </span>
  );
}
