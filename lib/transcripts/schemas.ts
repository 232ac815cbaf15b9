import { z } from "zod";

// Transcript shapes the API answers: the code returns these types and lib/api/openapi documents
// these schemas.

/** DESIGN §5 "segment": `seq` is its number within the meeting, the same everywhere. */
export const segmentSchema = z.object({
  seq: z.number().int().min(0),
  speaker: z.string(),
  text: z.string(),
  startMs: z.number().int(),
  endMs: z.number().int(),
});
export type Segment = z.infer<typeof segmentSchema>;

/**
 * The meeting in Minuta's export file. A file format of its own (versioned, importable again):
 * it keeps its fields when the API's meeting object grows.
 */
export const exportMeetingSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  language: z.enum(["auto", "es", "en"]),
  participants: z.array(z.object({ name: z.string(), email: z.email().optional() })),
  startedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
  durationMs: z.number().int().nullable(),
  createdAt: z.iso.datetime(),
});
export type ExportMeeting = z.infer<typeof exportMeetingSchema>;

/** DESIGN §5: `?format=json` is Minuta's export, `{ version: 1, meeting, segments }`. */
export const transcriptExportSchema = z.object({
  version: z.literal(1),
  meeting: exportMeetingSchema,
  segments: z.array(segmentSchema),
});
