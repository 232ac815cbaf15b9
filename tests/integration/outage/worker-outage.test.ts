import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { getSql } from "@/lib/kernel/db/client";
import { startWorker } from "@/lib/orchestration/jobs/worker";
import { makeCaller } from "@/tests/support/api";
import { transcriptMeeting } from "@/tests/support/api-fixtures";
import { type FakeOpenAIServer, reply, startFakeOpenAIServer } from "@/tests/support/fake-openai-server";
import { killPostmaster, restartedAfter, serverAnswers, useOutageDatabase } from "./outage-database";

const CHAT = "/v1/chat/completions";
const TRANSCRIPT = [
  "Ana: Welcome everyone, let's review the launch budget.",
  "Ben: The budget is approved at forty thousand euros.",
  "Ana: Ben, can you send the budget report by Friday?",
].join("\n");
const NOTES = JSON.stringify({
  summary: "The team approved the launch budget and Ben will send the report.",
  keyPoints: [{ text: "Launch budget reviewed", seqs: [0, 1] }],
  decisions: [{ text: "Budget approved at €40,000", seqs: [1] }],
  questions: [],
  actionItems: [{ text: "Send the budget report", owner: "Ben", dueDate: null, seqs: [2] }],
});

let release: () => Promise<void>;
let fake: FakeOpenAIServer;
beforeAll(async () => {
  ({ release } = await useOutageDatabase());
  fake = await startFakeOpenAIServer();
  process.env.AI_BASE_URL = `${fake.url}/v1`;
  process.env.AI_MODEL = `outage-model-${randomUUID().slice(0, 8)}`;
}, 180_000);
afterAll(async () => {
  delete process.env.AI_BASE_URL;
  delete process.env.AI_MODEL;
  await fake.close();
  await release();
}, 120_000);

async function meetingStatus(id: string): Promise<string | undefined> {
  const [row] = await getSql()<{ status: string }[]>`select status from meetings where id = ${id}`;
  return row?.status;
}

it("runs a job again when the database died under it, and finishes it once the database is back", async () => {
  // The database dies while the analysis runs: after the model answered, before the notes are saved.
  let killedPid: number | undefined;
  fake.handle(CHAT, () => {
    killedPid ??= killPostmaster();
    return reply.chat(NOTES);
  });
  const stopWorker = await startWorker();
  try {
    const caller = await makeCaller();
    const id = await transcriptMeeting(caller.key, TRANSCRIPT);
    await expect.poll(() => killedPid, { timeout: 60_000, interval: 100 }).toBeDefined();
    await restartedAfter(killedPid as number);
    const answeredAt = await serverAnswers();

    let status: string | undefined;
    while (status !== "ready" && performance.now() - answeredAt < 60_000) {
      status = await meetingStatus(id).catch(() => undefined);
      if (status !== "ready") await new Promise((resolve) => setTimeout(resolve, 250));
    }
    console.info(
      `worker outage: the interrupted analysis finished ${Math.round(performance.now() - answeredAt)} ms after the database answered again`,
    );
    expect(status).toBe("ready");
    // It ran again: the first run's notes never reached the database.
    expect(fake.requestsTo(CHAT).length).toBeGreaterThanOrEqual(2);
    const [insights] = await getSql()<{ engine: string; summary: string }[]>`
      select engine, summary from insights where meeting_id = ${id}`;
    expect(insights).toMatchObject({ engine: "llm", summary: expect.stringContaining("launch budget") });
  } finally {
    await stopWorker();
  }
}, 240_000);
