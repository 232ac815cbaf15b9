import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/kernel/db/client";
import { users } from "@/lib/kernel/db/schema";
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
  await getDb()
    .update(users)
    .set({
      ...(name !== undefined ? { name: name || null } : {}),
      ...(locale ? { locale } : {}),
      ...(timezone ? { timezone } : {}),
      updatedAt: sql`now()`,
    })
    .where(eq(users.id, userId));
}
