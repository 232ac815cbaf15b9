import type { Segment } from "@/lib/transcripts/types";

/** The meeting fields an export carries; the API's meeting object (MeetingJson) fits as it is. */
export type ExportMeeting = {
  id: string;
  title: string;
  language: "auto" | "es" | "en";
  participants: { name: string; email?: string }[];
  startedAt: string | null;
  endedAt: string | null;
  durationMs: number | null;
  createdAt: string;
};

export type ExportSegments = Iterable<Segment> | AsyncIterable<Segment>;

/** "Speaker: " before a line's text, or nothing for a line without speaker (never a bare ": "). */
export const speakerPrefix = (speaker: string) => (speaker ? `${speaker}: ` : "");
