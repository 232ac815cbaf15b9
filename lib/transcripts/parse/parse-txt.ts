import type { RawSegment } from "@/lib/transcripts/normalize-segment";
import { TranscriptParseError } from "@/lib/transcripts/types";
import { classifyTxtLine } from "./classify-txt-line";
import { estimateTimes, type UntimedSegment } from "./estimate-times";
import { type Line, MAX_LINE_CHARS } from "./read-lines";

type OpenSegment = UntimedSegment & { headerText?: string };

/**
 * Plain text transcripts. A line with a speaker or a time starts a segment that the plain lines
 * right after it continue (wrapped paragraphs, Otter/Teams blocks under a "Name  0:03" header);
 * a blank line ends it. Other plain lines are segments of their own.
 */
async function* readTxtSegments(lines: AsyncIterable<Line[]>): AsyncGenerator<UntimedSegment> {
  let open: OpenSegment | null = null;
  let clockLine: number | undefined;

  const close = (): UntimedSegment | null => {
    const segment = open;
    open = null;
    if (!segment) return null;
    const { headerText, ...rest } = segment;
    // A "header" with no text under it was an ordinary line that ends in a time.
    if (!segment.text && headerText) return { text: headerText, line: segment.line };
    return rest.text ? rest : null;
  };

  for await (const batch of lines) {
    for (const line of batch) {
      const trimmed = line.text.trim();
      const parsed = classifyTxtLine(trimmed);
      if (parsed.kind === "plain" && open) {
        open.text = open.text ? `${open.text} ${parsed.text}` : parsed.text;
        if (open.text.length > MAX_LINE_CHARS) {
          throw new TranscriptParseError(
            "segment_too_long",
            `Line ${open.line}: the paragraph that starts here is too long to be one segment.`,
            open.line,
          );
        }
        continue;
      }
      const closed = close();
      if (closed) yield closed;
      const startMs = clockLine;
      clockLine = undefined;
      switch (parsed.kind) {
        case "blank":
          clockLine = startMs;
          break;
        case "clock":
          clockLine = parsed.startMs;
          break;
        case "plain":
          yield { text: parsed.text, startMs, line: line.number };
          break;
        case "segment":
          open = {
            speaker: parsed.speaker,
            text: parsed.text,
            startMs: parsed.startMs ?? startMs,
            endMs: parsed.endMs,
            line: line.number,
          };
          break;
        case "header":
          open = {
            speaker: parsed.speaker,
            startMs: parsed.startMs,
            text: "",
            line: line.number,
            headerText: trimmed,
          };
          break;
      }
    }
  }
  const closed = close();
  if (closed) yield closed;
}

export function parseTxt(lines: AsyncIterable<Line[]>): AsyncGenerator<RawSegment> {
  return estimateTimes(readTxtSegments(lines));
}
