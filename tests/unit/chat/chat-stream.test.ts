import { describe, expect, it } from "vitest";
import {
  type AnswerEvent,
  type ChatChunk,
  chatStream,
  collectAnswer,
  type FinishedAnswer,
} from "@/lib/chat/chat-stream";
import type { Citation } from "@/lib/chat/citations";

const CHAT = "00000000-0000-4000-8000-0000000000c1";
const citation: Citation = {
  meetingId: "00000000-0000-4000-8000-00000000000a",
  seq: 3,
  speaker: "Ana",
  startMs: 12_000,
  text: "Budget approved.",
};

function source(events: AnswerEvent[], failAfter?: number) {
  async function* run() {
    for (const [index, event] of events.entries()) {
      if (failAfter !== undefined && index === failAfter) throw new Error("provider went away");
      yield event;
    }
  }
  return {
    engine: "llm" as const,
    meetings: { [citation.meetingId]: "Weekly" },
    events: run(),
    answered: () => true,
  };
}

async function chunksOf(stream: ReadableStream<ChatChunk>) {
  const chunks: ChatChunk[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}

describe("the chat UI message stream", () => {
  it("carries the chat id and titles at the start, data-citation parts before the text, and answered at the end", async () => {
    let saved: FinishedAnswer | null = null;
    const stream = chatStream({
      chatId: CHAT,
      source: source([
        { type: "text", text: "The budget " },
        { type: "citation", n: 1, citation },
        { type: "text", text: "was approved [1]." },
      ]),
      onFinish: async (answer) => {
        saved = answer;
      },
    });
    const chunks = await chunksOf(stream);
    const types = chunks.map((chunk) => chunk.type);
    expect(types[0]).toBe("start");
    expect(chunks[0]).toMatchObject({
      messageMetadata: { chatId: CHAT, meetings: { [citation.meetingId]: "Weekly" } },
    });
    expect(types.indexOf("data-citation")).toBeLessThan(types.lastIndexOf("text-delta"));
    expect(chunks.find((chunk) => chunk.type === "data-citation")).toMatchObject({ id: "1", data: citation });
    expect(types.at(-1)).toBe("finish");
    expect(saved).toMatchObject({ text: "The budget was approved [1].", answered: true, error: null });
  });

  it("keeps the partial answer and sends an error part when the engine fails part-way", async () => {
    let saved: FinishedAnswer | null = null;
    const stream = chatStream({
      chatId: CHAT,
      source: source(
        [
          { type: "text", text: "The budget was " },
          { type: "text", text: "approved" },
        ],
        1,
      ),
      onFinish: async (answer) => {
        saved = answer;
      },
    });
    const result = await collectAnswer(stream);
    expect(result.text).toBe("The budget was ");
    expect(result.error).toMatch(/provider failed/);
    expect(result.answered).toBe(false);
    expect(saved).toMatchObject({ text: "The budget was ", answered: false });
    expect((saved as FinishedAnswer | null)?.error).toBeInstanceOf(Error);
  });

  it("marks an answer cut off part-way as incomplete, and only that one", async () => {
    const onFinish = async () => {};
    const failed = await chunksOf(
      chatStream({
        chatId: CHAT,
        source: source(
          [
            { type: "text", text: "The budget" },
            { type: "text", text: " was" },
          ],
          1,
        ),
        onFinish,
      }),
    );
    const whole = await chunksOf(
      chatStream({ chatId: CHAT, source: source([{ type: "text", text: "Done." }]), onFinish }),
    );
    expect(failed.at(-1)).toMatchObject({ type: "finish", messageMetadata: { incomplete: true } });
    expect(whole.at(-1)).toMatchObject({ type: "finish", messageMetadata: { answered: true } });
    expect(whole.some((chunk) => JSON.stringify(chunk).includes("incomplete"))).toBe(false);
  });
});
