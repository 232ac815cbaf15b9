import { formatSrtTimestamp } from "@/lib/transcripts/format-timestamp";
import { type ExportMeeting, type ExportSegments, speakerPrefix } from "./export-meeting";

/** SubRip, numbered from 1 as players expect, with `Speaker: text` cues. */
export async function* toSrt(_meeting: ExportMeeting, segments: ExportSegments): AsyncGenerator<string> {
  let index = 0;
  for await (const segment of segments) {
    const timing = `${formatSrtTimestamp(segment.startMs)} --> ${formatSrtTimestamp(segment.endMs)}`;
    yield `${index > 0 ? "\n" : ""}${++index}\n${timing}\n${speakerPrefix(segment.speaker)}${segment.text}\n`;
  }
}
