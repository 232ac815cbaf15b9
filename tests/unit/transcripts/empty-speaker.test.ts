import { describe, expect, it } from "vitest";
import { cleanSpeakerLabel } from "@/lib/transcripts/normalize-segment";
import { parseAll } from "./transcript-source";

describe("speakers nobody named", () => {
  it("keeps an explicitly empty JSON speaker empty and still names a missing one Speaker 1", async () => {
    const json = JSON.stringify({
      version: 1,
      meeting: { title: "Live" },
      segments: [
        { seq: 0, speaker: "", text: "hola", startMs: 0, endMs: 1 },
        { seq: 1, speaker: " \t", text: "qué tal", startMs: 1, endMs: 2 },
        { seq: 2, text: "bien", startMs: 2, endMs: 3 },
      ],
    });
    expect((await parseAll(json)).segments.map((segment) => segment.speaker)).toEqual(["", "", "Speaker 1"]);
  });

  it("cleans a speaker label the way imported text is cleaned, without naming it", () => {
    expect(cleanSpeakerLabel("  Ana\n\tGarcía ")).toBe("Ana García");
    expect(cleanSpeakerLabel(" \t ")).toBe("");
    expect(cleanSpeakerLabel("x".repeat(150))).toHaveLength(100);
  });
});
