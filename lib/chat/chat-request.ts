import { createUIMessageStreamResponse, type ModelMessage } from "ai";
import { z } from "zod";
import { circuitBreakerFor } from "@/lib/ai/circuit-breaker";
import { aiProvider } from "@/lib/ai/providers";
import { AppError } from "@/lib/kernel/errors";
import { llmAnswerSource } from "./answer-llm";
import { answerLocally, localAnswerSource } from "./answer-local";
import { MAX_QUESTION_CHARS } from "./chat-message";
import { chatStream, collectAnswer } from "./chat-stream";
import { appendMessage, type ChatJson, createChat, getChat, saveQuestion, titleFrom } from "./chats";
import { stripMarkers } from "./citations";
import { questionLanguage } from "./query-terms";
import { retrieve } from "./retrieve";
import type { ChatAnswer } from "./schemas";
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

/**
 * The meetings an explicit `meetingIds` may read. Ids the caller doesn't own are a 404, except
 * meetings of the chat's own saved scope that were deleted since: those simply leave it.
 */
async function requestedMeetings(
  userId: string,
  ids: readonly string[],
  saved: ChatJson | null,
): Promise<string[]> {
  const owned = new Set(Object.keys(await meetingTitles(userId, ids)));
  const unknown = ids.filter((id) => !owned.has(id) && !saved?.meetingIds?.includes(id));
  if (unknown.length > 0) throw new AppError("not_found", "No meeting with this id.");
  return [...new Set(ids)].filter((id) => owned.has(id));
}

/**
 * Answers a chat question: finds or starts the chat (another user's chat id is a 404), saves
 * the question (a retry of an unanswered one is not saved twice), retrieves from the caller's
 * meetings in scope, and answers with the configured engine through the one UI message stream;
 * `json` reads that stream to its end instead.
 */
export async function answerChat(userId: string, body: ChatBody, json: boolean): Promise<Response> {
  const messages = body.messages;
  const question = textOf(messages.at(-1) as BodyMessage).trim();
  const saved = body.chatId ? await getChat(userId, body.chatId) : null;
  const meetingIds = body.meetingIds ? await requestedMeetings(userId, body.meetingIds, saved) : undefined;
  let scope: ChatScope = { meetingIds, from: body.from, to: body.to };
  if (saved && !(body.meetingIds || body.from || body.to)) {
    scope = {
      meetingIds: saved.meetingIds,
      from: saved.from ? new Date(saved.from) : null,
      to: saved.to ? new Date(saved.to) : null,
    };
  }
  const chatId = saved ? saved.id : (await createChat(userId, titleFrom(question), scope)).id;
  await saveQuestion(userId, chatId, question);

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
    // Retrieval already read the titles of the meetings it found; only others are looked up.
    const found = new Map(retrieval.meetings.map((meeting) => [meeting.id, meeting.title]));
    const known: Record<string, string> = {};
    for (const id of cited) {
      const title = found.get(id);
      if (title !== undefined) known[id] = title;
    }
    const others = cited.filter((id) => !found.has(id));
    source = localAnswerSource(answer, { ...known, ...(await meetingTitles(userId, others)) }, language);
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
        incomplete: answer.error !== null,
      });
    },
  });
  if (!json) return createUIMessageStreamResponse({ stream, headers: { "x-chat-id": chatId } });
  const result = await collectAnswer(stream);
  // Half an answer is no JSON answer; the chat keeps it marked incomplete, and asking the same
  // question again in this chat replaces it.
  if (result.error)
    throw new AppError(
      "unavailable",
      `The model provider failed before the answer was complete. Ask again with chatId ${chatId} to retry.`,
    );
  const answer: ChatAnswer = {
    chatId,
    text: result.text,
    citations: result.citations,
    answered: result.answered,
  };
  return Response.json(answer);
}
