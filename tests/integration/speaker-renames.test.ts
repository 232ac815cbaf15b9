import { describe, expect, it } from "vitest";
import * as insightsRoute from "@/app/api/v1/meetings/[id]/insights/route";
import * as meetingRoute from "@/app/api/v1/meetings/[id]/route";
import { appendMessage, createChat } from "@/lib/chat/chats";
import { getSql } from "@/lib/kernel/db/client";
import { call, makeCaller } from "@/tests/support/api";
import { liveMeeting, readyMeeting, segment } from "@/tests/support/api-fixtures";

const TRANSCRIPT = `Speaker 1: Good morning, let's review the budget for the product launch.
Speaker 2: I'll send the budget report to finance by Friday.
Speaker 1: Thanks. I'll prepare the slides for the board meeting.
Speaker 2: The vendor contract is still waiting for legal review.
Speaker 1: Then we decided to delay the launch by one week.`;

const patch = (key: string, id: string, json: unknown) =>
  call(meetingRoute.PATCH, "PATCH", `/api/v1/meetings/${id}`, { key, params: { id }, json });

const speakersBySeq = async (id: string) =>
  (
    await getSql()<{ seq: number; speaker: string }[]>`
      select seq, speaker from transcript_segments where meeting_id = ${id} order by seq`
  ).map((row) => [row.seq, row.speaker]);

const talkTime = async (id: string) => {
  const [row] = await getSql()<{ talk_time: { speaker: string; ms: number }[] }[]>`
    select talk_time from insights where meeting_id = ${id}`;
  return Object.fromEntries((row?.talk_time ?? []).map((entry) => [entry.speaker, entry.ms]));
};

const owners = async (id: string) =>
  (
    await getSql()<{ id: string; owner: string | null }[]>`
      select id, owner from action_items where meeting_id = ${id} order by id`
  ).map((row) => [row.id, row.owner]);

const citation = (meetingId: string, speaker: string) => ({
  meetingId,
  seq: 0,
  speaker,
  startMs: 0,
  text: "Good morning, let's review the budget for the product launch.",
});

describe("renaming speakers", () => {
  it("swaps two speakers everywhere the meeting shows them, in one go", async () => {
    const caller = await makeCaller();
    const id = await readyMeeting(caller.key, TRANSCRIPT, "Launch budget");
    const otherId = await readyMeeting(caller.key, TRANSCRIPT, "Another meeting");
    const chat = await createChat(caller.userId, "Budget", { meetingIds: [id, otherId] });
    await appendMessage(caller.userId, chat.id, {
      role: "assistant",
      parts: [
        { type: "data-citation", id: "1", data: citation(id, "Speaker 1") },
        { type: "data-citation", id: "2", data: citation(otherId, "Speaker 1") },
        { type: "text", text: "Speaker 1 opened the review [1]." },
      ],
      citations: [citation(id, "Speaker 1"), citation(otherId, "Speaker 1")],
      answered: true,
    });
    const segmentsBefore = await speakersBySeq(id);
    const talkBefore = await talkTime(id);
    const ownersBefore = await owners(id);
    expect(ownersBefore.some(([, owner]) => owner === "Speaker 1" || owner === "Speaker 2")).toBe(true);

    const swapped = await patch(caller.key, id, {
      speakers: { "Speaker 1": "Speaker 2", "Speaker 2": "Speaker 1" },
    });
    expect(swapped.status, swapped.text).toBe(200);

    const swap = (name: unknown) =>
      name === "Speaker 1" ? "Speaker 2" : name === "Speaker 2" ? "Speaker 1" : name;
    expect(await speakersBySeq(id)).toEqual(segmentsBefore.map(([seq, speaker]) => [seq, swap(speaker)]));
    expect(await talkTime(id)).toEqual({
      "Speaker 1": talkBefore["Speaker 2"],
      "Speaker 2": talkBefore["Speaker 1"],
    });
    expect(await owners(id)).toEqual(ownersBefore.map(([itemId, owner]) => [itemId, swap(owner)]));
    expect(swapped.body.participants.map((person: { name: string }) => person.name).sort()).toEqual([
      "Speaker 1",
      "Speaker 2",
    ]);

    const [message] = await getSql()<
      {
        parts: { type: string; data?: { speaker: string } }[];
        citations: { meetingId: string; speaker: string }[];
      }[]
    >`
      select parts, citations from chat_messages where chat_id = ${chat.id}`;
    expect(message?.citations.map((c) => [c.meetingId, c.speaker])).toEqual([
      [id, "Speaker 2"],
      [otherId, "Speaker 1"],
    ]);
    expect(message?.parts.filter((part) => part.data).map((part) => part.data?.speaker)).toEqual([
      "Speaker 2",
      "Speaker 1",
    ]);
    // The other meeting is untouched.
    expect(await talkTime(otherId)).toEqual(talkBefore);
  });

  it("renames talk time, action item owners and notes, and GET insights shows the new name", async () => {
    const caller = await makeCaller();
    const id = await readyMeeting(caller.key, TRANSCRIPT);
    const ownersBefore = await owners(id);
    const renamed = await patch(caller.key, id, { speakers: { "Speaker 2": "Ana" } });
    expect(renamed.status, renamed.text).toBe(200);

    const insights = await call(insightsRoute.GET, "GET", `/api/v1/meetings/${id}/insights`, {
      key: caller.key,
      params: { id },
    });
    expect(insights.status).toBe(200);
    const speakers = insights.body.talkTime.map((entry: { speaker: string }) => entry.speaker).sort();
    expect(speakers).toEqual(["Ana", "Speaker 1"]);
    expect(await owners(id)).toEqual(
      ownersBefore.map(([itemId, owner]) => [itemId, owner === "Speaker 2" ? "Ana" : owner]),
    );
    expect(JSON.stringify(insights.body)).not.toContain("Speaker 2");
    expect(renamed.body.participants.map((person: { name: string }) => person.name).sort()).toEqual([
      "Ana",
      "Speaker 1",
    ]);
  });

  it("names the lines that have no speaker, and refuses an empty new name", async () => {
    const caller = await makeCaller();
    const id = await liveMeeting(caller.key, [
      segment(0, "", "Hola a todos."),
      segment(1, "Ana", "Empecemos."),
      segment(2, "", "Perfecto."),
    ]);
    const empty = await patch(caller.key, id, { speakers: { "": "  " } });
    expect(empty.status).toBe(422);
    expect(await speakersBySeq(id)).toEqual([
      [0, ""],
      [1, "Ana"],
      [2, ""],
    ]);

    const named = await patch(caller.key, id, { speakers: { "": "Carla" } });
    expect(named.status, named.text).toBe(200);
    expect(await speakersBySeq(id)).toEqual([
      [0, "Carla"],
      [1, "Ana"],
      [2, "Carla"],
    ]);
    expect(named.body.participants.map((person: { name: string }) => person.name).sort()).toEqual([
      "Ana",
      "Carla",
    ]);
  });

  it("keeps a participant's email when their speaker is renamed, and never touches another user's meeting", async () => {
    const caller = await makeCaller();
    const stranger = await makeCaller();
    const id = await liveMeeting(caller.key, [segment(0, "Speaker 1", "Hello."), segment(1, "Bob", "Hi.")]);
    await patch(caller.key, id, {
      participants: [{ name: "Speaker 1", email: "ana@example.com" }, { name: "Bob" }],
    });

    expect((await patch(stranger.key, id, { speakers: { "Speaker 1": "Mallory" } })).status).toBe(404);
    const renamed = await patch(caller.key, id, { speakers: { "Speaker 1": "Ana" } });
    expect(renamed.body.participants).toEqual([{ name: "Ana", email: "ana@example.com" }, { name: "Bob" }]);
  });
});
