import { z } from "zod";
import { actionItemSchema } from "@/lib/action-items/schemas";
import { templateSchema } from "@/lib/meetings/schemas";

// What the API answers about a meeting's notes (DESIGN §5 "insights"): the serializers return
// these types and lib/api/openapi documents these schemas.

const item = z.object({ text: z.string(), seqs: z.array(z.number().int()) });

/** DESIGN §5 "insights", with the meeting's stored (editable) action items. */
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
  template: templateSchema,
  note: z.string().optional(),
});
export type InsightsJson = z.infer<typeof insightsSchema>;

/** POST /api/v1/actions/generate: action items found in a pasted transcript. */
export const generatedActionItemsSchema = z.object({
  actionItems: z.array(
    z.object({
      text: z.string(),
      owner: z.string().nullable(),
      dueDate: z.iso.date().nullable(),
      seq: z.number().int().nullable(),
    }),
  ),
});
export type GeneratedActionItems = z.infer<typeof generatedActionItemsSchema>;
