"use client";

import { useRouter } from "next/navigation";
import { createContext, type ReactNode, useContext, useEffect } from "react";
import { MEETING_STATUSES, type MeetingStatus } from "@/lib/meetings/meeting-status";
import type { SegmentJson } from "@/lib/meetings/segments";
import type { RealtimeTransport } from "@/lib/realtime/transport";
import { useMeetingEvents } from "./use-meeting-events";

// Every status but the final two can still change by itself; awaiting_transcription moves on when
// an engine is configured and processing is retried.
const IN_PROGRESS: MeetingStatus[] = MEETING_STATUSES.filter(
  (status) => status !== "ready" && status !== "failed",
);
const STREAMING: MeetingStatus[] = ["created", "live"];
const KNOWN = new Set<string>(MEETING_STATUSES);

type LiveMeeting = {
  streaming: boolean;
  segments: SegmentJson[];
  connected: boolean;
  /** The newest status: from the event stream once it has one, else the server-rendered one. */
  status: MeetingStatus | null;
};
const LiveContext = createContext<LiveMeeting>({
  streaming: false,
  segments: [],
  connected: false,
  status: null,
});

/**
 * Subscribes the page to its meeting while anything can still change: new caption lines appear,
 * and a status change (analysis done, failure) refreshes the page's server-rendered parts.
 */
export function LiveMeetingProvider({
  meetingId,
  status,
  transport,
  children,
}: {
  meetingId: string;
  status: MeetingStatus;
  transport: RealtimeTransport;
  children: ReactNode;
}) {
  const router = useRouter();
  const enabled = IN_PROGRESS.includes(status);
  const live = useMeetingEvents(meetingId, transport, enabled);
  useEffect(() => {
    if (live.status && live.status !== status) router.refresh();
  }, [live.status, status, router]);
  const current = live.status && KNOWN.has(live.status) ? (live.status as MeetingStatus) : status;
  return (
    <LiveContext.Provider
      value={{
        streaming: STREAMING.includes(status),
        segments: live.segments,
        connected: live.connected,
        status: current,
      }}
    >
      {children}
    </LiveContext.Provider>
  );
}

export function useLiveMeeting(): LiveMeeting {
  return useContext(LiveContext);
}
