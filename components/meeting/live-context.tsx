"use client";

import { useRouter } from "next/navigation";
import { createContext, type ReactNode, useContext, useEffect } from "react";
import type { MeetingStatus } from "@/lib/db/schema";
import type { SegmentJson } from "@/lib/meetings/segments";
import type { RealtimeTransport } from "@/lib/realtime/transport";
import { useMeetingEvents } from "./use-meeting-events";

const IN_PROGRESS: MeetingStatus[] = ["created", "live", "uploaded", "transcribing", "analyzing"];
const STREAMING: MeetingStatus[] = ["created", "live"];

type LiveMeeting = { streaming: boolean; segments: SegmentJson[]; connected: boolean };
const LiveContext = createContext<LiveMeeting>({ streaming: false, segments: [], connected: false });

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
  return (
    <LiveContext.Provider
      value={{ streaming: STREAMING.includes(status), segments: live.segments, connected: live.connected }}
    >
      {children}
    </LiveContext.Provider>
  );
}

export function useLiveMeeting(): LiveMeeting {
  return useContext(LiveContext);
}
