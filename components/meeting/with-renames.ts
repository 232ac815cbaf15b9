import type { SegmentJson } from "@/lib/meetings/segments";

/** Lines shown under the names the reader gave them since the transcript loaded (by seq). */
export function withRenames(segments: SegmentJson[], renamed: ReadonlyMap<number, string>): SegmentJson[] {
  if (renamed.size === 0) return segments;
  return segments.map((segment) => {
    const speaker = renamed.get(segment.seq);
    return speaker === undefined || speaker === segment.speaker ? segment : { ...segment, speaker };
  });
}

/**
 * Records a rename for the lines on screen that show `from`; lines that arrive later come from
 * the server with whatever name they were stored under.
 */
export function renameLines(
  shown: SegmentJson[],
  renamed: ReadonlyMap<number, string>,
  { from, to }: { from: string; to: string },
): ReadonlyMap<number, string> {
  const next = new Map(renamed);
  for (const segment of shown) if (segment.speaker === from) next.set(segment.seq, to);
  return next;
}
