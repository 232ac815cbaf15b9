import { z } from "zod";
import { dateString, dateTimeString } from "@/lib/kernel/dates";
import type { segmentSchema } from "@/lib/transcripts/schemas";
import { MEETING_LANGUAGES, NOTE_TEMPLATES } from "./meeting-options";
import { MEETING_STATUSES } from "./meeting-status";

export const meetingStatusSchema = z.enum(MEETING_STATUSES);
export const languageSchema = z.enum(MEETING_LANGUAGES);
export const templateSchema = z.enum(NOTE_TEMPLATES);
export const meetingSourceSchema = z.enum(["upload", "live", "api"]);

const speakerName = z.string().trim().min(1, { message: "must not be empty" }).max(100);

export const participantSchema = z.object({
  name: speakerName,
  email: z.email({ message: "must be an email address" }).toLowerCase().optional().nullable(),
});

export const createMeetingSchema = z.object({
  title: z.string().trim().min(1, { message: "must not be empty" }).max(300),
  language: languageSchema.default("auto"),
  participants: z.array(participantSchema).max(200).default([]),
  source: meetingSourceSchema.default("api"),
  /** The notes template of the meeting's first analysis (re-analysis may pick another). */
  template: templateSchema.default("default"),
});

export const updateMeetingSchema = z
  .object({
    title: z.string().trim().min(1, { message: "must not be empty" }).max(300).optional(),
    language: languageSchema.optional(),
    participants: z.array(participantSchema).max(200).optional(),
    // Keys are speakers exactly as stored; "" names the lines that have no speaker.
    speakers: z.record(z.string().max(100), speakerName).optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "nothing to change" });

const isoDate = dateTimeString.or(dateString);

export const listMeetingsQuerySchema = z.object({
  q: z.string().trim().max(500).optional(),
  status: meetingStatusSchema.optional(),
  participant: z.string().trim().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});

export type CreateMeetingInput = z.input<typeof createMeetingSchema>;
export type UpdateMeetingInput = z.infer<typeof updateMeetingSchema>;
export type ListMeetingsQuery = z.infer<typeof listMeetingsQuerySchema>;

// What the API answers (DESIGN §5 "Objects"): the serializers return these types and
// lib/api/openapi documents these schemas.

/** DESIGN §5 "meeting". */
export const meetingSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: meetingStatusSchema,
  source: meetingSourceSchema,
  language: languageSchema,
  participants: z.array(z.object({ name: z.string(), email: z.email().optional() })),
  startedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
  durationMs: z.number().int().nullable(),
  createdAt: z.iso.datetime(),
  error: z.string().optional(),
});
export type MeetingJson = z.infer<typeof meetingSchema>;
export type ParticipantJson = MeetingJson["participants"][number];

/** DESIGN §5 "segment" (declared with the transcripts). */
export type SegmentJson = z.infer<typeof segmentSchema>;

/** The answer to appending live segments. */
export const segmentsAppendedSchema = z.object({
  accepted: z.number().int().describe("Segments newly stored"),
  duplicates: z.number().int().describe("Segments whose seq was already stored (the first write wins)"),
});
export type SegmentsAppended = z.infer<typeof segmentsAppendedSchema>;
