import { z } from "zod";
import { languageSchema, meetingStatusSchema } from "@/lib/meetings/schemas";

// Shapes of what the API answers (DESIGN §5), for the OpenAPI document.

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  requestId: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export const meetingSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: meetingStatusSchema,
  source: z.enum(["upload", "live", "api"]),
  language: languageSchema,
  participants: z.array(z.object({ name: z.string(), email: z.email().optional() })),
  startedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
  durationMs: z.number().int().nullable(),
  createdAt: z.iso.datetime(),
  error: z.string().optional(),
});

export const segmentSchema = z.object({
  seq: z.number().int().min(0),
  speaker: z.string(),
  text: z.string(),
  startMs: z.number().int(),
  endMs: z.number().int(),
});

export const actionItemSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  text: z.string(),
  owner: z.string().nullable(),
  dueDate: z.iso.date().nullable(),
  done: z.boolean(),
  seq: z.number().int().nullable(),
});

const item = z.object({ text: z.string(), seqs: z.array(z.number().int()) });

export const insightsSchema = z.object({
  summary: z.string(),
  keyPoints: z.array(item),
  decisions: z.array(item),
  questions: z.array(item),
  actionItems: z.array(actionItemSchema),
  keywords: z.array(z.object({ term: z.string(), count: z.number().int(), seqs: z.array(z.number().int()) })),
  watchlistHits: z.array(z.object({ term: z.string(), seq: z.number().int(), context: z.string() })),
  talkTime: z.array(z.object({ speaker: z.string(), ms: z.number().int() })),
  engine: z.enum(["local", "llm"]),
  model: z.string().optional(),
  template: z.string(),
  note: z.string().optional(),
});

export const searchHitSchema = z.object({
  meetingId: z.uuid(),
  title: z.string(),
  seq: z.number().int(),
  startMs: z.number().int(),
  speaker: z.string(),
  snippet: z.string(),
  ranges: z.array(z.tuple([z.number().int(), z.number().int()])),
});

export const healthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  checks: z.object(
    Object.fromEntries(
      ["db", "storage", "queue", "transcription", "ai", "email"].map((key) => [
        key,
        z.enum(["ok", "down", "unconfigured"]),
      ]),
    ),
  ),
});

export function listOf<S extends z.ZodType>(schema: S) {
  return z.object({ data: z.array(schema), nextCursor: z.string().nullable() });
}
