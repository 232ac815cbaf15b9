import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { fill, formatDateTime, formatDuration } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { MeetingJson } from "@/lib/meetings/meeting-json";
import { FirstRun } from "./first-run";
import { StatusBadge } from "./status-badge";

type Props = {
  result: { data: MeetingJson[]; nextCursor: string | null };
  filtered: boolean;
  locale: Locale;
  timeZone: string;
  params: Record<string, string | undefined>;
};

function pageHref(params: Record<string, string | undefined>, cursor: string) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value && key !== "cursor") search.set(key, value);
  search.set("cursor", cursor);
  return `/meetings?${search}`;
}

/** When the meeting itself took place (if that isn't just when it was added), then who took part. */
function details(meeting: MeetingJson, locale: Locale, timeZone: string, heldAt: string): string {
  const held = meeting.startedAt ? formatDateTime(meeting.startedAt, locale, timeZone) : "";
  const added = formatDateTime(meeting.createdAt, locale, timeZone);
  return [
    held && held !== added ? fill(heldAt, { date: held }) : "",
    meeting.participants.map((p) => p.name).join(", "),
  ]
    .filter(Boolean)
    .join(" · ");
}

export function MeetingList({ result, filtered, locale, timeZone, params }: Props) {
  const t = messagesFor(locale);
  if (result.data.length === 0) {
    return (
      <div className="space-y-4">
        <div className="rounded-lg border border-dashed p-10 text-center" data-testid="meetings-empty">
          <p className="font-medium">{filtered ? t.meetings.noResults : t.meetings.empty}</p>
          {!filtered && <p className="mt-1 text-sm text-muted-foreground">{t.meetings.emptyHelp}</p>}
        </div>
        {!filtered && <FirstRun />}
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <ul className="divide-y rounded-lg border bg-card" data-testid="meeting-list">
        {result.data.map((meeting) => (
          <li key={meeting.id}>
            <Link
              href={`/meetings/${meeting.id}`}
              className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              data-testid="meeting-row"
            >
              <span className="min-w-0 flex-1 basis-full truncate font-medium sm:basis-0">
                {meeting.title}
              </span>
              {/* The list is ordered by when meetings were added, so that is the date it shows. */}
              <time
                dateTime={meeting.createdAt}
                className="text-sm text-muted-foreground"
                data-testid="meeting-added"
              >
                {fill(t.meetingsPage.history.addedAt, {
                  date: formatDateTime(meeting.createdAt, locale, timeZone),
                })}
              </time>
              <span className="w-20 text-right text-sm text-muted-foreground">
                {formatDuration(meeting.durationMs)}
              </span>
              <StatusBadge status={meeting.status} />
              {details(meeting, locale, timeZone, t.meetingsPage.history.heldAt) && (
                <span className="w-full truncate text-xs text-muted-foreground">
                  {details(meeting, locale, timeZone, t.meetingsPage.history.heldAt)}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
      <nav className="flex justify-between" aria-label={t.meetings.title}>
        {params.cursor ? (
          <Link href="/meetings" className={buttonClasses("ghost", "sm")}>
            {t.meetings.newest}
          </Link>
        ) : (
          <span />
        )}
        {result.nextCursor && (
          <Link
            href={pageHref(params, result.nextCursor)}
            className={buttonClasses("secondary", "sm")}
            data-testid="older-page"
          >
            {t.meetings.older}
          </Link>
        )}
      </nav>
    </div>
  );
}
