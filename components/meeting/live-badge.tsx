"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { formatClock } from "@/lib/transcripts/format-timestamp";
import { useLiveMeeting } from "./live-context";

/** "● Live" with the time since the meeting started, while captions stream in. */
export function LiveBadge({ startedAt }: { startedAt: string | null }) {
  const { t } = useI18n();
  const { streaming, connected } = useLiveMeeting();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!streaming) return null;
  const elapsed = startedAt ? Math.max(0, now - new Date(startedAt).getTime()) : 0;
  return (
    <span
      className="inline-flex items-center gap-2 rounded-full bg-red-100 px-2.5 py-0.5 text-xs font-semibold text-red-800 dark:bg-red-950 dark:text-red-200"
      data-testid="live-badge"
    >
      <span
        className={`h-2 w-2 rounded-full ${connected ? "animate-pulse bg-red-600" : "bg-muted-foreground"}`}
        aria-hidden="true"
      />
      {t.live.badge}
      {startedAt && <span className="font-mono font-normal">{formatClock(elapsed)}</span>}
    </span>
  );
}
