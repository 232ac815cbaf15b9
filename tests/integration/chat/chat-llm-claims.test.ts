import { describe, expect, it } from "vitest";
import { makeCaller } from "@/tests/support/api";
import { reply } from "@/tests/support/fake-openai-server";
import {
  askJson,
  askStream,
  CHAT_COMPLETIONS,
  meetingWith,
  questionBody,
  SPRING_LAUNCH,
  savedMessages,
  textOf,
  withFakeModel,
} from "./chat-helpers";

const model = withFakeModel();

describe("claims the model backs with citations it made up (OpenAI-compatible server)", () => {
  it("drops each sentence that cites only invented segments and keeps those with a real citation", async () => {
    const me = await makeCaller();
    const meetingId = await meetingWith(me, "Spring launch", SPRING_LAUNCH);
    model
      .server()
      .handle(CHAT_COMPLETIONS, () =>
        reply.chat(
          "Hiring is frozen [m1:99]. The budget is forty thousand euros [m1:1]. Offices close in June [m4:2]. " +
            "The launch moves to May [m1:2, m1:77]. That is all the meetings say.",
          { chunkSize: 5 },
        ),
      );
    const { status, chunks } = await askStream(
      me,
      questionBody("What is the budget?", { meetingIds: [meetingId] }),
    );
    expect(status).toBe(200);
    const text = textOf(chunks);
    expect(text).toBe(
      "The budget is forty thousand euros [1]. The launch moves to May [2]. That is all the meetings say.",
    );
    expect(text).not.toMatch(/Hiring|Offices/);
    expect(chunks.filter((chunk) => chunk.type === "data-citation").map((chunk) => chunk.data.seq)).toEqual([
      1, 2,
    ]);
    expect(chunks.at(-1)).toMatchObject({ type: "finish", messageMetadata: { answered: true } });

    const chatId = chunks[0]?.messageMetadata.chatId as string;
    const [, answer] = await savedMessages(me, chatId);
    expect(answer?.text).toBe(text);
  });

  it("says plainly that the meetings don't say, answered false, when every citation was invented", async () => {
    const me = await makeCaller();
    const meetingId = await meetingWith(me, "Spring launch", SPRING_LAUNCH);
    model
      .server()
      .handle(CHAT_COMPLETIONS, () =>
        reply.chat("Hiring is frozen [m1:99]. Offices close in June [m3:1, m1:42]."),
      );
    const english = await askJson(me, questionBody("Is hiring frozen?", { meetingIds: [meetingId] }));
    expect(english.status).toBe(200);
    expect(english.body).toMatchObject({
      answered: false,
      citations: [],
      text: "The meetings don't say anything about that.",
    });

    const spanish = await askJson(
      me,
      questionBody("¿Se congelan las contrataciones del lanzamiento?", { meetingIds: [meetingId] }),
    );
    expect(spanish.body).toMatchObject({
      answered: false,
      citations: [],
      text: "Las reuniones no dicen nada sobre eso.",
    });
  });

  it("keeps answered false for an answer that cites nothing real even when some sentences stay", async () => {
    const me = await makeCaller();
    const meetingId = await meetingWith(me, "Spring launch", SPRING_LAUNCH);
    model
      .server()
      .enqueue(
        CHAT_COMPLETIONS,
        reply.chat("Here is what I found. Hiring is frozen [m1:99]. Nothing else was said about the budget."),
      );
    const response = await askJson(me, questionBody("What is the budget?", { meetingIds: [meetingId] }));
    expect(response.body).toMatchObject({
      answered: false,
      citations: [],
      text: "Here is what I found. Nothing else was said about the budget.",
    });
  });
});
