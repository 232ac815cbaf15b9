import { z } from "zod";

// The rows of the users area's tables, as its queries read them (lib/kernel/db/row-shape.ts).

export const recapModeSchema = z.enum(["off", "owner", "participants"]);
export type RecapMode = z.infer<typeof recapModeSchema>;

export const userRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  passwordHash: z.string().nullable(),
  emailVerified: z.date().nullable(),
  image: z.string().nullable(),
  locale: z.enum(["es", "en"]).nullable(),
  timezone: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  watchlist: z.array(z.string()),
  /** Who gets a meeting's recap email when it becomes ready (lib/email/recap-settings.ts). */
  recapMode: recapModeSchema,
  /** Made by open sign-up, and its owner has yet to follow the emailed link. */
  awaitingConfirmation: z.boolean(),
});
export type UserRow = z.infer<typeof userRow>;

/** An OAuth identity linked to a user. */
export const accountRow = z.object({
  userId: z.string(),
  type: z.string(),
  provider: z.string(),
  providerAccountId: z.string(),
  createdAt: z.date(),
});

export const verificationTokenRow = z.object({
  identifier: z.string(),
  token: z.string(),
  expires: z.date(),
});

export const userSessionRow = z.object({
  id: z.string(),
  userId: z.string(),
  createdAt: z.date(),
  expiresAt: z.date(),
});
