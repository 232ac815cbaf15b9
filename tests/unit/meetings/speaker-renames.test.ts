import { describe, expect, it } from "vitest";
import {
  renameCitation,
  renameInText,
  renameParticipants,
  renameTalkTime,
  speakerRenames,
} from "@/lib/meetings/speaker-renames";

const MEETING = "7d0c4e4e-2f61-4a4f-9d7e-1f7e8b3c2a10";

describe("speaker renames", () => {
  it("drops names mapped to themselves", () => {
    expect([...speakerRenames({ Ana: "Ana", "Speaker 1": "Luis" })]).toEqual([["Speaker 1", "Luis"]]);
  });

  it("swaps talk time instead of merging it, and adds up speakers renamed onto one name", () => {
    const talkTime = [
      { speaker: "Ana", ms: 5000 },
      { speaker: "Bob", ms: 3000 },
      { speaker: "Speaker 3", ms: 1000 },
    ];
    expect(renameTalkTime(talkTime, speakerRenames({ Ana: "Bob", Bob: "Ana" }))).toEqual([
      { speaker: "Bob", ms: 5000 },
      { speaker: "Ana", ms: 3000 },
      { speaker: "Speaker 3", ms: 1000 },
    ]);
    expect(renameTalkTime(talkTime, speakerRenames({ "Speaker 3": "Bob" }))).toEqual([
      { speaker: "Ana", ms: 5000 },
      { speaker: "Bob", ms: 4000 },
    ]);
  });

  it("names the lines without a speaker", () => {
    expect(renameTalkTime([{ speaker: "", ms: 10 }], speakerRenames({ "": "Carla" }))).toEqual([
      { speaker: "Carla", ms: 10 },
    ]);
  });

  it("renames whole names in generated text, all at once", () => {
    const renames = speakerRenames({ "Speaker 1": "Ana", "Speaker 2": "Speaker 1" });
    expect(renameInText("Speaker 1 sends Speaker 2 the deck; Speaker 12 reviews.", renames)).toBe(
      "Ana sends Speaker 1 the deck; Speaker 12 reviews.",
    );
  });

  it("leaves short names in text alone: they are ordinary words too", () => {
    expect(
      renameInText("A decision: Al final, A sends it.", speakerRenames({ A: "Ana", Al: "Alberto" })),
    ).toBe("A decision: Al final, A sends it.");
  });

  it("keeps each name's email through a swap and gives a new name the renamed one's email", () => {
    const people = [
      { name: "Ana", email: "ana@example.com" },
      { name: "Bob", email: "bob@example.com" },
      { name: "Speaker 3", email: "s3@example.com" },
    ];
    const swapped = renameParticipants(people, speakerRenames({ Ana: "Bob", Bob: "Ana" }), ["Ana", "Bob"]);
    expect(swapped).toEqual(expect.arrayContaining(people.slice(0, 2)));
    expect(swapped).toHaveLength(3);

    const named = renameParticipants(people, speakerRenames({ "Speaker 3": "Carla" }), ["Speaker 3"]);
    expect(named).toEqual([
      { name: "Ana", email: "ana@example.com" },
      { name: "Bob", email: "bob@example.com" },
      { name: "Carla", email: "s3@example.com" },
    ]);

    const merged = renameParticipants(people, speakerRenames({ "Speaker 3": "Ana" }), ["Speaker 3"]);
    expect(merged).toEqual([
      { name: "Ana", email: "ana@example.com" },
      { name: "Bob", email: "bob@example.com" },
    ]);
  });

  it("adds the new name of a speaker who was not a participant, and never an empty name", () => {
    expect(renameParticipants([], speakerRenames({ "": "Carla" }), [""])).toEqual([
      { name: "Carla", email: null },
    ]);
    expect(renameParticipants([{ name: "Ana", email: null }], speakerRenames({ Ana: "Luis" }), [])).toEqual([
      { name: "Luis", email: null },
    ]);
  });

  it("renames citations of this meeting only", () => {
    const renames = speakerRenames({ "Speaker 1": "Ana" });
    const mine = { meetingId: MEETING, seq: 1, speaker: "Speaker 1", startMs: 0, text: "hola" };
    const other = { ...mine, meetingId: "00000000-0000-4000-8000-000000000000" };
    expect(renameCitation(mine, MEETING, renames).speaker).toBe("Ana");
    expect(renameCitation(other, MEETING, renames)).toBe(other);
  });
});
