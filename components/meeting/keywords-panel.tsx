"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/lib/i18n/context.client";
import type { InsightsJson } from "@/lib/insights/insights-json";
import { CiteLink } from "./cite-link";
import { openLine } from "./open-line";

export function KeywordsPanel({
  insights,
  startTimes,
}: {
  insights: InsightsJson;
  startTimes: Record<number, number>;
}) {
  const { t } = useI18n();
  const pathname = usePathname();
  return (
    <section
      className="rounded-lg border bg-card p-4"
      aria-labelledby="keywords-heading"
      data-testid="keywords"
    >
      <h2 id="keywords-heading" className="font-medium">
        {t.insights.keywords}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {insights.keywords.map((keyword) => (
          <li key={keyword.term}>
            <Link
              href={keyword.seqs[0] !== undefined ? `${pathname}?seq=${keyword.seqs[0]}` : pathname}
              scroll={false}
              onClick={() => {
                if (keyword.seqs[0] !== undefined) openLine(keyword.seqs[0]);
              }}
              className="inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm hover:bg-muted"
            >
              {keyword.term}
              <span className="text-xs text-muted-foreground">{keyword.count}</span>
            </Link>
          </li>
        ))}
      </ul>
      {insights.watchlistHits.length > 0 && (
        <div data-testid="watchlist-hits">
          <h3 className="mt-5 text-sm font-semibold uppercase tracking-wide text-muted-foreground">
            {t.insights.watchlistHits}
          </h3>
          <ul className="mt-2 space-y-2">
            {insights.watchlistHits.map((hit, index) => (
              <li key={index} className="text-sm">
                <span className="font-medium">{hit.term}</span>
                <CiteLink seq={hit.seq} startMs={startTimes[hit.seq]} />
                <p className="mt-0.5 text-muted-foreground">“{hit.context}”</p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
