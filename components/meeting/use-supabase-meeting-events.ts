"use client";

import { createBrowserClient } from "@supabase/ssr";
import { useEffect, useState } from "react";
import { publicEnv } from "@/lib/kernel/public-env.client";
import type { SegmentJson } from "@/lib/meetings/segments";
import { fetchAllSegments, fetchMeetingStatus, fetchRealtimeToken } from "@/lib/realtime/catch-up.client";
import { mergeSegments } from "@/lib/realtime/merge-segments.client";
import { nextRefreshRetry, tokenRefreshDelayMs } from "@/lib/realtime/token-refresh.client";
import type { LiveState } from "./live-state";

type SegmentRow = { seq: number; speaker: string; text: string; start_ms: number; end_ms: number };

const toSegment = (row: SegmentRow): SegmentJson => ({
  seq: row.seq,
  speaker: row.speaker,
  text: row.text,
  startMs: row.start_ms,
  endMs: row.end_ms,
});

/**
 * The meeting's changes over Supabase Realtime, under row-level security with a short-lived token
 * for the signed-in user, refreshed before it lapses. Whatever was written before the channel
 * (re)joined comes from the API. `onUnavailable` runs when this transport can't work (no token,
 * or the channel never joins), so the caller can switch to server-sent events.
 */
export function useSupabaseMeetingEvents(
  meetingId: string,
  enabled: boolean,
  onUnavailable: () => void,
): LiveState {
  const [state, setState] = useState<LiveState>({ segments: [], status: null, connected: false });
  useEffect(() => {
    if (!enabled) return;
    const client = createBrowserClient(
      publicEnv.NEXT_PUBLIC_SUPABASE_URL,
      publicEnv.NEXT_PUBLIC_SUPABASE_ANON_KEY,
    );
    let cancelled = false;
    let joinedOnce = false;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    const giveUp = () => {
      if (!cancelled) onUnavailable();
    };
    const add = (incoming: SegmentJson[]) =>
      setState((previous) => {
        const segments = mergeSegments(previous.segments, incoming);
        return segments === previous.segments ? previous : { ...previous, segments };
      });
    const setStatus = (status: string) =>
      setState((previous) => (previous.status === status ? previous : { ...previous, status }));
    const catchUp = async () => {
      const [segments, status] = await Promise.all([
        fetchAllSegments(meetingId),
        fetchMeetingStatus(meetingId),
      ]);
      if (cancelled) return;
      add(segments);
      setStatus(status);
    };

    // Realtime closes the channel when its token lapses, without resubscribing: renew it first.
    const scheduleRefresh = (expiresIn: number) => {
      const lapsesAt = Date.now() + expiresIn * 1000;
      const attempt = async (failures: number) => {
        const token = await fetchRealtimeToken();
        if (cancelled) return;
        if (
          token &&
          (await client.realtime.setAuth(token.token).then(
            () => true,
            () => false,
          ))
        ) {
          scheduleRefresh(token.expiresIn);
          return;
        }
        const next = nextRefreshRetry(failures, Date.now(), lapsesAt);
        if ("giveUp" in next) giveUp();
        else refreshTimer = setTimeout(() => void attempt(failures + 1), next.retryInMs);
      };
      refreshTimer = setTimeout(() => void attempt(0), tokenRefreshDelayMs(expiresIn));
    };

    const channel = client
      .channel(`meeting:${meetingId}`)
      .on(
        "postgres_changes",
        {
          event: "INSERT",
          schema: "public",
          table: "transcript_segments",
          filter: `meeting_id=eq.${meetingId}`,
        },
        (payload) => add([toSegment(payload.new as SegmentRow)]),
      )
      .on(
        "postgres_changes",
        { event: "UPDATE", schema: "public", table: "meetings", filter: `id=eq.${meetingId}` },
        (payload) => setStatus((payload.new as { status: string }).status),
      );

    const start = async () => {
      const token = await fetchRealtimeToken();
      if (cancelled) return;
      if (!token) return giveUp();
      await client.realtime.setAuth(token.token);
      scheduleRefresh(token.expiresIn);
      channel.subscribe((status) => {
        if (cancelled) return;
        const joined = status === "SUBSCRIBED";
        setState((previous) =>
          previous.connected === joined ? previous : { ...previous, connected: joined },
        );
        if (joined) {
          joinedOnce = true;
          // The first join and every rejoin after a drop: fill in what happened meanwhile.
          catchUp().catch(() => {});
        } else if (!joinedOnce && (status === "CHANNEL_ERROR" || status === "TIMED_OUT")) giveUp();
      });
    };
    start().catch(giveUp);

    return () => {
      cancelled = true;
      clearTimeout(refreshTimer);
      void client.removeChannel(channel);
    };
  }, [meetingId, enabled, onUnavailable]);
  return state;
}
