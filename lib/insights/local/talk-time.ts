import type { Insights, Segment } from "@/lib/insights/types";

/** Milliseconds each speaker talked (sum of their segments' durations), most first, ties by name. */
export function talkTime(segments: readonly Segment[]): Insights["talkTime"] {
  const totals = new Map<string, number>();
  for (const segment of segments) {
    const duration = segment.endMs - segment.startMs;
    const ms = Number.isFinite(duration) && duration > 0 ? duration : 0;
    totals.set(segment.speaker, (totals.get(segment.speaker) ?? 0) + ms);
  }
  return [...totals]
    .map(([speaker, ms]) => ({ speaker, ms }))
    .sort((a, b) => b.ms - a.ms || (a.speaker < b.speaker ? -1 : a.speaker > b.speaker ? 1 : 0));
}
