import { createOpenAI } from "@ai-sdk/openai";
import { generateText, streamText, tool } from "ai";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { z } from "zod";
import { type FakeOpenAIServer, reply, startFakeOpenAIServer } from "@/tests/support/fake-openai-server";

// The fake server is shared test infrastructure: these pin the wire formats other tests rely on.
const CHAT = "/v1/chat/completions";
let fake: FakeOpenAIServer;

beforeAll(async () => {
  fake = await startFakeOpenAIServer();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const model = () => createOpenAI({ baseURL: `${fake.url}/v1`, apiKey: "sk-test" }).chat("test-model");

describe("fake OpenAI-compatible server", () => {
  test("streams a chat completion as SSE chunks with usage, which the AI SDK reassembles", async () => {
    fake.enqueue(
      CHAT,
      reply.chat("The budget was approved on Friday.", { chunkSize: 5, usage: { prompt_tokens: 12 } }),
    );

    const result = streamText({ model: model(), prompt: "What was decided?" });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);

    expect(deltas.join("")).toBe("The budget was approved on Friday.");
    expect(deltas.length).toBeGreaterThan(3);
    expect(await result.usage).toMatchObject({ inputTokens: 12, outputTokens: 9 });
    expect(fake.requestsTo(CHAT)[0]?.json).toMatchObject({
      model: "test-model",
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  test("answers a handler that reads the request, and tool calls both ways", async () => {
    fake.handle(CHAT, (request) =>
      request.json.messages.some((message: { role: string }) => message.role === "tool")
        ? reply.chat("Found it in segment 3.")
        : reply.chat("", { toolCalls: [{ name: "search", arguments: { query: "budget" } }] }),
    );
    const search = tool({
      description: "Search transcripts",
      inputSchema: z.object({ query: z.string() }),
      execute: async ({ query }) => ({ hits: [`${query} @ 3`] }),
    });

    const result = await generateText({
      model: model(),
      prompt: "Find the budget",
      tools: { search },
      stopWhen: () => false,
    });
    const streamed = streamText({
      model: model(),
      prompt: "Find the budget",
      tools: { search },
      stopWhen: () => false,
    });

    expect(result.text).toBe("Found it in segment 3.");
    expect(result.steps[0]?.toolCalls[0]).toMatchObject({ toolName: "search", input: { query: "budget" } });
    expect(await streamed.text).toBe("Found it in segment 3.");
    expect(fake.requestsTo(CHAT)).toHaveLength(4);
  });

  test("an unscripted path answers 404 naming it", async () => {
    const response = await fetch(`${fake.url}/v1/embeddings`, { method: "POST", body: "{}" });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("nothing scripted for POST /v1/embeddings");
  });
});
