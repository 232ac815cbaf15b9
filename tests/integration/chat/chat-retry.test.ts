import { describe, expect, it } from "vitest";
import * as chatsRoute from "@/app/api/v1/chats/route";
import { getSql } from "@/lib/kernel/db/client";
import { call, makeCaller } from "@/tests/support/api";
import { reply } from "@/tests/support/fake-openai-server";
import {
  askJson,
  askStream,
  CHAT_COMPLETIONS,
  failingCompletion,
  meetingWith,
  questionBody,
  SPRING_LAUNCH,
  savedMessages,
  textOf,
  withFakeModel,
} from "./chat-helpers";

const model = withFakeModel();

const QUESTION = "What is the budget?";
const ANSWER = "The budget is forty thousand euros [m1:1]. The launch is in May [m1:2].";

const roles = (messages: { role: string }[]) => messages.map((message) => message.role);

describe("an answer the provider cuts off, and asking again", () => {
  it("answers JSON clients 503 problem+json with nothing half-made, and keeps the partial answer marked incomplete", async () => {
    const me = await makeCaller();
    const meetingId = await meetingWith(me, "Spring launch", SPRING_LAUNCH);
    model
      .server()
      .enqueue(
        CHAT_COMPLETIONS,
        failingCompletion(["The budget is forty thousand euros [m1:1]. ", "The la"]),
      );
    const failed = await askJson(me, questionBody(QUESTION, { meetingIds: [meetingId] }));
    expect(failed.status).toBe(503);
    expect(failed.headers.get("content-type")).toContain("application/problem+json");
    expect(failed.body).toMatchObject({ status: 503, detail: expect.stringMatching(/provider failed/) });
    expect(failed.body).not.toHaveProperty("text");
    expect(failed.body).not.toHaveProperty("citations");
    expect(failed.text).not.toContain("upstream overloaded");

    const listed = await call(chatsRoute.GET, "GET", "/api/v1/chats", { key: me.key });
    const chatId = listed.body.data[0].id as string;
    expect(failed.body.detail).toContain(chatId);
    const saved = await savedMessages(me, chatId);
    expect(roles(saved)).toEqual(["user", "assistant"]);
    expect(saved[1]?.text).toBe("The budget is forty thousand euros [1]. The la");
    expect(saved[1]?.metadata).toMatchObject({ answered: false, incomplete: true });

    // Asking the same question again in that chat replaces the cut-off answer.
    model.server().enqueue(CHAT_COMPLETIONS, reply.chat(ANSWER));
    const retried = await askJson(me, questionBody(QUESTION, { chatId }));
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ chatId, answered: true });
    const after = await savedMessages(me, chatId);
    expect(roles(after)).toEqual(["user", "assistant"]);
    expect(after[0]?.text).toBe(QUESTION);
    expect(after[1]?.text).toBe("The budget is forty thousand euros [1]. The launch is in May [2].");
    expect(after[1]?.metadata).not.toHaveProperty("incomplete");
  });

  it("stores the question once when the web client regenerates after a stream error", async () => {
    const me = await makeCaller();
    const meetingId = await meetingWith(me, "Spring launch", SPRING_LAUNCH);
    model.server().enqueue(CHAT_COMPLETIONS, reply.chat("The launch is in May [m1:2]."));
    const first = await askStream(me, questionBody("When is the launch?", { meetingIds: [meetingId] }));
    const chatId = first.chunks[0]?.messageMetadata.chatId as string;

    model.server().enqueue(CHAT_COMPLETIONS, failingCompletion(["The budget is "]));
    const history = [
      { id: "q1", role: "user", parts: [{ type: "text", text: "When is the launch?" }] },
      { id: "a1", role: "assistant", parts: [{ type: "text", text: "The launch is in May [1]." }] },
      { id: "q2", role: "user", parts: [{ type: "text", text: QUESTION }] },
    ];
    const broken = await askStream(me, { messages: history, chatId, meetingIds: [meetingId] });
    expect(broken.chunks.some((chunk) => chunk.type === "error")).toBe(true);
    expect(broken.chunks.at(-1)).toMatchObject({ messageMetadata: { incomplete: true } });

    // regenerate() drops the partial answer and sends the same messages again.
    model.server().enqueue(CHAT_COMPLETIONS, reply.chat(ANSWER));
    const regenerated = await askStream(me, { messages: history, chatId, meetingIds: [meetingId] });
    expect(textOf(regenerated.chunks)).toContain("forty thousand euros [1]");

    const saved = await savedMessages(me, chatId);
    expect(roles(saved)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(saved.map((message) => message.text)).toEqual([
      "When is the launch?",
      "The launch is in May [1].",
      QUESTION,
      "The budget is forty thousand euros [1]. The launch is in May [2].",
    ]);
    expect(saved.some((message) => message.metadata.incomplete)).toBe(false);
  });

  it("does not store a question twice when its answer never got saved", async () => {
    const me = await makeCaller();
    const meetingId = await meetingWith(me, "Spring launch", SPRING_LAUNCH);
    model.server().handle(CHAT_COMPLETIONS, () => reply.chat(ANSWER));
    const first = await askJson(me, questionBody(QUESTION, { meetingIds: [meetingId] }));
    const chatId = first.body.chatId as string;
    // The server went down between saving the question and saving its answer.
    await getSql()`delete from chat_messages where chat_id = ${chatId} and role = 'assistant'`;

    expect((await askJson(me, questionBody(QUESTION, { chatId }))).status).toBe(200);
    expect(roles(await savedMessages(me, chatId))).toEqual(["user", "assistant"]);
  });

  it("keeps a question asked again after a complete answer as a new turn", async () => {
    const me = await makeCaller();
    const meetingId = await meetingWith(me, "Spring launch", SPRING_LAUNCH);
    model.server().handle(CHAT_COMPLETIONS, () => reply.chat(ANSWER));
    const chatId = (await askJson(me, questionBody(QUESTION, { meetingIds: [meetingId] }))).body
      .chatId as string;
    await askJson(me, questionBody(QUESTION, { chatId }));
    expect(roles(await savedMessages(me, chatId))).toEqual(["user", "assistant", "user", "assistant"]);
  });
});
