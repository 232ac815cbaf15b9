import { describe, expect, it } from "vitest";
import * as meetingRoute from "@/app/api/v1/meetings/[id]/route";
import { chatPageData } from "@/lib/chat/chat-page-data";
import { type Caller, call, makeCaller } from "@/tests/support/api";
import { askJson, meetingWith, questionBody, withLocalEngine } from "./chat-helpers";

withLocalEngine();

const deleteMeeting = async (caller: Caller, id: string) =>
  expect(
    (await call(meetingRoute.DELETE, "DELETE", `/api/v1/meetings/${id}`, { key: caller.key, params: { id } }))
      .status,
  ).toBe(204);

describe("continuing a saved chat whose meetings were deleted since", () => {
  it("leaves the deleted meetings out of its scope instead of answering 404, and never widens it", async () => {
    const me = await makeCaller();
    const launch = await meetingWith(
      me,
      "Spring launch",
      "Ben: The campaign budget is forty thousand euros.\n",
    );
    const review = await meetingWith(me, "Budget review", "Ana: The travel budget is nine thousand euros.\n");
    const outside = await meetingWith(
      me,
      "Other budget",
      "Eva: The office budget is seventy thousand euros.\n",
    );
    const chatId = (await askJson(me, questionBody("What is the budget?", { meetingIds: [launch, review] })))
      .body.chatId as string;

    await deleteMeeting(me, review);
    // The web client sends the chat's stored scope back with each question.
    const explicit = await askJson(
      me,
      questionBody("What is the budget?", { chatId, meetingIds: [launch, review] }),
    );
    expect(explicit.status).toBe(200);
    expect(explicit.body.answered).toBe(true);
    expect(explicit.body.citations.map((citation: { meetingId: string }) => citation.meetingId)).toEqual(
      expect.arrayContaining([launch]),
    );
    expect(JSON.stringify(explicit.body.citations)).not.toContain(outside);
    const stored = await askJson(me, questionBody("What is the budget?", { chatId }));
    expect(stored.status).toBe(200);
    expect(JSON.stringify(stored.body.citations)).not.toContain(outside);

    // The page offers only what is left of the scope.
    expect((await chatPageData(me.userId, chatId)).chat?.meetingIds).toEqual([launch]);

    await deleteMeeting(me, launch);
    for (const body of [
      questionBody("What is the budget?", { chatId, meetingIds: [launch, review] }),
      questionBody("What is the budget?", { chatId }),
    ]) {
      const empty = await askJson(me, body);
      expect(empty.status).toBe(200);
      expect(empty.body).toMatchObject({ answered: false, citations: [] });
      expect(empty.body.text).not.toContain("seventy");
    }
    expect((await chatPageData(me.userId, chatId)).chat?.meetingIds).toEqual([]);
  });

  it("still answers 404 for a meeting id the caller never owned, with or without a chat", async () => {
    const me = await makeCaller();
    const other = await makeCaller();
    const mine = await meetingWith(
      me,
      "Spring launch",
      "Ben: The campaign budget is forty thousand euros.\n",
    );
    const theirs = await meetingWith(other, "Secret", "Zoe: The omega budget is ninety euros.\n");
    const chatId = (await askJson(me, questionBody("What is the budget?", { meetingIds: [mine] }))).body
      .chatId as string;
    for (const body of [
      questionBody("What is the budget?", { chatId, meetingIds: [mine, theirs] }),
      questionBody("What is the budget?", { meetingIds: [mine, theirs] }),
      questionBody("What is the budget?", { chatId, meetingIds: [crypto.randomUUID()] }),
    ]) {
      const response = await askJson(me, body);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
  });
});
