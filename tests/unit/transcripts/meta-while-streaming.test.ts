import { describe, expect, it } from "vitest";
import { parseTranscript } from "@/lib/transcripts/parse-transcript";
import { parseFailure, sourceOf } from "./transcript-source";

describe("metadata and locations an importer needs while the segments stream", () => {
  it("knows the export's metadata before its first segment is read", async () => {
    const json = JSON.stringify({
      version: 1,
      meeting: { title: "Planificación Q3", language: "es" },
      segments: [{ seq: 0, speaker: "Ana", text: "Hola", startMs: 0, endMs: 1000 }],
    });
    const parsed = parseTranscript(sourceOf(json));
    const seen: unknown[] = [];
    for await (const segment of parsed.segments) seen.push({ segment, meta: { ...parsed.meta() } });
    expect(seen).toEqual([
      {
        segment: { seq: 0, speaker: "Ana", text: "Hola", startMs: 0, endMs: 1000 },
        meta: { title: "Planificación Q3", language: "es" },
      },
    ]);
  });

  it("has no metadata yet for a file that declares it after its segments, and all of it at the end", async () => {
    const json = JSON.stringify({
      segments: [{ speaker: "Ana", text: "Hola", start: 0, end: 1 }],
      meeting: { language: "en" },
    });
    const parsed = parseTranscript(sourceOf(json));
    const during: unknown[] = [];
    for await (const _ of parsed.segments) during.push({ ...parsed.meta() });
    expect(during).toEqual([{}]);
    expect(parsed.meta()).toEqual({ language: "en" });
  });

  it("names the JSON segment at fault, counted from 1", async () => {
    const missingEnd = JSON.stringify([
      { speaker: "Ana", text: "Hola", start: 0, end: 1 },
      { speaker: "Luis", text: "Adiós", start: 1 },
    ]);
    expect(await parseFailure(missingEnd)).toMatchObject({ code: "invalid_structure", item: 2 });
    const backwards = JSON.stringify([
      { seq: 4, text: "a", start: 0, end: 1 },
      { seq: 2, text: "b", start: 1, end: 2 },
    ]);
    expect(await parseFailure(backwards)).toMatchObject({ code: "invalid_structure", item: 2 });
    const tooLong = JSON.stringify([{ text: "x".repeat(250_000), start: 0, end: 1 }]);
    expect(await parseFailure(tooLong)).toMatchObject({ code: "segment_too_long", item: 1 });
  });
});
