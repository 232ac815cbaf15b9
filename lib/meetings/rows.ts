import { z } from "zod";
import { int8 } from "@/lib/kernel/db/row-shape";
import type { Reason } from "@/lib/kernel/reasons";
import { MEETING_LANGUAGES } from "./meeting-options";
import { MEETING_STATUSES } from "./meeting-status";

// The rows of the meetings area's tables, as its queries read them (lib/kernel/db/row-shape.ts).

export const meetingSourceSchema = z.enum(["upload", "live", "api"]);

export const meetingRow = z.object({
  id: z.string(),
  ownerId: z.string(),
  title: z.string(),
  status: z.enum(MEETING_STATUSES),
  source: meetingSourceSchema,
  language: z.enum(MEETING_LANGUAGES),
  template: z.string(),
  startedAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  durationMs: int8().nullable(),
  mediaKey: z.string().nullable(),
  mediaMime: z.string().nullable(),
  mediaSize: int8().nullable(),
  /** Why it failed, as a code (lib/kernel/reasons.ts). */
  error: z.custom<Reason>().nullable(),
  /** Where the request that created it came to (scheme://host): links in mail sent later by jobs. */
  origin: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type MeetingRow = z.infer<typeof meetingRow>;

export const participantRow = z.object({
  meetingId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
});
export type ParticipantRow = z.infer<typeof participantRow>;

export const transcriptSegmentRow = z.object({
  meetingId: z.string(),
  seq: z.number(),
  speaker: z.string(),
  text: z.string(),
  startMs: z.number(),
  endMs: z.number(),
  /** The text search configuration (regconfig) the segment's `search` vector was built with. */
  searchConfig: z.string(),
  /** Generated from `text`; queried with `@@`, never read. */
  search: z.string().nullable(),
  createdAt: z.date(),
});
export type TranscriptSegmentRow = z.infer<typeof transcriptSegmentRow>;

/** A stored file whose deletion failed, retried by the sweep. */
export const storageDeletionRow = z.object({
  key: z.string(),
  createdAt: z.date(),
});
