import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getInsights } from "@/lib/insights/get-insights";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { englishReason, type Reason } from "@/lib/kernel/reasons";
import { analyzeMeetingJob } from "@/lib/orchestration/jobs/analyze-meeting-job";
import { type Caller, makeCaller } from "@/tests/support/api";
import { transcriptMeeting } from "@/tests/support/api-fixtures";
import { type FakeOpenAIServer, reply, startFakeOpenAIServer } from "@/tests/support/fake-openai-server";

// The analyze job with a model configured the way an operator does it (AI_BASE_URL + AI_MODEL),
// so the real @ai-sdk/openai client talks to a local server speaking OpenAI's chat wire format.

const CHAT = "/v1/chat/completions";
const TRANSCRIPT = [
  "Ana: Welcome everyone, let's review the launch budget.",
  "Ben: The budget is approved at forty thousand euros.",
  "Ana: Ben, can you send the budget report by Friday?",
  "Ben: Sure. Who will book the venue?",
].join("\n");

let fake: FakeOpenAIServer;
let caller: Caller;

beforeAll(async () => {
  fake = await startFakeOpenAIServer();
  caller = await makeCaller();
});
afterEach(() => {
  fake.reset();
  delete process.env.AI_BASE_URL;
  delete process.env.AI_MODEL;
});
afterAll(async () => {
  await fake.close();
  await closeDb();
});

/** A model id of its own per test: each model has its own circuit breaker. */
function configureModel() {
  const model = `test-model-${randomUUID().slice(0, 8)}`;
  process.env.AI_BASE_URL = `${fake.url}/v1`;
  process.env.AI_MODEL = model;
  return model;
}

async function meetingRow(id: string) {
  const [row] = await getSql()<{ status: string; error: Reason | null }[]>`
    select status, error from meetings where id = ${id}`;
  // Stored as a code; read here as the API words it.
  return row && { status: row.status, error: row.error && englishReason(row.error) };
}

const notes = JSON.stringify({
  summary: "The team approved the launch budget and Ben will send the report.",
  keyPoints: [{ text: "Launch budget reviewed", seqs: [0, 1] }],
  decisions: [{ text: "Budget approved at €40,000", seqs: [1] }],
  questions: [{ text: "Who will book the venue?", seqs: [3] }],
  actionItems: [
    { text: "Send the budget report", owner: "Ben", dueDate: null, seqs: [2] },
    { text: "Invented item", owner: null, dueDate: null, seqs: [99] },
  ],
});

describe("the analyze job with a configured model", () => {
  it("stores the model's notes (engine llm), dropping items that cite segments that don't exist", async () => {
    const model = configureModel();
    fake.handle(CHAT, () => reply.chat(notes));
    const id = await transcriptMeeting(caller.key, TRANSCRIPT);
    await analyzeMeetingJob(id, false);
    expect(await meetingRow(id)).toMatchObject({ status: "ready", error: null });
    const insights = await getInsights(caller.userId, id);
    expect(insights).toMatchObject({
      engine: "llm",
      model,
      summary: expect.stringContaining("launch budget"),
    });
    expect(insights.actionItems.map((item) => item.text)).toEqual(["Send the budget report"]);
    expect(insights.actionItems[0]).toMatchObject({ owner: "Ben", seq: 2 });
    expect(fake.requestsTo(CHAT).length).toBeGreaterThan(0);
  });

  it("falls back to the local engine with a visible note when the model keeps answering outside the schema", async () => {
    configureModel();
    fake.handle(CHAT, () => reply.chat("Sorry, here are some notes: the budget was discussed."));
    const id = await transcriptMeeting(caller.key, TRANSCRIPT);
    await analyzeMeetingJob(id, false);
    expect((await meetingRow(id))?.status).toBe("ready");
    const [stored] = await getSql()<{ engine: string; note: Reason | null }[]>`
      select engine, note from insights where meeting_id = ${id}`;
    expect(stored?.engine).toBe("local");
    expect(stored?.note).toMatchObject({ code: "llmFallback", cause: { code: "modelSchema" } });
    expect(englishReason(stored?.note as Reason)).toMatch(
      /could not write these notes .*built-in local engine/,
    );
  });

  it("retries while the provider answers 500, then fails the meeting with the reason", async () => {
    configureModel();
    fake.handle(CHAT, () => reply.error(500));
    const id = await transcriptMeeting(caller.key, TRANSCRIPT);
    await expect(analyzeMeetingJob(id, false)).rejects.toMatchObject({ code: "provider_error" });
    expect((await meetingRow(id))?.status).toBe("analyzing");
    await analyzeMeetingJob(id, true);
    const row = await meetingRow(id);
    expect(row?.status).toBe("failed");
    expect(row?.error).toMatch(
      /could not be written after several attempts\. The model provider failed \(500\)/,
    );
    const segments = await getSql()`select 1 from transcript_segments where meeting_id = ${id}`;
    expect(segments.length).toBe(4);
  });

  it("retries when the provider answers 200 with an HTML page, then fails the meeting with the reason", async () => {
    configureModel();
    fake.handle(CHAT, () =>
      reply.raw("<html><body>Gateway error</body></html>", { status: 200, contentType: "text/html" }),
    );
    const id = await transcriptMeeting(caller.key, TRANSCRIPT);
    await expect(analyzeMeetingJob(id, false)).rejects.toMatchObject({
      code: "provider_error",
      retryable: true,
    });
    expect(await meetingRow(id)).toMatchObject({ status: "analyzing" });
    expect((await getSql()`select 1 from insights where meeting_id = ${id}`).length).toBe(0);
    await analyzeMeetingJob(id, true);
    const row = await meetingRow(id);
    expect(row?.status).toBe("failed");
    expect(row?.error).toMatch(
      /could not be written after several attempts\. The model provider sent an answer that could not be read \(HTTP 200\)/,
    );
  });

  it("retries a rate-limited provider instead of settling for local notes", async () => {
    configureModel();
    fake.handle(CHAT, () => reply.error(429));
    const id = await transcriptMeeting(caller.key, TRANSCRIPT);
    await expect(analyzeMeetingJob(id, false)).rejects.toMatchObject({ code: "rate_limited" });
    expect((await getSql()`select 1 from insights where meeting_id = ${id}`).length).toBe(0);
  });
});
