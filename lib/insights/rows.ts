import { z } from "zod";
import type { Reason } from "@/lib/kernel/reasons";

// The insights row, as its queries read it (lib/kernel/db/row-shape.ts).

export const insightsRow = z.object({
  meetingId: z.string(),
  summary: z.string(),
  keyPoints: z.unknown(),
  decisions: z.unknown(),
  questions: z.unknown(),
  keywords: z.unknown(),
  watchlistHits: z.unknown(),
  talkTime: z.unknown(),
  engine: z.enum(["local", "llm"]),
  model: z.string().nullable(),
  template: z.string(),
  /** Why the notes came from a fallback, as a code (lib/kernel/reasons.ts). */
  note: z.custom<Reason>().nullable(),
  version: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type InsightsRow = z.infer<typeof insightsRow>;
