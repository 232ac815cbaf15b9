"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/cn";
import { openLine } from "@/components/meeting/open-line";
import { usePlayer } from "@/components/meeting/player-context";
import { PLAYER_CONTROL } from "@/components/meeting/player-shortcuts";
import type { Citation } from "@/lib/chat/citations";
import { useI18n } from "@/lib/i18n/context.client";
import { fill } from "@/lib/i18n/format";
import { speakerName } from "@/lib/i18n/speaker-name";
import { formatClock } from "@/lib/transcripts/format-timestamp";

type Props = { n: number; citation: Citation; title: string | undefined; detailed?: boolean };

/**
 * A citation: opens the meeting at the cited line and plays from it when there is a recording
 * (at once when that meeting is the page already). Transcript text only ever appears as text.
 */
export function CitationChip({ n, citation, title, detailed = false }: Props) {
  const { t } = useI18n();
  const pathname = usePathname();
  const { hasMedia, seek } = usePlayer();
  const meetingPath = `/meetings/${citation.meetingId}`;
  const here = pathname === meetingPath;
  const clock = formatClock(citation.startMs);
  const meetingTitle = title ?? t.chat.untitledMeeting;
  const speaker = citation.speaker ? speakerName(citation.speaker, t) : "?";
  return (
    <Link
      href={`${meetingPath}?seq=${citation.seq}`}
      scroll={here ? false : undefined}
      onClick={() => {
        // Elsewhere the meeting page cues the line itself from `?seq=`.
        if (here && hasMedia) seek(citation.startMs);
        if (here) openLine(citation.seq);
      }}
      {...(here && hasMedia ? PLAYER_CONTROL : {})}
      title={citation.text}
      // The spoken name starts with the number shown (WCAG 2.5.3, label in name); the detailed
      // chip's own text already says who, when and where.
      aria-label={
        detailed ? undefined : `${n}: ${fill(t.chat.citation, { speaker, time: clock, title: meetingTitle })}`
      }
      data-testid={detailed ? "citation-source" : "citation-chip"}
      data-seq={citation.seq}
      data-meeting-id={citation.meetingId}
      className={cn(
        "inline-flex items-center gap-1 rounded bg-muted font-mono text-xs text-muted-foreground",
        "hover:bg-accent hover:text-accent-foreground",
        detailed ? "px-2 py-1" : "mx-0.5 px-1.5 py-0.5 align-baseline",
      )}
    >
      <span>{n}</span>
      {detailed && (
        <span className="font-sans">
          {speaker} · {clock} · {meetingTitle}
        </span>
      )}
    </Link>
  );
}
