import { HistoryFilters } from "@/components/meetings/history-filters";
import { MeetingList } from "@/components/meetings/meeting-list";
import { SearchResults } from "@/components/meetings/search-results";
import { UploadDropzone } from "@/components/meetings/upload-dropzone";
import { requireUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { listMeetings } from "@/lib/meetings/list-meetings";
import { listMeetingsQuerySchema } from "@/lib/meetings/schemas";
import { searchTranscripts } from "@/lib/search/search-transcripts";
import { getProfile } from "@/lib/users/profile";

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
  const filters = listMeetingsQuerySchema.safeParse({ ...params, q: undefined, limit: 20 });
  const query = params.q?.trim();

  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t.meetings.title}</h1>
      <UploadDropzone />
      <HistoryFilters initial={params} />
      {query ? (
        <SearchResults
          query={query}
          result={
            await searchTranscripts(user.id, { q: query, cursor: params.cursor, limit: 20 }).catch(() => ({
              data: [],
              nextCursor: null,
            }))
          }
          locale={locale}
        />
      ) : (
        <MeetingList
          result={
            filters.success
              ? await listMeetings(user.id, filters.data).catch(() => ({ data: [], nextCursor: null }))
              : { data: [], nextCursor: null }
          }
          filtered={Boolean(params.status || params.participant || params.from || params.to || params.cursor)}
          locale={locale}
          timeZone={profile.timezone}
          params={params}
        />
      )}
    </section>
  );
}
