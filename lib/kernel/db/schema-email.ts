// Drizzle definitions of the email tables (supabase/migrations holds the SQL); re-exported by schema.ts.
// `users.recap_mode` (added by the same migration) is read and written by lib/email/recap-settings.ts.
import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export type EmailTemplate = "recap" | "magic_link" | "password_reset";
export type EmailStatus = "queued" | "sending" | "sent" | "failed" | "skipped";
export type RecapMode = "off" | "owner" | "participants";

export const emails = pgTable(
  "emails",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    ownerId: uuid("owner_id"),
    meetingId: uuid("meeting_id"),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    template: text("template").$type<EmailTemplate>().notNull(),
    locale: text("locale").$type<"es" | "en">().notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    unsubscribeUrl: text("unsubscribe_url"),
    status: text("status").$type<EmailStatus>().notNull().default("queued"),
    provider: text("provider").$type<"resend" | "outbox">(),
    providerId: text("provider_id"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (table) => [index("emails_owner_created_idx").on(table.ownerId, table.createdAt)],
);

export const emailUnsubscribes = pgTable("email_unsubscribes", {
  email: text("email").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type EmailRow = typeof emails.$inferSelect;
