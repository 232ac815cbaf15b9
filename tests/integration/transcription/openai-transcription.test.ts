import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { CircuitBreaker } from "@/lib/ai/circuit-breaker";
import { type TranscribeOptions, transcribeRecording } from "@/lib/transcription/transcribe-recording";
import { encode, makeTempDir, tone } from "@/tests/support/audio";
import { type FakeOpenAIServer, reply, startFakeOpenAIServer } from "@/tests/support/fake-openai-server";

const PATH = "/v1/audio/transcriptions";
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let recording: string;
let fake: FakeOpenAIServer;

beforeAll(async () => {
  temp = await makeTempDir();
  recording = await encode(await tone(temp.dir, "tone.wav", 8), "m4a", "meeting.m4a");
  fake = await startFakeOpenAIServer();
});
afterAll(async () => {
  await fake.close();
  await temp.cleanup();
});
beforeEach(() => fake.reset());

function options(overrides: { maxRetries?: number } & TranscribeOptions = {}): TranscribeOptions {
  const { maxRetries = 2, ...rest } = overrides;
  const client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "sk-test", maxRetries });
  return {
    provider: { kind: "openai", client, model: "whisper-large-v3" },
    breaker: new CircuitBreaker("test"),
    ...rest,
  };
}

const transcribe = (language: "auto" | "es" | "en", overrides?: Parameters<typeof options>[0]) =>
  transcribeRecording({ path: recording, mime: "audio/mp4", language }, options(overrides));

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe("transcription through an OpenAI-compatible server", () => {
  test("sends the recording as verbose_json with segment timestamps and maps the segments", async () => {
    fake.enqueue(
      PATH,
      reply.transcription({
        language: "english",
        segments: [
          { start: 0.0, end: 2.5, text: " Hello everyone." },
          { start: 2.5, end: 5.25, text: " Let's begin with the budget." },
        ],
      }),
    );

    const result = await transcribe("auto");

    expect(result).toEqual({
      engine: "openai",
      model: "whisper-large-v3",
      language: "en",
      segments: [
        { speaker: "Speaker 1", text: "Hello everyone.", startMs: 0, endMs: 2500 },
        { speaker: "Speaker 1", text: "Let's begin with the budget.", startMs: 2500, endMs: 5250 },
      ],
    });
    const [request] = fake.requestsTo(PATH);
    expect(request?.headers.authorization).toBe("Bearer sk-test");
    expect(request?.form?.fields).toMatchObject({
      model: "whisper-large-v3",
      response_format: "verbose_json",
    });
    expect(request?.form?.fields["timestamp_granularities[]"]).toBe("segment");
    expect(request?.form?.fields.language).toBeUndefined();
  });

  test("passes the meeting's language as a hint and reports it", async () => {
    fake.enqueue(
      PATH,
      reply.transcription({ language: "spanish", segments: [{ start: 0, end: 1, text: "Hola." }] }),
    );

    const result = await transcribe("es");

    expect(result.language).toBe("es");
    expect(fake.requestsTo(PATH)[0]?.form?.fields.language).toBe("es");
  });

  test("cuts a file over the upload limit into pieces and stitches the segments back at their real offsets", async () => {
    fake.handle(PATH, (request) => {
      const index = fake.requestsTo(PATH).indexOf(request);
      return reply.transcription({
        segments: [
          { start: 0.5, end: 1.5, text: `piece ${index} first` },
          { start: 2.0, end: 2.8, text: `piece ${index} second` },
        ],
      });
    });

    const result = await transcribe("en", { maxUploadBytes: 20_000, chunkSeconds: 3 });

    const uploads = fake.requestsTo(PATH);
    expect(uploads.length).toBe(3);
    for (const upload of uploads) expect(upload.form?.files.file?.size).toBeLessThanOrEqual(20_000);
    expect(result.segments.map((segment) => segment.text)).toEqual([
      "piece 0 first",
      "piece 0 second",
      "piece 1 first",
      "piece 1 second",
      "piece 2 first",
      "piece 2 second",
    ]);
    // Each piece starts about 3 s after the previous one (mp3 frames are 72 ms at 16 kHz).
    result.segments.forEach((segment, index) => {
      const piece = Math.floor(index / 2);
      const expectedStart = piece * 3000 + (index % 2 === 0 ? 500 : 2000);
      expect(Math.abs(segment.startMs - expectedStart)).toBeLessThanOrEqual(80);
    });
  });

  test("a 429 is retried and the second answer is used", async () => {
    fake.enqueue(
      PATH,
      reply.error(429, "Rate limit reached"),
      reply.transcription({ segments: [{ start: 0, end: 1, text: "Hi." }] }),
    );

    const result = await transcribe("en");

    expect(result.segments).toHaveLength(1);
    expect(fake.requestsTo(PATH)).toHaveLength(2);
  });

  test("429s that outlast the retries → rate_limited, retryable", async () => {
    fake.handle(PATH, () => reply.error(429, "Rate limit reached", { headers: { "retry-after": "7" } }));

    const error = await failure(transcribe("en", { maxRetries: 1 }));

    expect(error).toMatchObject({ code: "rate_limited", retryable: true });
    expect(fake.requestsTo(PATH)).toHaveLength(2);
  });

  test("a 500 → provider_error, retryable", async () => {
    fake.handle(PATH, () => reply.error(500, "boom"));

    expect(await failure(transcribe("en", { maxRetries: 0 }))).toMatchObject({
      code: "provider_error",
      retryable: true,
    });
  });

  test("a dropped connection → provider_error, retryable", async () => {
    fake.handle(PATH, () => reply.drop());

    expect(await failure(transcribe("en", { maxRetries: 0 }))).toMatchObject({
      code: "provider_error",
      retryable: true,
    });
  });

  test("a 400 → provider_error, not retryable", async () => {
    fake.handle(PATH, () => reply.error(400, "Invalid file format."));

    const error = await failure(transcribe("en"));

    expect(error).toMatchObject({ code: "provider_error", retryable: false });
    expect(fake.requestsTo(PATH)).toHaveLength(1);
  });

  test("no answer in time → timeout, retryable", async () => {
    fake.handle(PATH, () => reply.hang());

    const error = await failure(transcribe("en", { maxRetries: 0, timeoutMs: 300 }));

    expect(error).toMatchObject({ code: "timeout", retryable: true });
  });

  test("a body that is not JSON → provider_error", async () => {
    fake.handle(PATH, () => reply.raw('{"text": "Hello', { contentType: "application/json" }));

    expect(await failure(transcribe("en"))).toMatchObject({ code: "provider_error" });
  });

  test("JSON that is not a transcription → provider_error", async () => {
    fake.handle(PATH, () => reply.json({ segments: "nope" }));

    expect(await failure(transcribe("en"))).toMatchObject({ code: "provider_error" });
  });

  test("after repeated failures the breaker stops calling the provider for a while", async () => {
    fake.handle(PATH, () => reply.error(503, "down"));
    const breaker = new CircuitBreaker("stt", { failureThreshold: 2, cooldownMs: 60_000 });

    await failure(transcribe("en", { maxRetries: 0, breaker }));
    await failure(transcribe("en", { maxRetries: 0, breaker }));
    const error = await failure(transcribe("en", { maxRetries: 0, breaker }));

    expect(error).toMatchObject({ code: "provider_error", retryable: true });
    expect((error as { retryAfterMs?: number }).retryAfterMs).toBeGreaterThan(0);
    expect(fake.requestsTo(PATH)).toHaveLength(2);
  });
});
