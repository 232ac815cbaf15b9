import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { transcribeRecording } from "@/lib/transcription/transcribe-recording";
import { TranscriptionError } from "@/lib/transcription/transcription-error";
import { makeTempDir, speakWithPauses } from "@/tests/support/audio";

const local = { provider: { kind: "local" } as const };
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let speech: string;

beforeAll(async () => {
  temp = await makeTempDir();
  speech = await speakWithPauses(
    temp.dir,
    "standup",
    ["The project schedule is ready.", "Good morning everyone, the meeting will start now."],
    1.5,
  );
});
afterAll(() => temp.cleanup());

describe("offline transcription (pocketsphinx)", () => {
  test("recognises spoken English words, split into utterances at the pause, in time order", async () => {
    const result = await transcribeRecording({ path: speech, mime: "audio/wav", language: "auto" }, local);

    expect(result).toMatchObject({ engine: "local", language: "en" });
    expect(result.model).toBeUndefined();
    const text = result.segments.map((segment) => segment.text.toLowerCase()).join(" ");
    const heard = ["schedule", "ready", "meeting", "start"].filter((word) => text.includes(word));
    expect(heard.length).toBeGreaterThanOrEqual(3);
    // Two phrases with 1.5 s of silence between them → two utterances.
    expect(result.segments.length).toBe(2);
    for (const segment of result.segments) {
      expect(segment.speaker).toBe("Speaker 1");
      expect(segment.endMs).toBeGreaterThan(segment.startMs);
    }
    const [first, second] = result.segments;
    expect(second!.startMs).toBeGreaterThan(first!.endMs + 700);
    expect(first!.startMs).toBeLessThan(1000);
  });

  test("refuses Spanish with a message saying how to configure a server that speaks it", async () => {
    const error = await transcribeRecording({ path: speech, mime: "audio/wav", language: "es" }, local).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TranscriptionError);
    expect(error).toMatchObject({ code: "unconfigured", retryable: false });
    expect((error as Error).message).toMatch(/only understands English/);
    expect((error as Error).message).toMatch(/TRANSCRIBE_BASE_URL/);
  });

  test("with no engine at all, says exactly what to set", async () => {
    const error = await transcribeRecording(
      { path: speech, mime: "audio/wav", language: "en" },
      { provider: null },
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "unconfigured", retryable: false });
    expect((error as Error).message).toContain(
      "Set OPENAI_API_KEY, or TRANSCRIBE_BASE_URL for a self-hosted OpenAI-compatible server such as faster-whisper, or install pocketsphinx and ffmpeg (English).",
    );
  });
});
