import { z } from "zod";

// What the API answers about realtime: the code returns these types and lib/api/openapi
// documents these schemas.

/** GET /api/v1/realtime/token. */
export const realtimeTokenSchema = z.object({
  token: z.string().describe("A Supabase JWT (role `authenticated`) for Supabase Realtime"),
  expiresAt: z.iso.datetime(),
  expiresIn: z.number().int().describe("Seconds until it expires"),
});
export type RealtimeToken = z.infer<typeof realtimeTokenSchema>;
