import { z } from "zod";
import { citationSchema } from "@/lib/chat/citations";
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

export const chatSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  meetingIds: z.array(z.uuid()).nullable().describe("The meetings it searches; null: all of them"),
  from: z.iso.datetime().nullable(),
  to: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const chatMessageSchema = z.object({
  id: z.string(),
  role: z.enum(["user", "assistant"]),
  parts: z
    .array(z.looseObject({ type: z.string() }))
    .describe("AI SDK UI message parts: `text`, and `data-citation` whose `data` is a citation"),
  metadata: z
    .object({
      chatId: z.uuid(),
      answered: z.boolean().optional(),
      incomplete: z.boolean().optional().describe("true when the model provider cut the answer off part-way"),
      meetings: z.record(z.string(), z.string()).optional().describe("Titles of the cited meetings by id"),
    })
    .optional(),
});

export const chatAnswerSchema = z.object({
  chatId: z.uuid(),
  text: z.string().describe("The answer; `[n]` marks cite `citations[n-1]`"),
  citations: z.array(citationSchema),
  answered: z.boolean().describe("false when the meetings don't contain the answer"),
});

export const realtimeTokenSchema = z.object({
  token: z.string().describe("A Supabase JWT (role `authenticated`) for Supabase Realtime"),
  expiresAt: z.iso.datetime(),
  expiresIn: z.number().int().describe("Seconds until it expires"),
});

export const segmentsAppendedSchema = z.object({
  accepted: z.number().int().describe("Segments newly stored"),
  duplicates: z.number().int().describe("Segments whose seq was already stored (the first write wins)"),
});

export const recapQueuedSchema = z.object({
  queued: z.array(z.object({ id: z.uuid(), to: z.email() })),
  skipped: z.array(z.object({ to: z.string(), reason: z.string() })),
});

export const actionItemsResultSchema = z.object({
  actionItems: z.array(
    z.object({
      text: z.string(),
      owner: z.string().nullable(),
      dueDate: z.iso.date().nullable(),
      seq: z.number().int().nullable(),
    }),
  ),
});
