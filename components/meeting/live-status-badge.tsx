"use client";

import { useEffect, useState } from "react";
import { StatusBadge } from "@/components/meetings/status-badge";
import { useI18n } from "@/lib/i18n/context.client";
import type { MeetingStatus } from "@/lib/meetings/meeting-status";
import { formatClock } from "@/lib/transcripts/format-timestamp";
import { useLiveMeeting } from "./live-context";

/**
 * The meeting's one status indicator: while it is live, "● Live" with the time since it started
 * (the dot greys out while the connection is re-established); any other status, its badge.
 */
export function LiveStatusBadge({ status, startedAt }: { status: MeetingStatus; startedAt: string | null }) {
  const live = useLiveMeeting();
  const current = live.status ?? status;
  if (current !== "live") return <StatusBadge status={current} />;
  return <LiveIndicator startedAt={startedAt} connected={live.connected} />;
}

function LiveIndicator({ startedAt, connected }: { startedAt: string | null; connected: boolean }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const elapsed = startedAt ? Math.max(0, now - new Date(startedAt).getTime()) : null;
  return (
    <span
      className="inline-flex items-center gap-2 rounded-full bg-red-100 px-2.5 py-0.5 text-xs font-semibold text-red-800 dark:bg-red-950 dark:text-red-200"
      data-testid="live-badge"
      data-connected={connected}
      title={connected ? undefined : t.liveMeeting.reconnecting}
    >
      <span
        className={`h-2 w-2 rounded-full ${connected ? "animate-pulse bg-red-600 dark:bg-red-400" : "bg-muted-foreground"}`}
        aria-hidden="true"
      />
      {t.live.badge}
      {elapsed !== null && (
        <span className="font-mono font-normal" data-testid="live-elapsed">
          <span className="sr-only">{t.liveMeeting.elapsed} </span>
          {formatClock(elapsed)}
        </span>
      )}
      {!connected && <span className="sr-only">{t.liveMeeting.reconnecting}</span>}
    </span>
  );
}
