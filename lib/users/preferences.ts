import { z } from "zod";
import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { canonicalTimeZone } from "./time-zone";

export const timezoneSchema = z.string().transform((zone, context) => {
  const canonical = canonicalTimeZone(zone);
  if (canonical) return canonical;
  context.addIssue({ code: "custom", message: "invalid_timezone" });
  return z.NEVER;
});

export const preferencesSchema = z.object({
  name: z.string().trim().max(100).optional(),
  locale: z.enum(["es", "en"]).optional(),
  timezone: timezoneSchema.optional(),
});

export type Preferences = z.infer<typeof preferencesSchema>;

export async function updatePreferences(userId: string, input: unknown): Promise<void> {
  const parsed = preferencesSchema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "invalid");
  const { name, locale, timezone } = parsed.data;
  // A field left out keeps its value; a name given empty is cleared.
  await getSql()`
    update users
    set name = case when ${name !== undefined} then ${name || null} else name end,
        locale = coalesce(${locale ?? null}, locale),
        timezone = coalesce(${timezone ?? null}, timezone),
        updated_at = now()
    where id = ${userId}`;
}
