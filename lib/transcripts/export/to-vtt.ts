import { formatVttTimestamp } from "@/lib/transcripts/format-timestamp";
import type { ExportMeeting, ExportSegments } from "./export-meeting";

const escapeVtt = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** WebVTT with one cue per segment, its seq as the cue id and the speaker (if any) as a `<v>` voice. */
export async function* toVtt(_meeting: ExportMeeting, segments: ExportSegments): AsyncGenerator<string> {
  yield "WEBVTT\n";
  for await (const segment of segments) {
    const timing = `${formatVttTimestamp(segment.startMs)} --> ${formatVttTimestamp(segment.endMs)}`;
    const text = escapeVtt(segment.text);
    const cue = segment.speaker ? `<v ${escapeVtt(segment.speaker)}>${text}</v>` : text;
    yield `\n${segment.seq}\n${timing}\n${cue}\n`;
  }
}
