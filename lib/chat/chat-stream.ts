import { randomUUID } from "node:crypto";
import { createUIMessageStream, type InferUIMessageChunk } from "ai";
import { logError } from "@/lib/kernel/log";
import type { ChatUIMessage } from "./chat-message";
import type { Citation } from "./citations";

/** What an engine produces, in order: text, and each citation just before the text that first cites it. */
export type AnswerEvent =
  | { type: "text"; text: string }
  | { type: "citation"; n: number; citation: Citation };

export type AnswerSource = {
  engine: "local" | "llm";
  /** Titles of the meetings the answer may cite. */
  meetings: Record<string, string>;
  events: AsyncIterable<AnswerEvent>;
  /** Read after the events end. */
  answered: () => boolean;
};

export type FinishedAnswer = {
  messageId: string;
  text: string;
  citations: Citation[];
  answered: boolean;
  /** Set when the engine failed part-way; `text` holds what arrived before. */
  error: unknown | null;
  parts: ChatUIMessage["parts"];
};

export type ChatChunk = InferUIMessageChunk<ChatUIMessage>;

const PROVIDER_FAILED = "The model provider failed before the answer was complete.";

/**
 * The one UI message stream both engines answer through: `start` (with the chat id and meeting
 * titles), the text, a `data-citation` part (id `n`) before the text that first says `[n]`, then
 * whether the meetings answered the question. An engine failing part-way ends the text where it
 * got to and sends an `error` part, so the reader keeps the partial answer.
 */
export function chatStream(options: {
  chatId: string;
  source: AnswerSource;
  onFinish: (answer: FinishedAnswer) => Promise<void>;
}): ReadableStream<ChatChunk> {
  const { chatId, source } = options;
  const messageId = randomUUID();
  const textId = `${messageId}-text`;
  return createUIMessageStream<ChatUIMessage>({
    execute: async ({ writer }) => {
      const answer: FinishedAnswer = {
        messageId,
        text: "",
        citations: [],
        answered: false,
        error: null,
        parts: [],
      };
      writer.write({
        type: "start",
        messageId,
        messageMetadata: { chatId, meetings: source.meetings, engine: source.engine },
      });
      writer.write({ type: "text-start", id: textId });
      try {
        for await (const event of source.events) {
          if (event.type === "citation") {
            answer.citations.push(event.citation);
            answer.parts.push({ type: "data-citation", id: String(event.n), data: event.citation });
            writer.write({ type: "data-citation", id: String(event.n), data: event.citation });
          } else if (event.text) {
            answer.text += event.text;
            writer.write({ type: "text-delta", id: textId, delta: event.text });
          }
        }
        answer.answered = source.answered();
      } catch (error) {
        answer.error = error;
        logError("chat answer failed part-way", error, { chatId });
      }
      writer.write({ type: "text-end", id: textId });
      answer.parts.unshift({ type: "text", text: answer.text });
      if (answer.error) writer.write({ type: "error", errorText: PROVIDER_FAILED });
      const incomplete = answer.error ? { incomplete: true } : {};
      writer.write({
        type: "message-metadata",
        messageMetadata: { answered: answer.answered, ...incomplete },
      });
      try {
        await options.onFinish(answer);
      } catch (error) {
        logError("could not save a chat answer", error, { chatId });
      }
      writer.write({ type: "finish", messageMetadata: { answered: answer.answered, ...incomplete } });
    },
    onError: () => PROVIDER_FAILED,
  });
}

/** Reads a chat stream to its end on the server, for clients that asked for JSON. */
export async function collectAnswer(stream: ReadableStream<ChatChunk>) {
  let text = "";
  const citations: Citation[] = [];
  let answered = false;
  let error: string | null = null;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value.type === "text-delta") text += value.delta;
    else if (value.type === "data-citation") citations.push(value.data);
    else if (value.type === "error") error = value.errorText;
    else if (value.type === "message-metadata" || value.type === "finish") {
      if (value.messageMetadata?.answered !== undefined) answered = value.messageMetadata.answered;
    }
  }
  return { text, citations, answered, error };
}
