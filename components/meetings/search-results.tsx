import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { SearchHit } from "@/lib/search/search-transcripts";
import { formatClock } from "@/lib/transcripts/format-timestamp";
import { HighlightedText } from "./highlighted-text";

type Props = { query: string; result: { data: SearchHit[]; nextCursor: string | null }; locale: Locale };

export function SearchResults({ query, result, locale }: Props) {
  const t = messagesFor(locale);
  return (
    <section aria-labelledby="search-heading" className="space-y-3">
      <div className="flex items-center justify-between">
        <h2 id="search-heading" className="font-medium">
          {fill(t.meetings.search.results, { q: query })}
        </h2>
        <Link href="/meetings" className={buttonClasses("ghost", "sm")}>
          {t.meetings.search.clear}
        </Link>
      </div>
      {result.data.length === 0 ? (
        <p
          className="rounded-lg border border-dashed p-8 text-center text-muted-foreground"
          data-testid="search-empty"
        >
          {fill(t.meetings.search.none, { q: query })}
        </p>
      ) : (
        <ul className="divide-y rounded-lg border bg-card" data-testid="search-results">
          {result.data.map((hit) => (
            <li key={`${hit.meetingId}-${hit.seq}`}>
              <Link
                href={`/meetings/${hit.meetingId}?seq=${hit.seq}`}
                className="block px-4 py-3 hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                data-testid="search-hit"
              >
                <div className="flex items-center gap-2 text-sm">
                  <span className="font-medium">{hit.title}</span>
                  <span className="text-muted-foreground">
                    · {hit.speaker || "—"} · {formatClock(hit.startMs)}
                  </span>
                </div>
                <p className="mt-1 text-sm leading-relaxed">
                  <HighlightedText text={hit.snippet} ranges={hit.ranges} />
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {result.nextCursor && (
        <Link
          href={`/meetings?q=${encodeURIComponent(query)}&cursor=${result.nextCursor}`}
          className={buttonClasses("secondary", "sm")}
        >
          {t.meetings.moreResults}
        </Link>
      )}
    </section>
  );
}
