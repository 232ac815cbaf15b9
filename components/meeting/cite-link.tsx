"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { formatClock } from "@/lib/transcripts/format-timestamp";
import { openLine } from "./open-line";
import { usePlayer } from "./player-context";
import { PLAYER_CONTROL } from "./player-shortcuts";

/** A citation to a transcript line: opens that line, and plays from it when there is a recording. */
export function CiteLink({ seq, startMs }: { seq: number; startMs?: number }) {
  const pathname = usePathname();
  const { hasMedia, seek } = usePlayer();
  return (
    <Link
      href={`${pathname}?seq=${seq}`}
      scroll={false}
      onClick={() => {
        if (hasMedia && startMs !== undefined) seek(startMs);
        openLine(seq);
      }}
      {...(hasMedia ? PLAYER_CONTROL : {})}
      className="ml-1 rounded bg-muted px-1.5 py-0.5 font-mono text-xs text-muted-foreground hover:bg-accent hover:text-accent-foreground"
      data-testid="cite-link"
    >
      {startMs !== undefined ? formatClock(startMs) : `#${seq}`}
    </Link>
  );
}
