import type { ExportMeeting, Segment } from "@/lib/transcripts/schemas";

/** The meeting fields an export carries (./schemas.ts); the API's meeting object (MeetingJson) fits as it is. */
export type { ExportMeeting };

export type ExportSegments = Iterable<Segment> | AsyncIterable<Segment>;

/** "Speaker: " before a line's text, or nothing for a line without speaker (never a bare ": "). */
export const speakerPrefix = (speaker: string) => (speaker ? `${speaker}: ` : "");
