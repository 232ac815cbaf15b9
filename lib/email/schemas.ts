import { z } from "zod";

// What the API answers about email: the code returns these types and lib/api/openapi documents
// these schemas.

/** POST /api/v1/meetings/{id}/email: the recaps queued, and the recipients left out. */
export const recapOutcomeSchema = z.object({
  queued: z.array(z.object({ id: z.uuid(), to: z.email() })),
  skipped: z.array(z.object({ to: z.string(), reason: z.enum(["unsubscribed"]) })),
});
export type RecapOutcome = z.infer<typeof recapOutcomeSchema>;
