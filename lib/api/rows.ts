import { z } from "zod";

// The rows of the API's own tables, as their queries read them (lib/kernel/db/row-shape.ts).

/** A stored answer to an `Idempotency-Key` request (lib/api/idempotency.ts). */
export const idempotencyKeyRow = z.object({
  userId: z.string(),
  key: z.string(),
  requestHash: z.string(),
  /** Null while the first request is still running. */
  status: z.number().nullable(),
  response: z.unknown().nullable(),
  createdAt: z.date(),
  caller: z.string(),
});

/** A fixed-window counter of the rate limiter (lib/api/postgres-rate-limiter.ts). */
export const rateLimitRow = z.object({
  key: z.string(),
  points: z.number(),
  expire: z.date(),
});
