import { z } from "zod";

// The api_keys row, as its queries read it (lib/kernel/db/row-shape.ts).

export const apiKeyRow = z.object({
  id: z.string(),
  ownerId: z.string(),
  name: z.string(),
  prefix: z.string(),
  keyHash: z.string(),
  scopes: z.array(z.string()),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  createdAt: z.date(),
});
export type ApiKeyRow = z.infer<typeof apiKeyRow>;
