import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import * as chatRoute from "@/app/api/v1/chat/route";
import * as savedChatRoute from "@/app/api/v1/chats/[id]/route";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { storeInsights } from "@/lib/insights/store-insights";
import type { Segment } from "@/lib/insights/types";
import { getSql } from "@/lib/kernel/db/client";
import { type Caller, call, fileForm } from "@/tests/support/api";
import { type FakeOpenAIServer, reply, startFakeOpenAIServer } from "@/tests/support/fake-openai-server";

/** A meeting of `caller` with a "Speaker: text" transcript uploaded through the files route. */
export async function meetingWith(caller: Caller, title: string, transcript: string): Promise<string> {
  const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
    key: caller.key,
    json: { title },
  });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const uploaded = await call(filesRoute.POST, "POST", `/api/v1/meetings/${id}/files`, {
    key: caller.key,
    params: { id },
    rawBody: fileForm(transcript, `${title}.txt`),
  });
  expect(uploaded.status).toBe(201);
  return id;
}

/** Runs the local notes engine on a meeting and marks it ready, as the analyze job would. */
export async function analyze(meetingId: string, ownerId: string): Promise<void> {
  const sql = getSql();
  const segments = await sql<Segment[]>`
    select seq, speaker, text, start_ms as "startMs", end_ms as "endMs"
    from transcript_segments where meeting_id = ${meetingId} order by seq`;
  const insights = analyzeLocally({
    segments,
    language: "auto",
    meetingDate: new Date("2026-11-18T10:00:00Z"),
    timezone: "Europe/Madrid",
    participants: [],
    watchlist: [],
    template: "default",
  });
  await sql.begin(async (tx) => {
    await storeInsights(tx, { id: meetingId, ownerId }, insights, null);
    await tx`update meetings set status = 'ready' where id = ${meetingId}`;
  });
}

export const questionBody = (text: string, extra: Record<string, unknown> = {}) => ({
  messages: [{ id: "q1", role: "user", parts: [{ type: "text", text }] }],
  ...extra,
});

// biome-ignore lint/suspicious/noExplicitAny: stream chunks are read as the client reads them
export type Chunk = Record<string, any>;

/** The UI message stream's chunks, parsed from the server-sent events the route answers. */
export function chunksOf(sse: string): Chunk[] {
  return sse
    .split("\n\n")
    .map((event) => event.replace(/^data: /, "").trim())
    .filter((data) => data.startsWith("{"))
    .map((data) => JSON.parse(data) as Chunk);
}

export const textOf = (chunks: Chunk[]) =>
  chunks
    .filter((chunk) => chunk.type === "text-delta")
    .map((chunk) => chunk.delta as string)
    .join("");

export async function askStream(caller: Caller, body: unknown) {
  const response = await call(chatRoute.POST, "POST", "/api/v1/chat", { key: caller.key, json: body });
  return { ...response, chunks: chunksOf(response.text) };
}

export async function askJson(caller: Caller, body: unknown) {
  return call(chatRoute.POST, "POST", "/api/v1/chat", {
    key: caller.key,
    json: body,
    headers: { accept: "application/json" },
  });
}

/** A streamed chat completion chunk in OpenAI's wire format. */
export const completionChunk = (delta: object, finishReason: string | null = null) => ({
  id: "chatcmpl-fake",
  object: "chat.completion.chunk",
  created: 1,
  model: "test-model",
  choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
});

/** A completion stream that sends `texts`, then breaks off with a server error. */
export const failingCompletion = (texts: string[]) =>
  reply.sse(
    [
      { data: completionChunk({ role: "assistant", content: "" }) },
      ...texts.map((content) => ({ data: completionChunk({ content }) })),
      { data: { error: { message: "upstream overloaded", type: "server_error", code: null, param: null } } },
    ],
    { done: false },
  );

/** The path the fake OpenAI-compatible server answers chat completions on. */
export const CHAT_COMPLETIONS = "/v1/chat/completions";

/** A short planning call: Ben's budget is line 1, the launch date line 2. */
export const SPRING_LAUNCH = [
  "Ana: Good morning, let's review the spring launch.",
  "Ben: The campaign budget is forty thousand euros, approved by finance.",
  "Ben: We decided to move the launch to the ninth of May.",
  "",
].join("\n");

const AI_ENV = ["AI_BASE_URL", "AI_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL"] as const;

/** Takes the model's variables out of the environment for this file's tests and puts them back after. */
function withoutAiEnv(): void {
  const saved = Object.fromEntries(AI_ENV.map((name) => [name, process.env[name]]));
  beforeAll(() => {
    for (const name of AI_ENV) delete process.env[name];
  });
  afterAll(() => {
    for (const name of AI_ENV) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });
}

/** No model configured: this file's tests get the local notes engine, whatever the environment says. */
export function withLocalEngine(): void {
  withoutAiEnv();
}

/**
 * Points the app's model at a local OpenAI-compatible server for this file's tests, so the real
 * @ai-sdk/openai client (chosen by lib/ai/providers.ts from the environment) is what runs.
 */
export function withFakeModel(): { server: () => FakeOpenAIServer } {
  withoutAiEnv();
  let fake: FakeOpenAIServer | null = null;
  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
    process.env.AI_BASE_URL = `${fake.url}/v1`;
    process.env.AI_MODEL = "test-model";
  });
  afterAll(async () => {
    await fake?.close();
  });
  beforeEach(() => fake?.reset());
  return {
    server: () => {
      if (!fake) throw new Error("the fake model server starts in beforeAll");
      return fake;
    },
  };
}

/** A saved chat's messages as the API shows them: role, text, and the answer's metadata. */
export async function savedMessages(caller: Caller, chatId: string) {
  const opened = await call(savedChatRoute.GET, "GET", `/api/v1/chats/${chatId}`, {
    key: caller.key,
    params: { id: chatId },
  });
  expect(opened.status).toBe(200);
  return (opened.body.messages as Chunk[]).map((message) => ({
    role: message.role as string,
    text: (message.parts as Chunk[]).find((part) => part.type === "text")?.text as string,
    metadata: message.metadata as Chunk,
  }));
}
