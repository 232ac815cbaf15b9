import { z } from "zod";
import { citationSchema } from "./citations";

// What the API answers about chats: the serializers return these types and lib/api/openapi
// documents these schemas.

/** A saved chat. */
export const chatSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  meetingIds: z.array(z.uuid()).nullable().describe("The meetings it searches; null: all of them"),
  from: z.iso.datetime().nullable(),
  to: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ChatJson = z.infer<typeof chatSchema>;

/** A saved message as the AI SDK UI takes it (typed in code as ChatUIMessage, ./chat-message.ts). */
export const chatMessageSchema = z.object({
  id: z.string(),
  role: z.enum(["user", "assistant"]),
  parts: z
    .array(z.looseObject({ type: z.string() }))
    .describe("AI SDK UI message parts: `text`, and `data-citation` whose `data` is a citation"),
  metadata: z
    .object({
      chatId: z.uuid(),
      answered: z.boolean().optional(),
      incomplete: z.boolean().optional().describe("true when the model provider cut the answer off part-way"),
      meetings: z.record(z.string(), z.string()).optional().describe("Titles of the cited meetings by id"),
    })
    .optional(),
});

/** A saved chat with its messages. */
export const chatWithMessagesSchema = chatSchema.extend({ messages: chatMessageSchema.array() });

/** POST /api/v1/chat with `Accept: application/json`. */
export const chatAnswerSchema = z.object({
  chatId: z.uuid(),
  text: z.string().describe("The answer; `[n]` marks cite `citations[n-1]`"),
  citations: z.array(citationSchema),
  answered: z.boolean().describe("false when the meetings don't contain the answer"),
});
export type ChatAnswer = z.infer<typeof chatAnswerSchema>;
