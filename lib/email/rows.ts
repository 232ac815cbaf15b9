import { z } from "zod";

// The rows of the email tables, as their queries read them (lib/kernel/db/row-shape.ts).
// `users.recap_mode` is declared with the users row (lib/users/rows.ts).

export const emailTemplateSchema = z.enum(["recap", "magic_link", "password_reset"]);
export type EmailTemplate = z.infer<typeof emailTemplateSchema>;
export const emailStatusSchema = z.enum(["queued", "sending", "sent", "failed", "skipped"]);
export type EmailStatus = z.infer<typeof emailStatusSchema>;

export const emailRow = z.object({
  id: z.string(),
  ownerId: z.string().nullable(),
  meetingId: z.string().nullable(),
  to: z.string(),
  subject: z.string(),
  template: emailTemplateSchema,
  locale: z.enum(["es", "en"]),
  html: z.string(),
  text: z.string(),
  unsubscribeUrl: z.string().nullable(),
  status: emailStatusSchema,
  provider: z.enum(["resend", "outbox"]).nullable(),
  providerId: z.string().nullable(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  idempotencyKey: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  sentAt: z.date().nullable(),
});
export type EmailRow = z.infer<typeof emailRow>;

export const emailUnsubscribeRow = z.object({
  email: z.string(),
  createdAt: z.date(),
});
