import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { Reason } from "@/lib/kernel/reasons";
import type { MeetingStatus } from "@/lib/meetings/meeting-options";

export const users = pgTable("users", {
  id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
  email: text("email").notNull().unique(),
  name: text("name"),
  passwordHash: text("password_hash"),
  emailVerified: timestamp("email_verified", { withTimezone: true }),
  image: text("image"),
  locale: text("locale").$type<"es" | "en">(),
  timezone: text("timezone").notNull().default("UTC"),
  watchlist: text("watchlist").array().notNull().default(sql`'{}'::text[]`),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.provider, table.providerAccountId] })],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.identifier, table.token] })],
);

export type User = typeof users.$inferSelect;

export type { MeetingStatus };
export type MeetingSource = "upload" | "live" | "api";
export type MeetingLanguage = "auto" | "es" | "en";

export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    status: text("status").$type<MeetingStatus>().notNull().default("created"),
    source: text("source").$type<MeetingSource>().notNull().default("api"),
    language: text("language").$type<MeetingLanguage>().notNull().default("auto"),
    template: text("template").notNull().default("default"),
    startedAt: timestamp("started_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    durationMs: bigint("duration_ms", { mode: "number" }),
    mediaKey: text("media_key"),
    mediaMime: text("media_mime"),
    mediaSize: bigint("media_size", { mode: "number" }),
    error: jsonb("error").$type<Reason>(),
    /** Where the request that created it came to (scheme://host): links in mail sent later by jobs. */
    origin: text("origin"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("meetings_owner_created_idx").on(table.ownerId, table.createdAt, table.id)],
);

export const participants = pgTable(
  "participants",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email"),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.name] })],
);

export const transcriptSegments = pgTable(
  "transcript_segments",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    speaker: text("speaker").notNull().default(""),
    text: text("text").notNull(),
    startMs: integer("start_ms").notNull(),
    endMs: integer("end_ms").notNull(),
    searchConfig: text("search_config").notNull().default("simple"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.seq] })],
);

export const storageDeletions = pgTable("storage_deletions", {
  key: text("key").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Meeting = typeof meetings.$inferSelect;
export type Participant = typeof participants.$inferSelect;
export type SegmentRow = typeof transcriptSegments.$inferSelect;

export const apiKeys = pgTable("api_keys", {
  id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
  ownerId: uuid("owner_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  prefix: text("prefix").notNull().unique(),
  keyHash: text("key_hash").notNull(),
  scopes: text("scopes").array().notNull(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type ApiKey = typeof apiKeys.$inferSelect;

export const insights = pgTable("insights", {
  meetingId: uuid("meeting_id")
    .primaryKey()
    .references(() => meetings.id, { onDelete: "cascade" }),
  summary: text("summary").notNull(),
  keyPoints: jsonb("key_points").notNull(),
  decisions: jsonb("decisions").notNull(),
  questions: jsonb("questions").notNull(),
  keywords: jsonb("keywords").notNull(),
  watchlistHits: jsonb("watchlist_hits").notNull(),
  talkTime: jsonb("talk_time").notNull(),
  engine: text("engine").$type<"local" | "llm">().notNull(),
  model: text("model"),
  template: text("template").notNull(),
  note: jsonb("note").$type<Reason>(),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** What an action item and a dismissed one are keyed by: its own id, its meeting, and the owner. */
const actionItemKeys = () => ({
  id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
  meetingId: uuid("meeting_id")
    .notNull()
    .references(() => meetings.id, { onDelete: "cascade" }),
  ownerId: uuid("owner_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
});

export const actionItems = pgTable("action_items", {
  ...actionItemKeys(),
  text: text("text").notNull(),
  owner: text("owner"),
  dueDate: date("due_date", { mode: "string" }),
  done: boolean("done").notNull().default(false),
  seq: integer("seq"),
  origin: text("origin").$type<"extracted" | "manual">().notNull().default("extracted"),
  edited: boolean("edited").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Extracted action items the user deleted, so a re-analysis doesn't bring them back. */
export const dismissedActionItems = pgTable("dismissed_action_items", {
  ...actionItemKeys(),
  seq: integer("seq"),
  text: text("text").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type InsightsRow = typeof insights.$inferSelect;
export type ActionItemRow = typeof actionItems.$inferSelect;

export * from "./schema-chat";
export * from "./schema-email";
export * from "./schema-webhooks";
