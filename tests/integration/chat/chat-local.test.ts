import { afterAll, describe, expect, it } from "vitest";
import * as chatRoute from "@/app/api/v1/chats/[id]/route";
import * as chatsRoute from "@/app/api/v1/chats/route";
import { suggestedQuestions } from "@/lib/chat/suggested-questions";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { call, makeCaller } from "@/tests/support/api";
import {
  analyze,
  askJson,
  askStream,
  meetingWith,
  questionBody,
  textOf,
  withLocalEngine,
} from "./chat-helpers";

withLocalEngine();
afterAll(closeDb);

const LAUNCH = [
  "Ana: Good morning, let's review the spring launch.",
  "Ben: The campaign budget is forty thousand euros, approved by finance.",
  "Ana: Carla, can you send the launch plan to the agency by Friday?",
  "Carla: Yes, I will send the launch plan on Friday.",
  "Ben: We decided to move the launch to the ninth of May.",
  "",
].join("\n");

describe("POST /api/v1/chat with the local engine", () => {
  it("streams an answer whose data-citation parts point at the line that says it", async () => {
    const me = await makeCaller();
    const meetingId = await meetingWith(me, "Spring launch", LAUNCH);
    const { status, headers, chunks } = await askStream(
      me,
      questionBody("How big is the campaign budget?", { meetingIds: [meetingId] }),
    );
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("text/event-stream");
    expect(chunks[0]).toMatchObject({ type: "start", messageMetadata: { chatId: expect.any(String) } });
    const citations = chunks.filter((chunk) => chunk.type === "data-citation");
    const budget = citations.find((chunk) => chunk.data.seq === 1);
    expect(budget).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      data: { meetingId, seq: 1, speaker: "Ben", startMs: expect.any(Number) },
    });
    expect(budget?.data.text).toContain("forty thousand euros");
    const text = textOf(chunks);
    expect(text).toContain("forty thousand euros");
    expect(text).toContain(`[${budget?.id}]`);
    expect(chunks.at(-1)).toMatchObject({ type: "finish", messageMetadata: { answered: true } });
  });

  it("answers JSON with chatId, text, citations and answered for Accept: application/json", async () => {
    const me = await makeCaller();
    const meetingId = await meetingWith(me, "Spring launch", LAUNCH);
    const response = await askJson(me, questionBody("When is the launch?", { meetingIds: [meetingId] }));
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(["answered", "chatId", "citations", "text"]);
    expect(response.body.answered).toBe(true);
    expect(response.body.text).toContain("ninth of May");
    expect(response.body.citations.length).toBeGreaterThan(0);
    for (const citation of response.body.citations) {
      expect(Object.keys(citation).sort()).toEqual(["meetingId", "seq", "speaker", "startMs", "text"]);
      expect(citation.meetingId).toBe(meetingId);
    }
  });

  it("says plainly that the meetings don't say, answered false, for an unrelated question", async () => {
    const me = await makeCaller();
    await meetingWith(me, "Spring launch", LAUNCH);
    const english = await askJson(me, questionBody("What is the recipe for seafood paella?"));
    expect(english.body).toMatchObject({
      answered: false,
      citations: [],
      text: "The meetings don't say anything about that.",
    });
    const spanish = await askJson(me, questionBody("¿Cuál es la receta de la paella de marisco?"));
    expect(spanish.body).toMatchObject({ answered: false, text: "Las reuniones no dicen nada sobre eso." });
  });

  it("answers in Spanish from a Spanish meeting", async () => {
    const me = await makeCaller();
    const meetingId = await meetingWith(
      me,
      "Planificación",
      "Lucía: El presupuesto del trimestre es de veinte mil euros.\nMarcos: Hay que contratar a dos personas más.\n",
    );
    const response = await askJson(me, questionBody("¿Cuál es el presupuesto del trimestre?"));
    expect(response.body.answered).toBe(true);
    expect(response.body.text).toContain("veinte mil euros");
    expect(response.body.citations[0]).toMatchObject({ meetingId, seq: 0, speaker: "Lucía" });
  });

  it("only ever reads the caller's meetings, even when another user's transcripts share the words", async () => {
    const me = await makeCaller();
    const other = await makeCaller();
    const mine = await meetingWith(me, "Budget", "Ana: The budget for project alpha is ten thousand.\n");
    const theirs = await meetingWith(
      other,
      "Budget",
      "Zoe: The budget for project omega is ninety-nine thousand, confidential.\n",
    );
    const response = await askJson(me, questionBody("What is the budget for project omega?"));
    expect(response.status).toBe(200);
    expect(response.body.text).not.toContain("ninety-nine");
    expect(response.body.text).not.toContain("confidential");
    for (const citation of response.body.citations) expect(citation.meetingId).toBe(mine);
    const scoped = await askJson(me, questionBody("budget", { meetingIds: [theirs] }));
    expect(scoped.status).toBe(404);
  });

  it("answers action items from the meeting's notes, citing the line each comes from", async () => {
    const me = await makeCaller();
    const meetingId = await meetingWith(me, "Spring launch", LAUNCH);
    await analyze(meetingId, me.userId);
    const response = await askJson(
      me,
      questionBody("What are the action items?", { meetingIds: [meetingId] }),
    );
    expect(response.body.answered).toBe(true);
    expect(response.body.text).toMatch(/launch plan/i);
    expect(response.body.citations.map((citation: { seq: number }) => citation.seq)).toContain(2);
  });

  it("rejects an empty question and one over 20,000 characters with 422, and saves nothing", async () => {
    const me = await makeCaller();
    for (const body of [
      questionBody(""),
      questionBody("   \n "),
      questionBody("x".repeat(20_001)),
      { messages: [] },
      { messages: [{ id: "a", role: "assistant", parts: [{ type: "text", text: "Hi" }] }] },
    ]) {
      const response = await askJson(me, body);
      expect(response.status).toBe(422);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    const list = await call(chatsRoute.GET, "GET", "/api/v1/chats", { key: me.key });
    expect(list.body.data).toEqual([]);
  });

  it("reads only meetings between from and to", async () => {
    const me = await makeCaller();
    const march = await meetingWith(me, "March sync", "Ana: The vendor contract renews in March.\n");
    const june = await meetingWith(me, "June sync", "Ben: The vendor contract was cancelled in June.\n");
    await getSql()`update meetings set started_at = '2026-03-10T10:00:00Z' where id = ${march}`;
    await getSql()`update meetings set started_at = '2026-06-10T10:00:00Z' where id = ${june}`;
    const response = await askJson(
      me,
      questionBody("vendor contract", { from: "2026-06-01", to: "2026-06-30" }),
    );
    expect(response.body.citations.map((citation: { meetingId: string }) => citation.meetingId)).toEqual([
      june,
    ]);
    const before = await askJson(me, questionBody("vendor contract", { to: "2026-03-10" }));
    expect(before.body.citations.map((citation: { meetingId: string }) => citation.meetingId)).toEqual([
      march,
    ]);
    expect((await askJson(me, questionBody("vendor contract", { from: "March" }))).status).toBe(422);
  });

  it("needs the chat scope", async () => {
    const reader = await makeCaller(["meetings:read"]);
    expect((await askJson(reader, questionBody("budget"))).status).toBe(403);
  });
});

describe("suggested questions", () => {
  it("come from the meeting's notes, in its language, and only for its owner", async () => {
    const me = await makeCaller();
    const other = await makeCaller();
    const meetingId = await meetingWith(
      me,
      "Planificación",
      [
        "Lucía: Hemos decidido cambiar de proveedor de catering para el evento.",
        "Marcos: Lucía, ¿puedes enviar el contrato del proveedor antes del viernes?",
        "Lucía: Sí, enviaré el contrato del proveedor el viernes.",
        "Marcos: ¿Quién revisa el presupuesto del evento?",
        "",
      ].join("\n"),
    );
    await analyze(meetingId, me.userId);
    const suggestions = await suggestedQuestions(me.userId, meetingId);
    expect(suggestions.length).toBeGreaterThan(1);
    expect(suggestions).toContain("¿Cuáles son mis tareas?");
    expect(suggestions).toContain("¿De qué trató esta reunión?");
    // An English reader of this Spanish meeting gets English questions, its topics quoted as terms.
    const forEnglishReader = await suggestedQuestions(me.userId, meetingId, "en");
    expect(forEnglishReader).toContain("What are my action items?");
    expect(forEnglishReader).toContain("What was this meeting about?");
    const aboutTopics = forEnglishReader.filter(
      (question) => / about /.test(question) && !question.includes("meeting"),
    );
    expect(aboutTopics.length).toBeGreaterThan(0);
    for (const question of aboutTopics) expect(question).toMatch(/ about “[^”]+”\?$/);
    await expect(suggestedQuestions(other.userId, meetingId)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("saved chats", () => {
  it("keeps each chat: list, reopen with its messages, continue, rename, delete", async () => {
    const me = await makeCaller();
    const meetingId = await meetingWith(me, "Spring launch", LAUNCH);
    const first = await askJson(
      me,
      questionBody("How big is the campaign budget?", { meetingIds: [meetingId] }),
    );
    const chatId = first.body.chatId as string;

    const list = await call(chatsRoute.GET, "GET", "/api/v1/chats", { key: me.key });
    expect(list.body.data).toEqual([
      expect.objectContaining({
        id: chatId,
        title: "How big is the campaign budget?",
        meetingIds: [meetingId],
      }),
    ]);

    const again = await askJson(me, questionBody("When is the launch?", { chatId }));
    expect(again.body.chatId).toBe(chatId);
    expect(again.body.text).toContain("ninth of May");

    const opened = await call(chatRoute.GET, "GET", `/api/v1/chats/${chatId}`, {
      key: me.key,
      params: { id: chatId },
    });
    expect(opened.status).toBe(200);
    expect(opened.body.messages.map((message: { role: string }) => message.role)).toEqual([
      "user",
      "assistant",
      "user",
      "assistant",
    ]);
    const answer = opened.body.messages[1];
    expect(answer.parts.some((part: { type: string }) => part.type === "data-citation")).toBe(true);
    expect(answer.metadata).toMatchObject({ answered: true, meetings: { [meetingId]: "Spring launch" } });

    const renamed = await call(chatRoute.PATCH, "PATCH", `/api/v1/chats/${chatId}`, {
      key: me.key,
      params: { id: chatId },
      json: { title: "Launch budget" },
    });
    expect(renamed.body.title).toBe("Launch budget");
    const deleted = await call(chatRoute.DELETE, "DELETE", `/api/v1/chats/${chatId}`, {
      key: me.key,
      params: { id: chatId },
    });
    expect(deleted.status).toBe(204);
    expect(
      (await call(chatRoute.GET, "GET", `/api/v1/chats/${chatId}`, { key: me.key, params: { id: chatId } }))
        .status,
    ).toBe(404);
  });

  it("answers 404 for another user's chat id, whatever the method", async () => {
    const owner = await makeCaller();
    const intruder = await makeCaller();
    await meetingWith(owner, "Spring launch", LAUNCH);
    await meetingWith(intruder, "Spring launch", LAUNCH);
    const chatId = (await askJson(owner, questionBody("When is the launch?"))).body.chatId as string;
    const params = { id: chatId };
    expect((await askJson(intruder, questionBody("When is the launch?", { chatId }))).status).toBe(404);
    expect(
      (await call(chatRoute.GET, "GET", `/api/v1/chats/${chatId}`, { key: intruder.key, params })).status,
    ).toBe(404);
    expect(
      (
        await call(chatRoute.PATCH, "PATCH", `/api/v1/chats/${chatId}`, {
          key: intruder.key,
          params,
          json: { title: "x" },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(chatRoute.DELETE, "DELETE", `/api/v1/chats/${chatId}`, { key: intruder.key, params }))
        .status,
    ).toBe(404);
    const still = await call(chatRoute.GET, "GET", `/api/v1/chats/${chatId}`, { key: owner.key, params });
    expect(still.body.messages).toHaveLength(2);
  });
});
