import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { dataDir } from "@/lib/kernel/db/data-dir";
import { stopBoss } from "@/lib/kernel/jobs/queue";
import { englishReason, type Reason } from "@/lib/kernel/reasons";
import { deleteMeeting } from "@/lib/meetings/delete-meeting";
import { analyzeMeeting } from "@/lib/orchestration/analyze-meeting";
import { sweep } from "@/lib/orchestration/jobs/sweep";
import { transcribeMeetingJob } from "@/lib/orchestration/jobs/transcribe-meeting-job";
import { type Caller, call, fileForm, makeCaller } from "@/tests/support/api";
import { wavBytes } from "@/tests/support/api-fixtures";
import { makeTempDir, speakWithPauses } from "@/tests/support/audio";
import { type FakeOpenAIServer, reply, startFakeOpenAIServer } from "@/tests/support/fake-openai-server";

// The transcribe job as the worker runs it, with the engine chosen from the environment: a local
// server speaking OpenAI's speech-to-text wire format, or pocketsphinx when nothing is set.

const PATH = "/v1/audio/transcriptions";
let fake: FakeOpenAIServer;
let caller: Caller;

beforeAll(async () => {
  caller = await makeCaller();
});
afterEach(async () => {
  delete process.env.TRANSCRIBE_BASE_URL;
  await fake?.close();
});
afterAll(async () => {
  await stopBoss();
  await closeDb();
});

/** A fresh fake server per test: each has its own circuit breaker (keyed by base URL). */
async function useFakeServer() {
  fake = await startFakeOpenAIServer();
  process.env.TRANSCRIBE_BASE_URL = `${fake.url}/v1`;
}

async function uploadedRecording(bytes: Uint8Array<ArrayBuffer>, language: "auto" | "es" | "en" = "en") {
  const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
    key: caller.key,
    json: { title: "Recorded call", language },
  });
  const id = created.body.id as string;
  const uploaded = await call(filesRoute.POST, "POST", `/api/v1/meetings/${id}/files`, {
    key: caller.key,
    params: { id },
    rawBody: fileForm(bytes, "call.wav", "audio/wav"),
  });
  expect(uploaded.status, uploaded.text).toBe(202);
  return id;
}

async function meeting(id: string) {
  const [row] = await getSql()<{ status: string; error: Reason | null; media_key: string | null }[]>`
    select status, error, media_key from meetings where id = ${id}`;
  // Stored as a code; read here as the API words it.
  return row && { ...row, error: row.error && englishReason(row.error) };
}

const silence = () => new Uint8Array(wavBytes(32_000));

describe("the transcribe job", () => {
  it("stores the server's segments, moves to analyzing, and the analysis makes the meeting ready", async () => {
    await useFakeServer();
    fake.enqueue(
      PATH,
      reply.transcription({
        segments: [
          { start: 0, end: 2, text: " Welcome to the budget review." },
          { start: 2, end: 5, text: " Luis, please send the revised budget by Friday." },
        ],
      }),
    );
    const id = await uploadedRecording(silence());
    await transcribeMeetingJob(id, false);
    expect(await meeting(id)).toMatchObject({ status: "analyzing", error: null });
    const segments =
      await getSql()`select seq, text, start_ms from transcript_segments where meeting_id = ${id} order by seq`;
    expect(segments.map((s) => [s.seq, s.text, s.start_ms])).toEqual([
      [0, "Welcome to the budget review.", 0],
      [1, "Luis, please send the revised budget by Friday.", 2000],
    ]);
    await analyzeMeeting(id);
    expect((await meeting(id))?.status).toBe("ready");
    const items = await getSql()`select text from action_items where meeting_id = ${id}`;
    expect(items.length).toBeGreaterThan(0);
  });

  it("asks the queue to retry while the server answers 500, then fails the meeting with the reason and keeps the file", async () => {
    await useFakeServer();
    fake.handle(PATH, () => reply.error(500));
    const id = await uploadedRecording(silence());
    await expect(transcribeMeetingJob(id, false)).rejects.toMatchObject({ code: "provider_error" });
    expect((await meeting(id))?.status).toBe("transcribing");
    await transcribeMeetingJob(id, true);
    const row = await meeting(id);
    expect(row).toMatchObject({ status: "failed", error: "The transcription service failed." });
    expect(existsSync(path.join(dataDir(), "files", row?.media_key as string))).toBe(true);
  });

  it("fails at once, without retrying, when the server's answer isn't a transcription", async () => {
    await useFakeServer();
    fake.handle(PATH, () => reply.json({ segments: "not a list" }));
    const id = await uploadedRecording(silence());
    await transcribeMeetingJob(id, false);
    expect(await meeting(id)).toMatchObject({
      status: "failed",
      error: "The transcription service sent an answer Minuta cannot read.",
    });
  });

  it("ends quietly when the meeting is deleted while its recording is being transcribed", async () => {
    await useFakeServer();
    fake.handle(PATH, () =>
      reply.delayed(1500, reply.transcription({ segments: [{ start: 0, end: 1, text: "Hi" }] })),
    );
    const id = await uploadedRecording(silence());
    const job = transcribeMeetingJob(id, false);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await deleteMeeting(caller.userId, id);
    await expect(job).resolves.toBeUndefined();
    expect(await meeting(id)).toBeUndefined();
    expect((await getSql()`select 1 from transcript_segments where meeting_id = ${id}`).length).toBe(0);
  });

  it("does nothing when replayed for a meeting that has moved on", async () => {
    await useFakeServer();
    const id = await uploadedRecording(silence());
    await getSql()`update meetings set status = 'analyzing' where id = ${id}`;
    await transcribeMeetingJob(id, false);
    expect(fake.requestsTo(PATH)).toHaveLength(0);
    expect((await meeting(id))?.status).toBe("analyzing");
  });

  it("keeps a Spanish recording waiting while only the English offline engine exists, and resumes it once a server is set", async () => {
    const id = await uploadedRecording(silence(), "es");
    await transcribeMeetingJob(id, false);
    const waiting = await meeting(id);
    expect(waiting?.status).toBe("awaiting_transcription");
    expect(waiting?.error).toMatch(/only understands English.*TRANSCRIBE_BASE_URL/);
    await sweep();
    expect((await meeting(id))?.status).toBe("awaiting_transcription");

    await useFakeServer();
    await sweep();
    expect((await meeting(id))?.status).toBe("uploaded");
    const jobs = await getSql()`
      select state from pgboss.job where name = 'transcribe' and singleton_key = ${id} and state = 'created'`;
    expect(jobs).toHaveLength(1);
  });
});

describe("the transcribe job on the embedded defaults (pocketsphinx)", () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    temp = await makeTempDir();
  });
  afterAll(() => temp.cleanup());

  it("turns a spoken English recording into a transcript and notes with nothing configured", async () => {
    const speech = await speakWithPauses(
      temp.dir,
      "call",
      ["The project schedule is ready.", "Good morning everyone, the meeting will start now."],
      1.5,
    );
    const id = await uploadedRecording(new Uint8Array(await readFile(speech)), "auto");
    await transcribeMeetingJob(id, false);
    expect(await meeting(id)).toMatchObject({ status: "analyzing", error: null });
    const segments =
      await getSql()`select text from transcript_segments where meeting_id = ${id} order by seq`;
    const text = segments.map((s) => String(s.text).toLowerCase()).join(" ");
    expect(
      ["schedule", "ready", "meeting", "start"].filter((word) => text.includes(word)).length,
    ).toBeGreaterThanOrEqual(3);
    await analyzeMeeting(id);
    expect((await meeting(id))?.status).toBe("ready");
  }, 120_000);
});
