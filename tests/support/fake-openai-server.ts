/**
 * A real HTTP server on 127.0.0.1 (random port) that speaks OpenAI's wire formats, so integration
 * tests run the real SDKs (`openai`, `@ai-sdk/openai`) end to end (DESIGN §7).
 *
 *   const fake = await startFakeOpenAIServer();
 *   const model = createOpenAI({ baseURL: `${fake.url}/v1`, apiKey: "test" }).chat("test-model");
 *   const client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: "test" });
 *
 * Script answers per path, in order; each answer is used once:
 *   fake.enqueue("/v1/chat/completions", reply.error(500), reply.chat('{"ok":true}'));
 * or answer every request with a function that sees the parsed request (used when the queue is empty):
 *   fake.handle("/v1/chat/completions", (request) => reply.chat(`echo: ${request.json.messages.at(-1).content}`));
 * Nothing scripted → 404 with an error naming the path (the SDKs don't retry a 404).
 *
 * Replies (`reply.*`):
 *   chat(content, { toolCalls, finishReason, usage, chunkSize })  chat completion; answered as SSE
 *       (`data: {chunk}\n\n` … usage chunk … `data: [DONE]`) when the request has `stream: true`
 *   transcription({ text, language, duration, segments })         verbose_json transcription
 *   json(body, { status, headers }) · raw(text, { status, contentType })
 *   error(status, message, { headers })   OpenAI's error body; 429 and 5xx carry `retry-after-ms: 10`
 *   sse(events, { done })   arbitrary server-sent events (e.g. the Responses API), then `[DONE]` unless done: false
 *   hang()   never answers (exercises client timeouts) · drop()  destroys the socket (a network error)
 *   delayed(ms, reply)
 *
 * Every request is recorded in `fake.requests` (method, path, lower-case headers, `json` for JSON
 * bodies, `form` for multipart uploads with the files' bytes). `fake.reset()` clears queues,
 * handlers and records; `await fake.close()` stops it (hanging requests included).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type RecordedFile = { name: string; type: string; size: number; bytes: Buffer };

export type RecordedRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** The parsed body when it was JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary request shapes
  json: any;
  /** The parsed body when it was multipart/form-data. */
  form?: { fields: Record<string, string>; files: Record<string, RecordedFile> };
  raw: Buffer;
};

export type ToolCall = { id?: string; name: string; arguments: string | Record<string, unknown> };
export type Usage = { prompt_tokens: number; completion_tokens: number; total_tokens: number };
export type TranscriptionSegment = { start: number; end: number; text: string };

export type FakeReply = { delayMs?: number } & (
  | { kind: "json"; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: "raw"; status: number; body: string; contentType: string; headers?: Record<string, string> }
  | {
      kind: "chat";
      content: string;
      toolCalls?: ToolCall[];
      finishReason?: string;
      usage?: Partial<Usage>;
      chunkSize?: number;
    }
  | { kind: "sse"; events: { event?: string; data: unknown }[]; done: boolean }
  | { kind: "hang" }
  | { kind: "drop" }
);

export type ReplyHandler = (request: RecordedRequest) => FakeReply | Promise<FakeReply>;

export const reply = {
  json: (body: unknown, options: { status?: number; headers?: Record<string, string> } = {}): FakeReply => ({
    kind: "json",
    status: options.status ?? 200,
    body,
    headers: options.headers,
  }),
  raw: (
    body: string,
    options: { status?: number; contentType?: string; headers?: Record<string, string> } = {},
  ): FakeReply => ({
    kind: "raw",
    status: options.status ?? 200,
    body,
    contentType: options.contentType ?? "application/json",
    headers: options.headers,
  }),
  /** OpenAI's error body; 429s and 5xx say "retry after 10 ms" so SDK retries stay fast. */
  error: (
    status: number,
    message = `fake error ${status}`,
    options: { headers?: Record<string, string> } = {},
  ) =>
    reply.json(
      {
        error: {
          message,
          type: status === 429 ? "rate_limit_exceeded" : "server_error",
          param: null,
          code: null,
        },
      },
      {
        status,
        headers: {
          ...(status === 429 || status >= 500 ? { "retry-after-ms": "10" } : {}),
          ...options.headers,
        },
      },
    ),
  chat: (
    content: string,
    options: {
      toolCalls?: ToolCall[];
      finishReason?: string;
      usage?: Partial<Usage>;
      chunkSize?: number;
    } = {},
  ): FakeReply => ({ kind: "chat", content, ...options }),
  transcription: (body: {
    text?: string;
    language?: string;
    duration?: number;
    segments?: TranscriptionSegment[];
  }): FakeReply =>
    reply.json({
      task: "transcribe",
      language: body.language ?? "english",
      duration: body.duration ?? Math.max(0, ...(body.segments ?? []).map((segment) => segment.end)),
      text: body.text ?? (body.segments ?? []).map((segment) => segment.text).join(" "),
      segments: (body.segments ?? []).map((segment, id) => ({
        id,
        seek: 0,
        tokens: [],
        temperature: 0,
        avg_logprob: -0.2,
        compression_ratio: 1.2,
        no_speech_prob: 0.01,
        ...segment,
      })),
    }),
  sse: (events: { event?: string; data: unknown }[], options: { done?: boolean } = {}): FakeReply => ({
    kind: "sse",
    events,
    done: options.done ?? true,
  }),
  hang: (): FakeReply => ({ kind: "hang" }),
  drop: (): FakeReply => ({ kind: "drop" }),
  delayed: (delayMs: number, next: FakeReply): FakeReply => ({ ...next, delayMs }),
};

export type FakeOpenAIServer = {
  /** e.g. "http://127.0.0.1:41234" — SDKs want `${url}/v1`. */
  url: string;
  requests: RecordedRequest[];
  /** Requests to one path, in arrival order. */
  requestsTo(path: string): RecordedRequest[];
  enqueue(path: string, ...replies: (FakeReply | ReplyHandler)[]): void;
  handle(path: string, handler: ReplyHandler): void;
  reset(): void;
  close(): Promise<void>;
};

export async function startFakeOpenAIServer(): Promise<FakeOpenAIServer> {
  const requests: RecordedRequest[] = [];
  const queues = new Map<string, (FakeReply | ReplyHandler)[]>();
  const handlers = new Map<string, ReplyHandler>();
  const sockets = new Set<Socket>();
  let ids = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const recorded = await record(req);
      requests.push(recorded);
      const next = queues.get(recorded.path)?.shift() ?? handlers.get(recorded.path) ?? unscripted;
      const answer = typeof next === "function" ? await next(recorded) : next;
      if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      if (!res.destroyed) send(res, answer, recorded, `fake-${++ids}`);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(`fake-openai-server failed: ${String(error)}`);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    requestsTo: (path) => requests.filter((request) => request.path === path),
    enqueue(path, ...replies) {
      queues.set(path, [...(queues.get(path) ?? []), ...replies]);
    },
    handle(path, handler) {
      handlers.set(path, handler);
    },
    reset() {
      requests.length = 0;
      queues.clear();
      handlers.clear();
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const unscripted: ReplyHandler = (request) =>
  reply.json(
    {
      error: {
        message: `fake-openai-server: nothing scripted for ${request.method} ${request.path}`,
        type: "fake",
      },
    },
    { status: 404 },
  );

async function record(req: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const contentType = headers["content-type"] ?? "";
  const recorded: RecordedRequest = {
    method: req.method ?? "GET",
    path: new URL(req.url ?? "/", "http://fake").pathname,
    headers,
    json: undefined,
    raw,
  };
  if (contentType.includes("application/json") && raw.length > 0) {
    recorded.json = parseJson(raw.toString("utf8"));
  } else if (contentType.includes("multipart/form-data")) {
    recorded.form = await parseMultipart(raw, contentType);
  }
  return recorded;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<RecordedRequest["form"]> {
  const form = await new Response(new Uint8Array(raw), {
    headers: { "content-type": contentType },
  }).formData();
  const fields: Record<string, string> = {};
  const files: Record<string, RecordedFile> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") fields[name] = value;
    else {
      const bytes = Buffer.from(await value.arrayBuffer());
      files[name] = { name: value.name, type: value.type, size: bytes.length, bytes };
    }
  }
  return { fields, files };
}

function send(res: ServerResponse, answer: FakeReply, request: RecordedRequest, id: string) {
  switch (answer.kind) {
    case "hang":
      return;
    case "drop":
      res.socket?.destroy();
      return;
    case "json":
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      res.end(JSON.stringify(answer.body));
      return;
    case "raw":
      res.writeHead(answer.status, { "content-type": answer.contentType, ...answer.headers });
      res.end(answer.body);
      return;
    case "sse":
      writeSse(
        res,
        answer.events.map((event) => ({ event: event.event, data: JSON.stringify(event.data) })),
        answer.done,
      );
      return;
    case "chat":
      if (request.json?.stream === true) writeSse(res, chatChunks(answer, request, id), true);
      else {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(chatCompletion(answer, request, id)));
      }
      return;
  }
}

function writeSse(res: ServerResponse, events: { event?: string; data: string }[], done: boolean) {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  for (const event of events)
    res.write(`${event.event ? `event: ${event.event}\n` : ""}data: ${event.data}\n\n`);
  if (done) res.write("data: [DONE]\n\n");
  res.end();
}

type ChatReply = Extract<FakeReply, { kind: "chat" }>;

function usageOf(answer: ChatReply, request: RecordedRequest): Usage {
  const prompt = answer.usage?.prompt_tokens ?? Math.ceil(request.raw.length / 4);
  const completion = answer.usage?.completion_tokens ?? Math.ceil(answer.content.length / 4);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

function toolCallsOf(answer: ChatReply) {
  return (answer.toolCalls ?? []).map((call, index) => ({
    id: call.id ?? `call_${index}`,
    type: "function" as const,
    function: {
      name: call.name,
      arguments: typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments),
    },
  }));
}

function finishReasonOf(answer: ChatReply): string {
  return answer.finishReason ?? (answer.toolCalls?.length ? "tool_calls" : "stop");
}

function chatCompletion(answer: ChatReply, request: RecordedRequest, id: string) {
  const toolCalls = toolCallsOf(answer);
  return {
    id: `chatcmpl-${id}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: request.json?.model ?? "fake-model",
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: answer.content,
          refusal: null,
          ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
        },
        logprobs: null,
        finish_reason: finishReasonOf(answer),
      },
    ],
    usage: usageOf(answer, request),
  };
}

function chatChunks(answer: ChatReply, request: RecordedRequest, id: string): { data: string }[] {
  const base = {
    id: `chatcmpl-${id}`,
    object: "chat.completion.chunk",
    created: Math.floor(Date.now() / 1000),
    model: request.json?.model ?? "fake-model",
  };
  const chunk = (delta: object, finishReason: string | null = null) =>
    JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] });
  const size = answer.chunkSize ?? 16;
  const events = [chunk({ role: "assistant", content: "" })];
  for (let at = 0; at < answer.content.length; at += size) {
    events.push(chunk({ content: answer.content.slice(at, at + size) }));
  }
  for (const [index, call] of toolCallsOf(answer).entries()) {
    events.push(chunk({ tool_calls: [{ index, ...call }] }));
  }
  events.push(chunk({}, finishReasonOf(answer)));
  events.push(JSON.stringify({ ...base, choices: [], usage: usageOf(answer, request) }));
  return events.map((data) => ({ data }));
}
