import type { Segment } from "@/lib/transcripts/types";

/**
 * Adds segments that arrived live or from a catch-up to those already shown, in seq order. A seq
 * already present keeps its first version (appends are first-write-wins). When nothing is new the
 * same array comes back, so React skips the re-render.
 */
export function mergeSegments(previous: Segment[], incoming: readonly Segment[]): Segment[] {
  const bySeq = new Map(previous.map((segment) => [segment.seq, segment]));
  let added = false;
  for (const segment of incoming) {
    if (bySeq.has(segment.seq)) continue;
    bySeq.set(segment.seq, segment);
    added = true;
  }
  return added ? [...bySeq.values()].sort((a, b) => a.seq - b.seq) : previous;
}
