"use client";

import { useEffect, useState } from "react";
import type { SegmentJson } from "@/lib/meetings/segments";
import { mergeSegments } from "@/lib/realtime/merge-segments.client";
import type { LiveState } from "./live-state";

const FINAL = new Set(["ready", "failed", "deleted"]);

/** The meeting's events over server-sent events (GET …/events). */
export function useSseMeetingEvents(meetingId: string, enabled: boolean): LiveState {
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
      setState((previous) => {
        const segments = mergeSegments(previous.segments, batch);
        return segments === previous.segments ? previous : { ...previous, segments };
      });
    };
    source.addEventListener("open", () => setState((previous) => ({ ...previous, connected: true })));
    source.addEventListener("segment", (event) => {
      pending.push(JSON.parse((event as MessageEvent<string>).data) as SegmentJson);
      frame ||= window.requestAnimationFrame(flush);
    });
    source.addEventListener("status", (event) => {
      const { status } = JSON.parse((event as MessageEvent<string>).data) as { status: string };
      setState((previous) => ({ ...previous, status }));
      if (FINAL.has(status)) source.close();
    });
    source.addEventListener("error", () => setState((previous) => ({ ...previous, connected: false })));
    return () => {
      source.close();
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, [meetingId, enabled]);
  return state;
}
