import type { Segment } from "@/lib/insights/types";
import { formatClock } from "@/lib/transcripts/format-timestamp";

export const CHARS_PER_TOKEN = 4;
/** Transcript per request: large enough for an hour of talk in few calls, small enough for 16k-context models. */
export const CHUNK_TOKENS = 12_000;

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

export type TranscriptChunk = { text: string; seqs: Set<number> };

/**
 * One line per segment, "[seq] hh:mm:ss Speaker: text". Transcript text is untrusted: newlines
 * are flattened so a segment cannot forge another line (and another segment's number).
 */
export function segmentLine(segment: Segment, maxChars = Number.POSITIVE_INFINITY): string {
  const flat = (value: string) =>
    value
      .replace(/[\r\n\u2028\u2029]+/g, " ")
      .replace(/<\/?transcript>/gi, "")
      .trim();
  const line = `[${segment.seq}] ${formatClock(segment.startMs)} ${flat(segment.speaker)}: ${flat(segment.text)}`;
  return line.length > maxChars ? `${line.slice(0, Math.max(0, maxChars - 1))}…` : line;
}

/** Segments in order, cut into chunks of at most `maxTokens` (estimated), never inside a segment. */
export function chunkTranscript(segments: readonly Segment[], maxTokens = CHUNK_TOKENS): TranscriptChunk[] {
  const maxChars = maxTokens * CHARS_PER_TOKEN;
  const chunks: TranscriptChunk[] = [];
  let lines: string[] = [];
  let seqs = new Set<number>();
  let size = 0;
  for (const segment of [...segments].sort((a, b) => a.seq - b.seq)) {
    const line = segmentLine(segment, maxChars);
    if (lines.length > 0 && size + line.length + 1 > maxChars) {
      chunks.push({ text: lines.join("\n"), seqs });
      lines = [];
      seqs = new Set();
      size = 0;
    }
    lines.push(line);
    seqs.add(segment.seq);
    size += line.length + 1;
  }
  if (lines.length > 0) chunks.push({ text: lines.join("\n"), seqs });
  return chunks;
}
