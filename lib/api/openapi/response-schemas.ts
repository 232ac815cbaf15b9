import { z } from "zod";

// The API's own answer shapes (DESIGN §5). Each entity's schema lives in its area
// (lib/<area>/schemas.ts), beside the code that returns it; operations.ts documents those.

/** DESIGN §5: every error is application/problem+json of this shape. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  requestId: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** DESIGN §5: lists answer `{ data: [...], nextCursor: string | null }`. */
export function listOf<S extends z.ZodType>(schema: S) {
  return z.object({ data: z.array(schema), nextCursor: z.string().nullable() });
}
