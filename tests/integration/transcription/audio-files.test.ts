import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { convertAudio } from "@/lib/transcription/convert-audio";
import { transcribeRecording } from "@/lib/transcription/transcribe-recording";
import {
  type AudioFormat,
  emptyFile,
  encode,
  makeTempDir,
  renamedTextFile,
  speak,
  truncate,
  unknownCodecWav,
} from "@/tests/support/audio";
import { type FakeOpenAIServer, reply, startFakeOpenAIServer } from "@/tests/support/fake-openai-server";

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let speech: string;
let fake: FakeOpenAIServer;

beforeAll(async () => {
  temp = await makeTempDir();
  speech = await speak(temp.dir, "speech", "Please send the budget report to the whole team before Friday.");
  fake = await startFakeOpenAIServer();
});
afterAll(async () => {
  await fake.close();
  await temp.cleanup();
});
beforeEach(() => fake.reset());

const openai = () => ({
  provider: {
    kind: "openai" as const,
    client: new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "test" }),
    model: "whisper-1",
  },
});

async function minutaTempDirs(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith("minuta-audio-"));
}

describe("decoding uploaded recordings with ffmpeg", () => {
  const formats: AudioFormat[] = ["mp3", "m4a", "wav", "ogg", "webm", "mp4"];

  test.each(formats)("%s decodes to 16 kHz mono audio of the same length", async (format) => {
    const input = await encode(speech, format, `speech-${format}.${format}`);
    const source = await convertAudio(speech, path.join(temp.dir, "reference.wav"), "wav");
    const result = await convertAudio(input, path.join(temp.dir, `decoded-${format}.wav`), "wav");
    expect(Math.abs(result.durationMs - source.durationMs)).toBeLessThan(150);
  });

  test("an mp4 recording reaches the transcription server as mp3, whatever the upload's container", async () => {
    const input = await encode(speech, "mp4", "upload.mp4");
    fake.enqueue(
      "/v1/audio/transcriptions",
      reply.transcription({ segments: [{ start: 0, end: 2, text: "Hi." }] }),
    );

    await transcribeRecording({ path: input, mime: "video/mp4", language: "auto" }, openai());

    const [request] = fake.requestsTo("/v1/audio/transcriptions");
    expect(request?.form?.files.file?.name).toMatch(/\.mp3$/);
    expect(request?.form?.files.file?.bytes.subarray(0, 3).toString("latin1")).toMatch(/^(ID3|\xff)/);
  });
});

describe("broken files get a typed error and never reach the provider", () => {
  const cases: [string, () => Promise<string>, string][] = [
    ["an empty file", () => emptyFile(temp.dir, "empty.mp3"), "unreadable_audio"],
    ["a text file renamed .mp3", () => renamedTextFile(temp.dir, "notes.mp3"), "unreadable_audio"],
    // The mp4 index (moov) is written last, so a cut-off upload has none.
    [
      "a truncated m4a",
      async () => truncate(await encode(speech, "m4a", "full.m4a"), 4000, "cut.m4a"),
      "unreadable_audio",
    ],
    ["a wav cut inside its header", async () => truncate(speech, 30, "cut.wav"), "unreadable_audio"],
    ["a wav with no samples", async () => truncate(speech, 44, "header-only.wav"), "unreadable_audio"],
    ["a codec nobody decodes", () => unknownCodecWav(temp.dir, "alien.wav"), "unsupported_codec"],
  ];

  test.each(cases)("%s", async (_name, make, code) => {
    const before = await minutaTempDirs();
    const input = await make();

    const error = await transcribeRecording(
      { path: input, mime: "audio/mpeg", language: "auto" },
      openai(),
    ).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ name: "TranscriptionError", code, retryable: false });
    expect((error as Error).message.length).toBeGreaterThan(20);
    expect(fake.requests).toHaveLength(0);
    expect(await minutaTempDirs()).toEqual(before);
  });
});
