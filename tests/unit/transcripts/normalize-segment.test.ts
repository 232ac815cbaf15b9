import { describe, expect, it } from "vitest";
import { MAX_TEXT_CHARS, normalizeSegment } from "@/lib/transcripts/normalize-segment";
import { parseAll, parseFailure } from "./transcript-source";

const segment = (fields: Partial<Parameters<typeof normalizeSegment>[0]>) =>
  normalizeSegment({ speaker: "Ana", text: "hola", startMs: 0, endMs: 1000, ...fields });

describe("segment normalisation", () => {
  it("turns tabs and line breaks into spaces, drops control characters and collapses whitespace", () => {
    expect(
      segment({ text: "  uno\tdos\r\ntres\u0000\u0001cuatro\u0002 \u0007\u007f\u0085cinco\u00a0 seis  " })
        ?.text,
    ).toBe("uno dos trescuatro cinco seis");
  });

  it("cleans the speaker, caps it at 100 characters and names a missing one Speaker 1", () => {
    expect(segment({ speaker: " \tAna\u0001 García\n" })?.speaker).toBe("Ana García");
    expect(segment({ speaker: "x".repeat(150) })?.speaker).toBe("x".repeat(100));
    expect(segment({ speaker: `${"x".repeat(99)}😀` })?.speaker).toBe("x".repeat(99));
    expect(segment({ speaker: "  " })?.speaker).toBe("Speaker 1");
  });

  it("skips a segment whose text is only whitespace or control characters", () => {
    expect(segment({ text: " \u0001\t\n " })).toBeNull();
  });

  it("rounds times to whole milliseconds", () => {
    expect(segment({ startMs: 1.4, endMs: 2.5 })).toMatchObject({ startMs: 1, endMs: 3 });
  });

  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a negative time", -5],
    ["a time beyond what can be stored", 2 ** 31],
  ])("refuses %s as a bad timestamp", (_name, value) => {
    expect(() => segment({ startMs: value, endMs: 1000 })).toThrow(
      expect.objectContaining({ code: "bad_timestamp" }),
    );
  });

  it("accepts text of exactly 20,000 characters and refuses one more", () => {
    expect(segment({ text: "a".repeat(MAX_TEXT_CHARS) })?.text).toHaveLength(MAX_TEXT_CHARS);
    expect(() => segment({ text: "a".repeat(MAX_TEXT_CHARS + 1), line: 7 })).toThrow(
      expect.objectContaining({ code: "segment_too_long", line: 7 }),
    );
  });

  it("reports an over-long cue with the line of its timing", async () => {
    const vtt = `WEBVTT\n\n00:01.000 --> 00:02.000\nbien\n\n00:02.000 --> 00:03.000\n${"palabra ".repeat(3000)}\n`;
    expect(await parseFailure(vtt)).toMatchObject({ code: "segment_too_long", line: 6 });
  });

  it("refuses a file whose every segment is empty as having no segments", async () => {
    expect((await parseFailure("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana></v>\n")).code).toBe("no_segments");
  });

  it("keeps search-marker characters out of stored text", async () => {
    const { segments } = await parseAll('[{"text":"a\\u0001b\\u0002c\\u0003d","start":0,"end":1}]');
    expect(segments[0]?.text).toBe("abcd");
  });
});
