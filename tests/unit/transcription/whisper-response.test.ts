import { describe, expect, it } from "vitest";
import { whisperSegments } from "@/lib/transcription/whisper-response";
import { MAX_TEXT_CHARS } from "@/lib/transcripts/normalize-segment";

describe("whisperSegments", () => {
  it("shifts segments by the chunk's offset and drops likely-silence decodes", () => {
    const segments = whisperSegments(
      {
        segments: [
          { start: 0, end: 1.5, text: " Hello team. " },
          { start: 1.5, end: 3, text: "uh", no_speech_prob: 0.9, avg_logprob: -1.5 },
          { start: 3, end: 4.25, text: "Let's start." },
        ],
      },
      60_000,
      30_000,
    );
    expect(segments).toEqual([
      { speaker: "Speaker 1", text: "Hello team.", startMs: 60_000, endMs: 61_500 },
      { speaker: "Speaker 1", text: "Let's start.", startMs: 63_000, endMs: 64_250 },
    ]);
  });

  it("cuts a whole chunk's text without segments into storable pieces spread over the chunk", () => {
    const text = "palabra ".repeat(4_000).trim(); // 31,999 characters
    const segments = whisperSegments({ text }, 0, 600_000);
    expect(segments.length).toBe(2);
    for (const segment of segments) expect(segment.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(segments.map((s) => s.text).join(" ")).toBe(text);
    expect(segments[0]?.startMs).toBe(0);
    expect(segments.at(-1)?.endMs).toBe(600_000);
    expect(segments[1]?.startMs).toBe(segments[0]?.endMs);
  });

  it("strips control characters and clamps negative times", () => {
    const segments = whisperSegments(
      {
        segments: [
          { start: -2, end: 1, text: "bad\u0000 text\u0007\nhere" },
          { start: 1, end: 2, text: "\u0000" },
        ],
      },
      0,
      10_000,
    );
    expect(segments).toEqual([{ speaker: "Speaker 1", text: "bad text here", startMs: 0, endMs: 1000 }]);
  });
});
