import { execFile } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CircuitBreaker } from "@/lib/ai/circuit-breaker";
import { getSql } from "@/lib/kernel/db/client";
import { englishReason, type Reason } from "@/lib/kernel/reasons";
import { healthReport } from "@/lib/orchestration/health";
import { transcribeMeetingJob } from "@/lib/orchestration/jobs/transcribe-meeting-job";
import { type TranscribeOptions, transcribeRecording } from "@/lib/transcription/transcribe-recording";
import { isTranscriptionError } from "@/lib/transcription/transcription-error";
import { type Caller, fileForm, makeCaller } from "@/tests/support/api";
import { createMeeting, stopServices, uploadFile } from "@/tests/support/api-fixtures";
import { encode, makeTempDir, tone } from "@/tests/support/audio";
import { type FakeOpenAIServer, reply, startFakeOpenAIServer } from "@/tests/support/fake-openai-server";
import { expectAllHealthChecks } from "@/tests/support/health";

// A server without ffmpeg (Vercel, a slim container): PATH points at an empty folder, so neither
// the lookup nor spawning finds ffmpeg or ffprobe.

const TRANSCRIPTIONS = "/v1/audio/transcriptions";
const run = promisify(execFile);
const realPath = process.env.PATH;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let emptyBin: string;
let wav: string;
let m4a: string;
let aac: string;
let fake: FakeOpenAIServer;
let caller: Caller;

beforeAll(async () => {
  temp = await makeTempDir();
  emptyBin = path.join(temp.dir, "empty-bin");
  await mkdir(emptyBin);
  wav = await tone(temp.dir, "tone.wav", 2);
  m4a = await encode(wav, "m4a", "tone.m4a");
  aac = path.join(temp.dir, "tone.aac");
  await run("ffmpeg", ["-v", "error", "-y", "-i", wav, "-c:a", "aac", "-f", "adts", aac]);
  fake = await startFakeOpenAIServer();
  caller = await makeCaller();
});
afterEach(() => {
  process.env.PATH = realPath;
  delete process.env.TRANSCRIBE_BASE_URL;
  delete process.env.OPENAI_API_KEY;
  fake.reset();
});
afterAll(async () => {
  process.env.PATH = realPath;
  await fake.close();
  await temp.cleanup();
  await stopServices();
});

const withoutFfmpeg = () => {
  process.env.PATH = emptyBin;
};

function options(overrides: TranscribeOptions = {}): TranscribeOptions {
  const client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "sk-test", maxRetries: 0 });
  return {
    provider: { kind: "openai", client, model: "whisper-1" },
    breaker: new CircuitBreaker("test"),
    ...overrides,
  };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

const SEGMENTS = [
  { start: 0, end: 1.2, text: " Hello everyone." },
  { start: 1.2, end: 2, text: " Let's start." },
];

describe("transcription through OpenAI without ffmpeg", () => {
  it.each([
    ["wav", () => wav, "recording.wav", "audio/wav"],
    ["m4a", () => m4a, "recording.m4a", "audio/mp4"],
  ])("sends a small %s recording as it was uploaded", async (_, file, name, type) => {
    withoutFfmpeg();
    fake.enqueue(
      TRANSCRIPTIONS,
      reply.transcription({ language: "english", duration: 2, segments: SEGMENTS }),
    );

    const result = await transcribeRecording({ path: file(), mime: "", language: "auto" }, options());

    expect(result.segments).toEqual([
      { speaker: "Speaker 1", text: "Hello everyone.", startMs: 0, endMs: 1200 },
      { speaker: "Speaker 1", text: "Let's start.", startMs: 1200, endMs: 2000 },
    ]);
    const [request] = fake.requestsTo(TRANSCRIPTIONS);
    const sent = request?.form?.files.file;
    expect(sent).toMatchObject({ name, type });
    expect(sent?.bytes.equals(await readFile(file()))).toBe(true);
  });

  it("refuses a recording over the provider's limit with a reason naming ffmpeg, without retrying", async () => {
    withoutFfmpeg();
    const error = await failure(
      transcribeRecording(
        { path: wav, mime: "audio/wav", language: "en" },
        options({ maxUploadBytes: 1024 }),
      ),
    );
    expect(isTranscriptionError(error)).toBe(true);
    expect(error).toMatchObject({ code: "missing_tool", retryable: false });
    expect((error as Error).message).toMatch(/larger than .*needs ffmpeg, which is not installed/);
    expect(fake.requestsTo(TRANSCRIPTIONS)).toHaveLength(0);
  });

  it("refuses a format the provider doesn't take as it is (AAC), naming ffmpeg", async () => {
    withoutFfmpeg();
    const error = await failure(
      transcribeRecording({ path: aac, mime: "audio/aac", language: "en" }, options()),
    );
    expect(error).toMatchObject({ code: "missing_tool", retryable: false });
    expect((error as Error).message).toMatch(/aac.*needs ffmpeg/);
    expect(fake.requestsTo(TRANSCRIPTIONS)).toHaveLength(0);
  });
});

describe("the transcribe job without ffmpeg", () => {
  async function uploadedWav(bytes: Buffer) {
    const meeting = await createMeeting(caller.key, { title: "Recorded call", language: "en" });
    const uploaded = await uploadFile(
      caller.key,
      meeting.id,
      fileForm(new Uint8Array(bytes), "call.wav", "audio/wav"),
    );
    expect(uploaded.status, uploaded.text).toBe(202);
    return meeting.id;
  }

  async function row(id: string) {
    const [meeting] = await getSql()<{ status: string; error: Reason | null }[]>`
      select status, error from meetings where id = ${id}`;
    // Stored as a code; read here as the API words it.
    return meeting && { status: meeting.status, error: meeting.error && englishReason(meeting.error) };
  }

  it("transcribes a small recording", async () => {
    withoutFfmpeg();
    process.env.TRANSCRIBE_BASE_URL = `${fake.url}/v1`;
    fake.enqueue(TRANSCRIPTIONS, reply.transcription({ duration: 2, segments: SEGMENTS }));
    const id = await uploadedWav(await readFile(wav));
    await transcribeMeetingJob(id, false);
    expect(await row(id)).toMatchObject({ status: "analyzing", error: null });
  });

  it("fails a recording it can't send at once, with the reason, instead of retrying a missing binary", async () => {
    withoutFfmpeg();
    process.env.TRANSCRIBE_BASE_URL = `${fake.url}/v1`;
    const id = await uploadedWav(Buffer.concat([await readFile(wav), Buffer.alloc(26 * 1024 * 1024)]));
    await transcribeMeetingJob(id, false);
    const meeting = await row(id);
    expect(meeting?.status).toBe("failed");
    expect(meeting?.error).toMatch(/needs ffmpeg, which is not installed on this server/);
  });
});

describe("the health check's transcription line", () => {
  it("is down when a provider is configured but ffmpeg is missing, unconfigured with no provider", async () => {
    process.env.OPENAI_API_KEY = "sk-test";
    expect((await healthReport()).checks.transcription).toBe("ok");
    withoutFfmpeg();
    const report = await healthReport();
    expect(report.checks.transcription).toBe("down");
    expect(report.status).toBe("degraded");
    expectAllHealthChecks(report.checks);
    delete process.env.OPENAI_API_KEY;
    expect((await healthReport()).checks.transcription).toBe("unconfigured");
  });
});
