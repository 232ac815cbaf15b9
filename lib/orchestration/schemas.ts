import { z } from "zod";

// What GET /api/health answers (DESIGN §5): health.ts returns this type and lib/api/openapi
// documents this schema.

export const checkStateSchema = z.enum(["ok", "down", "unconfigured"]);
export type CheckState = z.infer<typeof checkStateSchema>;

/** All six checks are always present. */
export const healthReportSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  checks: z.object({
    db: checkStateSchema,
    storage: checkStateSchema,
    queue: checkStateSchema,
    transcription: checkStateSchema,
    ai: checkStateSchema,
    email: checkStateSchema,
  }),
});
export type HealthReport = z.infer<typeof healthReportSchema>;
