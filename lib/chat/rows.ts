import { z } from "zod";
import { dateText, int8 } from "@/lib/kernel/db/row-shape";

// The rows of the chat tables, as their queries read them (lib/kernel/db/row-shape.ts).

export const chatRow = z.object({
  id: z.string(),
  ownerId: z.string(),
  title: z.string(),
  meetingIds: z.array(z.string()).nullable(),
  fromDate: z.date().nullable(),
  toDate: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ChatRow = z.infer<typeof chatRow>;

export const chatMessageRow = z.object({
  id: z.string(),
  chatId: z.string(),
  position: z.number(),
  role: z.enum(["user", "assistant"]),
  parts: z.unknown(),
  citations: z.unknown(),
  answered: z.boolean().nullable(),
  createdAt: z.date(),
  incomplete: z.boolean(),
});
export type ChatMessageRow = z.infer<typeof chatMessageRow>;

/** A user's chat requests and model tokens in one calendar month (`month`: its first day). */
export const chatTokenUsageRow = z.object({
  userId: z.string(),
  month: dateText(),
  requests: z.number(),
  inputTokens: int8(),
  outputTokens: int8(),
  updatedAt: z.date(),
});
