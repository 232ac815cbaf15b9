import type { SegmentJson } from "@/lib/meetings/segments";

/** What a meeting page knows live: the transcript so far, the status, whether events arrive. */
export type LiveState = { segments: SegmentJson[]; status: string | null; connected: boolean };
