import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { distinctParticipants } from "@/lib/ingest/segment-writes";
import { NOTE_TEMPLATES } from "@/lib/meetings/meeting-options";
import { createMeetingSchema } from "@/lib/meetings/schemas";

describe("upload options", () => {
  it("offers every note template, each with a label", () => {
    expect([...NOTE_TEMPLATES].sort()).toEqual(Object.keys(en.templates).sort());
  });

  it("creates with the default template and automatic language unless told otherwise", () => {
    expect(createMeetingSchema.parse({ title: "x" })).toMatchObject({
      template: "default",
      language: "auto",
    });
    expect(createMeetingSchema.safeParse({ title: "x", template: "haiku" }).success).toBe(false);
  });
});

describe("participants from a transcript's speakers", () => {
  it("keeps one entry per name, the first email given, and at most the cap", () => {
    expect(
      distinctParticipants([
        { name: " Ana " },
        { name: "Ana", email: "ANA@example.com" },
        { name: "Ana", email: "other@example.com" },
        { name: "" },
        { name: "Luis" },
      ]),
    ).toEqual([
      { name: "Ana", email: "ana@example.com" },
      { name: "Luis", email: null },
    ]);
    const crowd = Array.from({ length: 500 }, (_, i) => ({ name: `Speaker ${i}` }));
    expect(distinctParticipants(crowd)).toHaveLength(200);
    expect(distinctParticipants(crowd, 3).map((p) => p.name)).toEqual([
      "Speaker 0",
      "Speaker 1",
      "Speaker 2",
    ]);
  });
});
