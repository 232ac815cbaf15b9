"use client";

import { createBrowserClient } from "@supabase/ssr";
import { useEffect, useState } from "react";
import type { SegmentJson } from "@/lib/meetings/segments";
import type { RealtimeTransport } from "@/lib/realtime/transport";

export type LiveState = { segments: SegmentJson[]; status: string | null; connected: boolean };

function merge(previous: SegmentJson[], incoming: SegmentJson[]): SegmentJson[] {
  const bySeq = new Map(previous.map((segment) => [segment.seq, segment]));
  for (const segment of incoming) if (!bySeq.has(segment.seq)) bySeq.set(segment.seq, segment);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

function useSse(meetingId: string, enabled: boolean): LiveState {
  const [state, setState] = useState<LiveState>({ segments: [], status: null, connected: false });
  useEffect(() => {
    if (!enabled) return;
    // EventSource resends Last-Event-ID on reconnect, so a dropped connection resumes without gaps.
    const source = new EventSource(`/api/v1/meetings/${meetingId}/events`);
    const pending: SegmentJson[] = [];
    let frame = 0;
    const flush = () => {
      frame = 0;
      const batch = pending.splice(0);
      setState((previous) => ({ ...previous, segments: merge(previous.segments, batch) }));
    };
    source.addEventListener("open", () => setState((previous) => ({ ...previous, connected: true })));
    source.addEventListener("segment", (event) => {
      pending.push(JSON.parse((event as MessageEvent<string>).data) as SegmentJson);
      frame ||= window.requestAnimationFrame(flush);
    });
    source.addEventListener("status", (event) => {
      const { status } = JSON.parse((event as MessageEvent<string>).data) as { status: string };
      setState((previous) => ({ ...previous, status }));
      if (status === "ready" || status === "failed" || status === "deleted") source.close();
    });
    source.addEventListener("error", () => setState((previous) => ({ ...previous, connected: false })));
    return () => {
      source.close();
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, [meetingId, enabled]);
  return state;
}

type SegmentRow = { seq: number; speaker: string; text: string; start_ms: number; end_ms: number };

function useSupabase(meetingId: string, enabled: boolean): LiveState {
  const [state, setState] = useState<LiveState>({ segments: [], status: null, connected: false });
  useEffect(() => {
    if (!enabled) return;
    const url = process.env.NEXT_PUBLIC_SUPABASE_URL as string;
    const anonKey = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY as string;
    const client = createBrowserClient(url, anonKey);
    let cancelled = false;
    const add = (rows: SegmentJson[]) =>
      setState((previous) => ({ ...previous, segments: merge(previous.segments, rows) }));
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
        (payload) => {
          const row = payload.new as SegmentRow;
          add([
            { seq: row.seq, speaker: row.speaker, text: row.text, startMs: row.start_ms, endMs: row.end_ms },
          ]);
        },
      )
      .on(
        "postgres_changes",
        { event: "UPDATE", schema: "public", table: "meetings", filter: `id=eq.${meetingId}` },
        (payload) =>
          setState((previous) => ({ ...previous, status: (payload.new as { status: string }).status })),
      );
    (async () => {
      const response = await fetch("/api/v1/realtime/token", { cache: "no-store" });
      if (!response.ok || cancelled) return;
      const { token } = (await response.json()) as { token: string };
      await client.realtime.setAuth(token);
      channel.subscribe((status) =>
        setState((previous) => ({ ...previous, connected: status === "SUBSCRIBED" })),
      );
      // Rows written before the subscription started come from the API.
      const page = await fetch(`/api/v1/meetings/${meetingId}/transcript?limit=1000`, { cache: "no-store" });
      if (page.ok && !cancelled) add(((await page.json()) as { data: SegmentJson[] }).data);
    })();
    return () => {
      cancelled = true;
      void client.removeChannel(channel);
    };
  }, [meetingId, enabled]);
  return state;
}

/** Live segments and status of a meeting, over SSE (default) or Supabase Realtime. */
export function useMeetingEvents(
  meetingId: string,
  transport: RealtimeTransport,
  enabled: boolean,
): LiveState {
  const sse = useSse(meetingId, enabled && transport === "sse");
  const supabase = useSupabase(meetingId, enabled && transport === "supabase");
  return transport === "supabase" ? supabase : sse;
}
