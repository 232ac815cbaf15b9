import type { ReactNode } from "react";
import { HistoryFilters } from "@/components/meetings/history-filters";
import { HistoryProblem } from "@/components/meetings/history-problem";
import { MeetingList } from "@/components/meetings/meeting-list";
import { SearchResults } from "@/components/meetings/search-results";
import { UploadDropzone } from "@/components/meetings/upload-dropzone";
import { requireUser } from "@/lib/auth/session";
import { titled } from "@/lib/i18n/page-title";
import { getMessages } from "@/lib/i18n/server";
import { listMeetings } from "@/lib/meetings/list-meetings";
import { listMeetingsQuerySchema } from "@/lib/meetings/schemas";
import { dayRangeInZone } from "@/lib/meetings/zoned-day";
import { searchTranscripts } from "@/lib/search/search-transcripts";
import { storageKind } from "@/lib/storage/get-storage";
import { getProfile } from "@/lib/users/profile";
import { loadHistory } from "./load-history";

export const generateMetadata = titled("meetings");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function single(params: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

export default async function MeetingsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const { locale, t } = await getMessages();
  const profile = await getProfile(user.id);
  const params = single(await searchParams);
  const query = params.q?.trim();

  let history: ReactNode;
  if (query) {
    const result = await loadHistory(() =>
      searchTranscripts(user.id, { q: query, cursor: params.cursor, limit: 20 }),
    );
    history = result.ok ? (
      <SearchResults query={query} result={result.data} locale={locale} />
    ) : (
      <HistoryProblem problem={result.problem} search />
    );
  } else {
    const result = await loadHistory(async () => {
      const filters = listMeetingsQuerySchema.parse({ ...params, q: undefined, limit: 20 });
      // The dates the user picked are days in their time zone, not the database's.
      return listMeetings(user.id, { ...filters, ...dayRangeInZone(filters, profile.timezone) });
    });
    history = result.ok ? (
      <MeetingList
        result={result.data}
        filtered={Boolean(params.status || params.participant || params.from || params.to || params.cursor)}
        locale={locale}
        timeZone={profile.timezone}
        params={params}
      />
    ) : (
      <HistoryProblem problem={result.problem} search={false} />
    );
  }

  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t.meetings.title}</h1>
      <UploadDropzone direct={storageKind() === "supabase"} />
      <HistoryFilters initial={params} />
      {history}
    </section>
  );
}
