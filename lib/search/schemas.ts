import { z } from "zod";

// What the API answers about search: the code returns these types and lib/api/openapi documents
// these schemas.

/** One matching transcript line (DESIGN §5 GET /api/v1/search). */
export const searchHitSchema = z.object({
  meetingId: z.uuid(),
  title: z.string(),
  seq: z.number().int(),
  startMs: z.number().int(),
  speaker: z.string(),
  snippet: z.string(),
  ranges: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
