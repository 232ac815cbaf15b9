import { createUIMessageStreamResponse, type ModelMessage } from "ai";
import { z } from "zod";
import { circuitBreakerFor } from "@/lib/ai/circuit-breaker";
import { aiProvider } from "@/lib/ai/providers";
import { getSql } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { llmAnswerSource } from "./answer-llm";
import { answerLocally, localAnswerSource } from "./answer-local";
import { MAX_QUESTION_CHARS } from "./chat-message";
import { chatStream, collectAnswer } from "./chat-stream";
import { appendMessage, createChat, getChat, titleFrom } from "./chats";
import { stripMarkers } from "./citations";
import { questionLanguage } from "./query-terms";
import { retrieve } from "./retrieve";
import { boundSchema, type ChatScope } from "./scope";
import { meetingTitles } from "./segment-lookup";

const partSchema = z.looseObject({ type: z.string().max(100), text: z.string().optional() });
const messageSchema = z.looseObject({
  id: z.string().max(200).optional(),
  role: z.enum(["user", "assistant", "system"]),
  parts: z.array(partSchema).max(500),
});
type BodyMessage = z.infer<typeof messageSchema>;

const textOf = (message: BodyMessage) =>
  message.parts
    .filter((part) => part.type === "text" && typeof part.text === "string")
    .map((part) => part.text)
    .join("\n");

/** DESIGN §5 `POST /api/v1/chat`: `messages` as the AI SDK UI sends them; the last one is the question. */
export const chatBodySchema = z
  .object({
    messages: z.array(messageSchema).min(1).max(200),
    meetingIds: z.array(z.uuid()).min(1).max(1000).optional(),
    from: boundSchema("from").optional(),
    to: boundSchema("to").optional(),
    chatId: z.uuid().optional(),
  })
  .superRefine((body, ctx) => {
    const last = body.messages.at(-1);
    const question = last && last.role === "user" ? textOf(last).trim() : "";
    if (!question) {
      ctx.addIssue({
        code: "custom",
        path: ["messages"],
        message: "the last message must be a question from the user",
      });
    } else if (question.length > MAX_QUESTION_CHARS) {
      ctx.addIssue({
        code: "custom",
        path: ["messages"],
        message: `the question must be at most ${MAX_QUESTION_CHARS} characters`,
      });
    }
  });
export type ChatBody = z.infer<typeof chatBodySchema>;

const HISTORY_MESSAGES = 8;

function history(messages: BodyMessage[]): ModelMessage[] {
  return messages
    .slice(0, -1)
    .filter((message) => message.role === "user" || message.role === "assistant")
    .slice(-HISTORY_MESSAGES)
    .map((message) => ({
      role: message.role as "user" | "assistant",
      content: stripMarkers(textOf(message)).slice(0, MAX_QUESTION_CHARS),
    }))
    .filter((message) => message.content.length > 0);
}

async function assertOwnsMeetings(userId: string, ids: readonly string[]) {
  const [row] = await getSql()<{ owned: number }[]>`
    select count(*)::int as owned from meetings where owner_id = ${userId} and id = any(${[...ids]}::uuid[])`;
  if ((row?.owned ?? 0) !== new Set(ids).size) throw new AppError("not_found", "No meeting with this id.");
}

/**
 * Answers a chat question: finds or starts the chat (another user's chat id is a 404), saves
 * the question, retrieves from the caller's meetings in scope, and answers with the configured
 * engine through the one UI message stream; `json` reads that stream to its end instead.
 */
export async function answerChat(userId: string, body: ChatBody, json: boolean): Promise<Response> {
  const messages = body.messages;
  const question = textOf(messages.at(-1) as BodyMessage).trim();
  const requested = body.meetingIds || body.from || body.to;
  if (body.meetingIds) await assertOwnsMeetings(userId, body.meetingIds);
  let scope: ChatScope = { meetingIds: body.meetingIds, from: body.from, to: body.to };
  let chatId: string;
  if (body.chatId) {
    const chat = await getChat(userId, body.chatId);
    chatId = chat.id;
    if (!requested) {
      scope = {
        meetingIds: chat.meetingIds,
        from: chat.from ? new Date(chat.from) : null,
        to: chat.to ? new Date(chat.to) : null,
      };
    }
  } else {
    chatId = (await createChat(userId, titleFrom(question), scope)).id;
  }
  await appendMessage(userId, chatId, { role: "user", parts: [{ type: "text", text: question }] });

  const language = questionLanguage(question);
  const retrieval = await retrieve(userId, question, scope);
  const provider = aiProvider();
  const breaker = provider.kind === "llm" ? circuitBreakerFor(`llm:${provider.modelId}`) : null;
  let source: Awaited<ReturnType<typeof llmAnswerSource>>;
  if (provider.kind === "llm" && breaker?.state !== "open" && retrieval.passages.length > 0) {
    const titles = Object.fromEntries(retrieval.meetings.map((meeting) => [meeting.id, meeting.title]));
    source = await llmAnswerSource(
      { userId, question, language, history: history(messages), retrieval, model: provider.model, breaker },
      titles,
    );
  } else {
    const answer = await answerLocally({ userId, question, language, retrieval, scope });
    const cited = [...new Set(answer.sentences.flatMap((s) => s.cites.map((c) => c.meetingId)))];
    source = localAnswerSource(answer, await meetingTitles(userId, cited));
  }

  const stream = chatStream({
    chatId,
    source,
    onFinish: async (answer) => {
      await appendMessage(userId, chatId, {
        role: "assistant",
        parts: answer.parts,
        citations: answer.citations,
        answered: answer.answered,
      });
    },
  });
  if (!json) return createUIMessageStreamResponse({ stream, headers: { "x-chat-id": chatId } });
  const result = await collectAnswer(stream);
  if (result.error)
    throw new AppError("unavailable", "The model provider failed before the answer was complete.");
  return Response.json({ chatId, text: result.text, citations: result.citations, answered: result.answered });
}
