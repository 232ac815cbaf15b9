"use client";

import { useCallback, useEffect, useState } from "react";
import type { SegmentJson } from "@/lib/meetings/segments";

const PAGE = 1000;

/** Loads a meeting's whole transcript page by page, so the first lines show while the rest arrive. */
export function useTranscript(meetingId: string, enabled = true) {
  const [segments, setSegments] = useState<SegmentJson[]>([]);
  const [done, setDone] = useState(false);
  const [error, setError] = useState(false);
  const [version, setVersion] = useState(0);

  // `version` is a reload trigger: bumping it fetches the transcript again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the reload trigger
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    setSegments([]);
    setDone(false);
    setError(false);
    (async () => {
      let cursor: string | null = null;
      do {
        const url = `/api/v1/meetings/${meetingId}/transcript?limit=${PAGE}${cursor ? `&cursor=${cursor}` : ""}`;
        const response = await fetch(url, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        const page = (await response.json()) as { data: SegmentJson[]; nextCursor: string | null };
        if (cancelled) return;
        setSegments((previous) => [...previous, ...page.data]);
        cursor = page.nextCursor;
      } while (cursor);
      if (!cancelled) setDone(true);
    })().catch(() => {
      if (!cancelled) setError(true);
    });
    return () => {
      cancelled = true;
    };
  }, [meetingId, version, enabled]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { segments, done, error, reload };
}
