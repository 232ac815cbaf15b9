import { formatClock } from "@/lib/transcripts/format-timestamp";
import { type ExportMeeting, type ExportSegments, speakerPrefix } from "./export-meeting";

/** `[hh:mm:ss] Speaker: text` lines (no prefix for a line without speaker), which the text parser reads back (end times are not kept). */
export async function* toTxt(_meeting: ExportMeeting, segments: ExportSegments): AsyncGenerator<string> {
  for await (const segment of segments) {
    yield `[${formatClock(segment.startMs)}] ${speakerPrefix(segment.speaker)}${segment.text}\n`;
  }
}
