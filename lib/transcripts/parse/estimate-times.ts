import type { RawSegment } from "@/lib/transcripts/normalize-segment";

/** A text-transcript segment whose times may be unknown. */
export type UntimedSegment = {
  speaker?: string;
  text: string;
  startMs?: number;
  endMs?: number;
  line: number;
};

// Speech runs at about 160 words a minute.
const MS_PER_WORD = 60_000 / 160;
const MIN_ESTIMATE_MS = 1000;

export function estimateDurationMs(text: string): number {
  const words = text.trim().split(/\s+/).length;
  return Math.max(MIN_ESTIMATE_MS, Math.round(words * MS_PER_WORD));
}

/**
 * Fills in missing times so segments stay in order: an unknown start is the previous end; an
 * unknown end is where the next segment starts when that is known, else the start plus an estimate.
 * Holds one segment back to see the next start.
 */
export async function* estimateTimes(segments: AsyncIterable<UntimedSegment>): AsyncGenerator<RawSegment> {
  let previousEnd = 0;
  let held: UntimedSegment | null = null;
  const settle = (segment: UntimedSegment, nextStart?: number): RawSegment => {
    const startMs = segment.startMs ?? previousEnd;
    const endMs =
      segment.endMs ??
      (nextStart !== undefined && nextStart >= startMs
        ? nextStart
        : startMs + estimateDurationMs(segment.text));
    previousEnd = endMs;
    return { speaker: segment.speaker, text: segment.text, startMs, endMs, line: segment.line };
  };
  for await (const segment of segments) {
    if (held) yield settle(held, segment.startMs);
    held = segment;
  }
  if (held) yield settle(held);
}
