import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { MeetingChat } from "@/components/chat/meeting-chat";
import { ActionItemsPanel } from "@/components/meeting/action-items-panel";
import { AudioPlayer } from "@/components/meeting/audio-player";
import { InsightsPanel } from "@/components/meeting/insights-panel";
import { KeywordsPanel } from "@/components/meeting/keywords-panel";
import { LiveMeetingProvider } from "@/components/meeting/live-context";
import { MeetingHeader } from "@/components/meeting/meeting-header";
import { ParticipantsEditor } from "@/components/meeting/participants-editor";
import { PlayerProvider } from "@/components/meeting/player-context";
import { ProcessingStatus } from "@/components/meeting/processing-status";
import { TalkTimeChart } from "@/components/meeting/talk-time-chart";
import { TranscriptView } from "@/components/meeting/transcript-view";
import { currentUser, requireUser } from "@/lib/auth/session";
import { lineStartMs } from "@/lib/chat/segment-lookup";
import { suggestedQuestions } from "@/lib/chat/suggested-questions";
import { getMessages } from "@/lib/i18n/server";
import { meetingPageData } from "@/lib/insights/meeting-page-data";
import { isAppError } from "@/lib/kernel/errors";
import { renderReason } from "@/lib/kernel/reasons";
import { getMeetingJson } from "@/lib/meetings/get-meeting";
import { realtimeTransport } from "@/lib/realtime/transport";
import { getProfile } from "@/lib/users/profile";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ seq?: string }> };

/** The tab says which meeting it is; a meeting the reader can't open gets the generic title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getMessages();
  const { id } = await params;
  const user = await currentUser();
  const meeting =
    user && z.uuid().safeParse(id).success ? await getMeetingJson(user.id, id).catch(() => null) : null;
  return { title: `${meeting?.title ?? t.welcome.titles.meeting} · ${t.app.name}` };
}

export default async function MeetingPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const data = await meetingPageData(user.id, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const { meeting, insights, insightsState, template, startTimes, hasMedia, mediaMime } = data;
  const { locale, t } = await getMessages();
  // Stored as codes; worded here, in the reader's language.
  const failure = data.failure ? renderReason(data.failure, t.meetingPage.stored) : undefined;
  const note = data.note ? renderReason(data.note, t.meetingPage.stored) : undefined;
  const profile = await getProfile(user.id);
  const seq = Number.parseInt((await searchParams).seq ?? "", 10);
  // A citation opened this page at a line: the player starts there.
  const [suggestions, startAtMs] = await Promise.all([
    suggestedQuestions(user.id, meeting.id, locale),
    hasMedia && Number.isFinite(seq) ? lineStartMs(user.id, meeting.id, seq) : null,
  ]);

  return (
    <PlayerProvider hasMedia={hasMedia} startAtMs={startAtMs}>
      <LiveMeetingProvider meetingId={meeting.id} status={meeting.status} transport={realtimeTransport()}>
        <article className="space-y-6">
          <MeetingHeader
            meeting={meeting}
            locale={locale}
            timeZone={profile.timezone}
            ownerEmail={user.email}
          />
          <ProcessingStatus
            meetingId={meeting.id}
            status={meeting.status}
            error={failure}
            template={template}
          />
          <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
            <div className="min-w-0 space-y-6">
              {insights && (
                <InsightsPanel
                  meetingId={meeting.id}
                  insights={insights}
                  startTimes={startTimes}
                  state={insightsState}
                  failure={failure}
                  note={note}
                />
              )}
              {hasMedia && <AudioPlayer meetingId={meeting.id} mime={mediaMime} />}
              <TranscriptView meetingId={meeting.id} focusSeq={Number.isFinite(seq) ? seq : null} />
            </div>
            <aside className="space-y-6">
              <MeetingChat meetingId={meeting.id} suggestions={suggestions} />
              {insights && (
                <ActionItemsPanel
                  meetingId={meeting.id}
                  items={insights.actionItems}
                  startTimes={startTimes}
                  people={meeting.participants.map((p) => p.name)}
                />
              )}
              {insights && <TalkTimeChart talkTime={insights.talkTime} />}
              {insights && insights.keywords.length > 0 && (
                <KeywordsPanel insights={insights} startTimes={startTimes} />
              )}
              <ParticipantsEditor meetingId={meeting.id} participants={meeting.participants} />
            </aside>
          </div>
        </article>
      </LiveMeetingProvider>
    </PlayerProvider>
  );
}
