"use client";

import { useI18n } from "@/lib/i18n/context.client";
import { formatDuration } from "@/lib/i18n/format";
import { speakerName } from "@/lib/i18n/speaker-name";

/** Talk time per speaker as horizontal bars with their share. */
export function TalkTimeChart({ talkTime }: { talkTime: { speaker: string; ms: number }[] }) {
  const { t } = useI18n();
  const total = talkTime.reduce((sum, entry) => sum + entry.ms, 0);
  if (total === 0) return null;
  return (
    <section
      className="rounded-lg border bg-card p-4"
      aria-labelledby="talk-time-heading"
      data-testid="talk-time"
    >
      <h2 id="talk-time-heading" className="font-medium">
        {t.insights.talkTime}
      </h2>
      <ul className="mt-3 space-y-2">
        {talkTime.map((entry) => {
          const share = Math.round((entry.ms / total) * 100);
          const name = entry.speaker ? speakerName(entry.speaker, t) : t.meetingPage.noSpeaker;
          return (
            <li key={entry.speaker} data-testid="talk-time-entry">
              <div className="flex justify-between text-sm">
                <span className="truncate" data-testid="talk-time-speaker">
                  {entry.speaker ? speakerName(entry.speaker, t) : "—"}
                </span>
                <span className="text-muted-foreground">
                  {share}% · {formatDuration(entry.ms)}
                </span>
              </div>
              <div className="mt-1 h-2 rounded-full bg-muted" role="img" aria-label={`${name}: ${share}%`}>
                <div className="h-full rounded-full bg-primary" style={{ width: `${Math.max(share, 1)}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
