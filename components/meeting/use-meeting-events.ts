"use client";

import { useCallback, useState } from "react";
import type { RealtimeTransport } from "@/lib/realtime/transport";
import type { LiveState } from "./live-state";
import { useSseMeetingEvents } from "./use-sse-meeting-events";
import { useSupabaseMeetingEvents } from "./use-supabase-meeting-events";

/**
 * Live segments and status of a meeting, over SSE (default) or Supabase Realtime. When Supabase
 * can't serve the page (no token, the channel never joins), it falls back to SSE, which replays
 * everything, so the page never goes silent.
 */
export function useMeetingEvents(
  meetingId: string,
  transport: RealtimeTransport,
  enabled: boolean,
): LiveState {
  const [supabaseFailed, setSupabaseFailed] = useState(false);
  const onSupabaseUnavailable = useCallback(() => setSupabaseFailed(true), []);
  const viaSupabase = transport === "supabase" && !supabaseFailed;
  const supabase = useSupabaseMeetingEvents(meetingId, enabled && viaSupabase, onSupabaseUnavailable);
  const sse = useSseMeetingEvents(meetingId, enabled && !viaSupabase);
  return viaSupabase ? supabase : sse;
}
