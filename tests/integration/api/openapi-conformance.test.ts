import "next/dist/server/node-environment-baseline.js";
import { randomUUID } from "node:crypto";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as healthRoute from "@/app/api/health/route";
import { API_ROUTES } from "@/app/api/openapi.json/api-routes";
import * as actionItemRoute from "@/app/api/v1/action-items/[id]/route";
import * as actionItemsRoute from "@/app/api/v1/action-items/route";
import * as generateRoute from "@/app/api/v1/actions/generate/route";
import * as chatRoute from "@/app/api/v1/chat/route";
import * as savedChatRoute from "@/app/api/v1/chats/[id]/route";
import * as chatsRoute from "@/app/api/v1/chats/route";
import * as emailRoute from "@/app/api/v1/meetings/[id]/email/route";
import * as endRoute from "@/app/api/v1/meetings/[id]/end/route";
import * as eventsRoute from "@/app/api/v1/meetings/[id]/events/route";
import * as completeRoute from "@/app/api/v1/meetings/[id]/files/complete/route";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as uploadUrlRoute from "@/app/api/v1/meetings/[id]/files/upload-url/route";
import * as insightsRoute from "@/app/api/v1/meetings/[id]/insights/route";
import * as mediaRoute from "@/app/api/v1/meetings/[id]/media/route";
import * as meetingRoute from "@/app/api/v1/meetings/[id]/route";
import * as segmentsRoute from "@/app/api/v1/meetings/[id]/segments/route";
import * as transcriptRoute from "@/app/api/v1/meetings/[id]/transcript/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import * as tokenRoute from "@/app/api/v1/realtime/token/route";
import * as searchRoute from "@/app/api/v1/search/route";
import * as resendRoute from "@/app/api/v1/webhooks/[id]/deliveries/[deliveryId]/resend/route";
import * as deliveriesRoute from "@/app/api/v1/webhooks/[id]/deliveries/route";
import * as webhookRoute from "@/app/api/v1/webhooks/[id]/route";
import * as webhooksRoute from "@/app/api/v1/webhooks/route";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-document";
import { SIGNED_UPLOAD_HEADERS, signedUploadForm } from "@/lib/ingest/upload.client";
import { getSql } from "@/lib/kernel/db/client";
import { recordMeetingEvent } from "@/lib/meetings/meeting-events";
import { type Caller, call, fileForm, makeCaller } from "@/tests/support/api";
import {
  type CallOptions,
  type CallResult,
  callWithoutKey,
  type Handler,
  keyWithScopes,
  readyMeeting,
  segment,
  stopServices,
  UNKNOWN_KEY,
  wavBytes,
} from "@/tests/support/api-fixtures";
import { type FakeSupabaseStorage, startFakeSupabaseStorage } from "@/tests/support/fake-supabase-storage";
import { sessionHeaders } from "@/tests/support/session";

/**
 * Real answers of every documented operation, checked against GET /api/openapi.json: each status
 * must be listed for its operation, each body must match the schema of its media type. The last
 * test fails when an operation of the document was never exercised here (a new route must add its
 * calls below) or never answered one of its documented success statuses.
 */

type Json = Record<string, unknown>;
type ResponseObject = { description: string; content?: Record<string, { schema?: Json }> };
type OperationObject = { security: unknown[]; responses: Record<string, ResponseObject> };

const document = buildOpenApiDocument(API_ROUTES);
const paths = document.paths as Record<string, Record<string, OperationObject>>;
const components = document.components.schemas as Record<string, Json>;

// OpenAPI 3.1 schemas are JSON Schema 2020-12.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validators = new Map<Json, ValidateFunction>();

/** The schema with `#/components/schemas/…` references replaced by what they name. */
function inline(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(inline);
  if (!schema || typeof schema !== "object") return schema;
  const ref = (schema as Json).$ref;
  if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
    const target = components[ref.slice("#/components/schemas/".length)];
    expect(target, ref).toBeDefined();
    return inline(target);
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, inline(value)]));
}

function validatorFor(schema: Json): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(inline(schema) as Json);
    validators.set(schema, validate);
  }
  return validate;
}

/** Statuses each operation answered here, by "get /api/v1/…". */
const answered = new Map<string, Set<number>>();

function mediaTypeOf(result: CallResult) {
  return (result.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** Fails unless the document lists this status for the operation and the body matches its schema. */
function conform(method: string, route: string, result: CallResult) {
  const name = `${method.toUpperCase()} ${route}`;
  const operation = paths[route]?.[method];
  expect(operation, `${name} is not in the document`).toBeDefined();
  const documented = operation?.responses[String(result.status)];
  expect(
    documented,
    `${name} answered ${result.status}, a status its operation doesn't list: ${result.text.slice(0, 300)}`,
  ).toBeDefined();
  const key = `${method} ${route}`;
  answered.set(key, (answered.get(key) ?? new Set()).add(result.status));

  const content = documented?.content;
  if (!content) {
    expect(result.text, `${name} ${result.status} is documented without a body`).toBe("");
    return;
  }
  const mediaType = mediaTypeOf(result);
  const listed = Object.keys(content).find(
    (type) => type === mediaType || (type.endsWith("/*") && mediaType.startsWith(type.slice(0, -1))),
  );
  expect(
    listed,
    `${name} ${result.status} answered ${mediaType || "no content type"}; documented: ${Object.keys(content).join(", ")}`,
  ).toBeDefined();
  const schema = content[listed as string]?.schema;
  if (!schema) return;
  let body: unknown;
  try {
    body = JSON.parse(result.text);
  } catch {
    throw new Error(`${name} ${result.status} (${mediaType}) is not JSON: ${result.text.slice(0, 200)}`);
  }
  const validate = validatorFor(schema);
  const valid = validate(body);
  expect(
    valid ? [] : validate.errors?.map((error) => `${error.instancePath || "/"} ${error.message}`),
    `${name} ${result.status} body: ${result.text.slice(0, 500)}`,
  ).toEqual([]);
}

type Request = Omit<CallOptions, "params"> & { params?: Record<string, string>; anonymous?: boolean };

/** Calls a route handler (with `me`'s key unless told otherwise) and checks the answer against the document. */
async function api(handler: Handler, method: string, route: string, options: Request = {}) {
  const { anonymous, ...rest } = options;
  const path = route.replace(/\{(\w+)\}/g, (_, name: string) => rest.params?.[name] ?? name);
  const result = anonymous
    ? await callWithoutKey(handler, method.toUpperCase(), path, rest)
    : await call(handler, method.toUpperCase(), path, { key: me.key, ...rest });
  conform(method, route, result);
  return result;
}

const MEETINGS = "/api/v1/meetings";
const MEETING = "/api/v1/meetings/{id}";
const TRANSCRIPT = [
  "Ana: Good morning. Let's go through the release checklist.",
  "Bob: The migration ran fine on staging last night.",
  "Ana: Great. I'll send the customer report by Friday.",
  "Bob: I will review the locale files tomorrow.",
].join("\n");
const VTT =
  "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\n<v Ana>Hola a todos.\n\n00:00:03.000 --> 00:00:05.000\n<v Luis>Empezamos con el presupuesto.\n";

let me: Caller;
let ready: string;

beforeAll(async () => {
  me = await makeCaller();
  ready = await readyMeeting(me.key, TRANSCRIPT, "Release stand-up");
});
afterAll(stopServices);

async function newMeeting(json: Json = { title: "Weekly sync" }) {
  const created = await api(meetingsRoute.POST, "post", MEETINGS, { json });
  expect(created.status, created.text).toBe(201);
  return created.body.id as string;
}

describe("health", () => {
  it("GET /api/health", async () => {
    const result = await call(healthRoute.GET as Handler, "GET", "/api/health");
    conform("get", "/api/health", result);
  });
});

describe("meetings", () => {
  it("POST /api/v1/meetings: 201, 400, 401, 403, 422", async () => {
    await newMeeting({
      title: "Design review",
      language: "en",
      participants: [{ name: "Ana", email: "ana@example.com" }, { name: "Bob" }],
    });
    const readOnly = await keyWithScopes(me.userId, ["meetings:read"]);
    const answers = [
      await api(meetingsRoute.POST, "post", MEETINGS, { key: readOnly.key, json: { title: "x" } }),
      await api(meetingsRoute.POST, "post", MEETINGS, { key: UNKNOWN_KEY, json: { title: "x" } }),
      await api(meetingsRoute.POST, "post", MEETINGS, { json: { title: "" } }),
      await api(meetingsRoute.POST, "post", MEETINGS, {
        rawBody: '{"title": "unterminated',
        headers: { "content-type": "application/json" },
      }),
      await api(meetingsRoute.POST, "post", MEETINGS, { anonymous: true, json: { title: "x" } }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([403, 401, 422, 400, 401]);
  });

  it("GET /api/v1/meetings: 200, 422", async () => {
    expect((await api(meetingsRoute.GET, "get", MEETINGS, { query: { limit: "2" } })).status).toBe(200);
    expect((await api(meetingsRoute.GET, "get", MEETINGS, { query: { q: "release" } })).status).toBe(200);
    expect((await api(meetingsRoute.GET, "get", MEETINGS, { query: { limit: "0" } })).status).toBe(422);
  });

  it("GET, PATCH, DELETE /api/v1/meetings/{id}", async () => {
    const id = await newMeeting();
    expect((await api(meetingRoute.GET, "get", MEETING, { params: { id } })).status).toBe(200);
    expect((await api(meetingRoute.GET, "get", MEETING, { params: { id: ready } })).status).toBe(200);
    expect((await api(meetingRoute.GET, "get", MEETING, { params: { id: randomUUID() } })).status).toBe(404);
    const patched = await api(meetingRoute.PATCH, "patch", MEETING, {
      params: { id },
      json: { title: "Renamed", participants: [{ name: "Carla", email: "carla@example.com" }] },
    });
    expect(patched.status).toBe(200);
    expect((await api(meetingRoute.PATCH, "patch", MEETING, { params: { id }, json: {} })).status).toBe(422);
    expect((await api(meetingRoute.DELETE, "delete", MEETING, { params: { id } })).status).toBe(204);
    expect((await api(meetingRoute.DELETE, "delete", MEETING, { params: { id } })).status).toBe(404);
  });
});

describe("files and media", () => {
  const FILES = `${MEETING}/files`;
  const MEDIA = `${MEETING}/media`;

  it("POST …/files: 201 for a transcript, 202 for a recording, 409, 415", async () => {
    const transcript = await newMeeting();
    const stored = await api(filesRoute.POST, "post", FILES, {
      params: { id: transcript },
      rawBody: fileForm(VTT, "notes.vtt", "text/vtt"),
    });
    expect(stored.status, stored.text).toBe(201);
    const again = await api(filesRoute.POST, "post", FILES, {
      params: { id: transcript },
      rawBody: fileForm(VTT, "notes.vtt", "text/vtt"),
    });
    expect(again.status).toBe(409);
    const recording = await newMeeting();
    const accepted = await api(filesRoute.POST, "post", FILES, {
      params: { id: recording },
      rawBody: fileForm(new Uint8Array(wavBytes()), "call.wav", "audio/wav"),
    });
    expect(accepted.status, accepted.text).toBe(202);
    const notMultipart = await api(filesRoute.POST, "post", FILES, {
      params: { id: await newMeeting() },
      json: { file: "nope" },
    });
    expect(notMultipart.status).toBe(415);
  });

  it("GET …/media: 200, 206, 416, 404", async () => {
    const recording = await newMeeting();
    const wav = wavBytes(4000);
    await api(filesRoute.POST, "post", FILES, {
      params: { id: recording },
      rawBody: fileForm(new Uint8Array(wav), "call.wav", "audio/wav"),
    });
    const params = { id: recording };
    expect((await api(mediaRoute.GET, "get", MEDIA, { params })).status).toBe(200);
    const partial = await api(mediaRoute.GET, "get", MEDIA, { params, headers: { range: "bytes=0-99" } });
    expect(partial.status).toBe(206);
    const outside = await api(mediaRoute.GET, "get", MEDIA, { params, headers: { range: "bytes=99999-" } });
    expect(outside.status).toBe(416);
    expect((await api(mediaRoute.GET, "get", MEDIA, { params: { id: ready } })).status).toBe(404);
  });

  it("POST …/files/upload-url without Supabase Storage: 409", async () => {
    const result = await api(uploadUrlRoute.POST, "post", `${FILES}/upload-url`, {
      params: { id: await newMeeting() },
    });
    expect(result.status).toBe(409);
  });
});

describe("direct uploads to Supabase Storage", () => {
  let fake: FakeSupabaseStorage;
  beforeAll(async () => {
    fake = await startFakeSupabaseStorage();
    process.env.SUPABASE_URL = fake.url;
    process.env.SUPABASE_SERVICE_ROLE_KEY = fake.serviceKey;
  });
  afterAll(async () => {
    delete process.env.SUPABASE_URL;
    delete process.env.SUPABASE_SERVICE_ROLE_KEY;
    await fake.close();
  });

  async function upload(content: BlobPart, name: string, type: string) {
    const id = await newMeeting();
    const offered = await api(uploadUrlRoute.POST, "post", `${MEETING}/files/upload-url`, { params: { id } });
    expect(offered.status, offered.text).toBe(201);
    const file = new File([content], name, { type });
    const sent = await fetch(offered.body.uploadUrl, {
      method: "PUT",
      headers: SIGNED_UPLOAD_HEADERS,
      body: signedUploadForm(file),
    });
    expect(sent.status).toBe(200);
    return { id, key: offered.body.key as string };
  }

  it("POST …/files/upload-url and …/files/complete: 201, 202, 422", async () => {
    const COMPLETE = `${MEETING}/files/complete`;
    const transcript = await upload(VTT, "notes.vtt", "text/vtt");
    const stored = await api(completeRoute.POST, "post", COMPLETE, {
      params: { id: transcript.id },
      json: { key: transcript.key },
    });
    expect(stored.status, stored.text).toBe(201);
    const recording = await upload(new Uint8Array(wavBytes(40_000)), "call.wav", "audio/wav");
    const accepted = await api(completeRoute.POST, "post", COMPLETE, {
      params: { id: recording.id },
      json: { key: recording.key },
    });
    expect(accepted.status, accepted.text).toBe(202);
    const id = await newMeeting();
    const missing = await api(completeRoute.POST, "post", COMPLETE, {
      params: { id },
      json: { key: `meetings/${id}/uploads/${randomUUID()}` },
    });
    expect(missing.status).toBe(422);
  });
});

describe("live meetings", () => {
  it("POST …/segments, POST …/end, GET …/transcript", async () => {
    const id = await newMeeting({ title: "Live captions" });
    const params = { id };
    const SEGMENTS = `${MEETING}/segments`;
    const END = `${MEETING}/end`;
    const TRANSCRIPT_PATH = `${MEETING}/transcript`;
    expect((await api(endRoute.POST, "post", END, { params })).status).toBe(422);
    const segments = [segment(0, "Ana", "Hello everyone."), segment(1, "Bob", "Hi Ana.")];
    expect((await api(segmentsRoute.POST, "post", SEGMENTS, { params, json: { segments } })).status).toBe(
      200,
    );
    const twice = { segments: [segment(2, "Ana", "One."), segment(2, "Ana", "Two.")] };
    expect((await api(segmentsRoute.POST, "post", SEGMENTS, { params, json: twice })).status).toBe(422);
    const page = await api(transcriptRoute.GET, "get", TRANSCRIPT_PATH, { params, query: { limit: "1" } });
    expect(page.status).toBe(200);
    for (const format of ["json", "txt", "vtt", "srt", "md"]) {
      const exported = await api(transcriptRoute.GET, "get", TRANSCRIPT_PATH, { params, query: { format } });
      expect(exported.status, format).toBe(200);
    }
    const badFormat = await api(transcriptRoute.GET, "get", TRANSCRIPT_PATH, {
      params,
      query: { format: "docx" },
    });
    expect(badFormat.status).toBe(422);
    expect((await api(endRoute.POST, "post", END, { params })).status).toBe(202);
    expect((await api(segmentsRoute.POST, "post", SEGMENTS, { params, json: { segments } })).status).toBe(
      409,
    );
    expect((await api(endRoute.POST, "post", END, { params: { id: randomUUID() } })).status).toBe(404);
  });
});

describe("insights, recap email and events", () => {
  const INSIGHTS = `${MEETING}/insights`;

  it("GET …/insights: 200 once ready, 404 before", async () => {
    expect((await api(insightsRoute.GET, "get", INSIGHTS, { params: { id: ready } })).status).toBe(200);
    const fresh = await newMeeting();
    expect((await api(insightsRoute.GET, "get", INSIGHTS, { params: { id: fresh } })).status).toBe(404);
  });

  it("POST …/email: 202, 409, 413, 422", async () => {
    const EMAIL = `${MEETING}/email`;
    const params = { id: ready };
    expect((await api(emailRoute.POST, "post", EMAIL, { params, json: { to: [me.email] } })).status).toBe(
      202,
    );
    const stranger = await api(emailRoute.POST, "post", EMAIL, { params, json: { to: ["x@example.com"] } });
    expect(stranger.status).toBe(422);
    const huge = { to: [me.email], padding: "x".repeat(70 * 1024) };
    expect((await api(emailRoute.POST, "post", EMAIL, { params, json: huge })).status).toBe(413);
    const fresh = await newMeeting();
    expect((await api(emailRoute.POST, "post", EMAIL, { params: { id: fresh } })).status).toBe(409);
  });

  it("GET …/events: an event stream that ends for a ready meeting, 404", async () => {
    const EVENTS = `${MEETING}/events`;
    expect((await api(eventsRoute.GET, "get", EVENTS, { params: { id: ready } })).status).toBe(200);
    expect((await api(eventsRoute.GET, "get", EVENTS, { params: { id: randomUUID() } })).status).toBe(404);
  });

  it("POST …/insights: 202, 409", async () => {
    const fresh = await newMeeting();
    expect((await api(insightsRoute.POST, "post", INSIGHTS, { params: { id: fresh } })).status).toBe(409);
    const id = await readyMeeting(me.key, TRANSCRIPT, "Analysed again");
    const again = await api(insightsRoute.POST, "post", INSIGHTS, {
      params: { id },
      json: { template: "standup" },
    });
    expect(again.status).toBe(202);
  });
});

describe("action items", () => {
  const ITEMS = "/api/v1/action-items";
  const ITEM = "/api/v1/action-items/{id}";

  it("GET, POST /api/v1/action-items; PATCH, DELETE /api/v1/action-items/{id}", async () => {
    const created = await api(actionItemsRoute.POST, "post", ITEMS, {
      json: { meetingId: ready, text: "Send the report", owner: "Ana", dueDate: "2026-12-18", seq: 2 },
    });
    expect(created.status).toBe(201);
    expect((await api(actionItemsRoute.POST, "post", ITEMS, { json: { meetingId: ready } })).status).toBe(
      422,
    );
    expect((await api(actionItemsRoute.GET, "get", ITEMS, { query: { meetingId: ready } })).status).toBe(200);
    expect((await api(actionItemsRoute.GET, "get", ITEMS, { query: { done: "maybe" } })).status).toBe(422);
    const params = { id: created.body.id as string };
    expect((await api(actionItemRoute.PATCH, "patch", ITEM, { params, json: { done: true } })).status).toBe(
      200,
    );
    const unknown = { id: randomUUID() };
    expect(
      (await api(actionItemRoute.PATCH, "patch", ITEM, { params: unknown, json: { done: true } })).status,
    ).toBe(404);
    expect((await api(actionItemRoute.DELETE, "delete", ITEM, { params })).status).toBe(204);
    expect((await api(actionItemRoute.DELETE, "delete", ITEM, { params })).status).toBe(404);
  });

  it("POST /api/v1/actions/generate: 200, 422", async () => {
    const GENERATE = "/api/v1/actions/generate";
    expect(
      (await api(generateRoute.POST, "post", GENERATE, { json: { transcript: TRANSCRIPT } })).status,
    ).toBe(200);
    expect((await api(generateRoute.POST, "post", GENERATE, { json: { transcript: "" } })).status).toBe(422);
  });
});

describe("search and chat", () => {
  it("GET /api/v1/search: 200, 422", async () => {
    const SEARCH = "/api/v1/search";
    expect((await api(searchRoute.GET, "get", SEARCH, { query: { q: "release checklist" } })).status).toBe(
      200,
    );
    expect((await api(searchRoute.GET, "get", SEARCH, { query: { q: "" } })).status).toBe(422);
  });

  it("POST /api/v1/chat and the saved chats", async () => {
    const CHAT = "/api/v1/chat";
    const question = (text: string, extra: Json = {}) => ({
      messages: [{ id: "q1", role: "user", parts: [{ type: "text", text }] }],
      ...extra,
    });
    const answer = await api(chatRoute.POST, "post", CHAT, {
      json: question("Who sends the customer report?"),
      headers: { accept: "application/json" },
    });
    expect(answer.status, answer.text).toBe(200);
    const chatId = answer.body.chatId as string;
    const streamed = await api(chatRoute.POST, "post", CHAT, {
      json: question("What about the migration?", { chatId }),
    });
    expect(streamed.status).toBe(200);
    expect((await api(chatRoute.POST, "post", CHAT, { json: { messages: [] } })).status).toBe(422);

    expect((await api(chatsRoute.GET, "get", "/api/v1/chats")).status).toBe(200);
    expect((await api(chatsRoute.GET, "get", "/api/v1/chats", { query: { limit: "0" } })).status).toBe(422);
    const SAVED = "/api/v1/chats/{id}";
    const params = { id: chatId };
    expect((await api(savedChatRoute.GET, "get", SAVED, { params })).status).toBe(200);
    expect(
      (await api(savedChatRoute.PATCH, "patch", SAVED, { params, json: { title: "Report" } })).status,
    ).toBe(200);
    expect((await api(savedChatRoute.PATCH, "patch", SAVED, { params, json: { title: "" } })).status).toBe(
      422,
    );
    expect((await api(savedChatRoute.DELETE, "delete", SAVED, { params })).status).toBe(204);
    expect((await api(savedChatRoute.GET, "get", SAVED, { params })).status).toBe(404);
    expect((await api(savedChatRoute.DELETE, "delete", SAVED, { params })).status).toBe(404);
  });
});

describe("realtime token", () => {
  const TOKEN = "/api/v1/realtime/token";
  beforeAll(() => {
    process.env.SUPABASE_JWT_SECRET = "super-secret-jwt-token-with-at-least-32-characters";
  });
  afterAll(() => {
    delete process.env.SUPABASE_JWT_SECRET;
  });

  it("GET /api/v1/realtime/token: 200 for the browser session, 403 for a key, 401 for nobody", async () => {
    const headers = await sessionHeaders({ id: me.userId, email: me.email });
    expect((await api(tokenRoute.GET, "get", TOKEN, { anonymous: true, headers })).status).toBe(200);
    expect((await api(tokenRoute.GET, "get", TOKEN)).status).toBe(403);
    expect((await api(tokenRoute.GET, "get", TOKEN, { anonymous: true })).status).toBe(401);
  });
});

describe("webhooks", () => {
  const WEBHOOKS = "/api/v1/webhooks";
  const WEBHOOK = "/api/v1/webhooks/{id}";
  const DELIVERIES = `${WEBHOOK}/deliveries`;
  const RESEND = `${DELIVERIES}/{deliveryId}/resend`;

  it("register, list, deliveries, resend, delete", async () => {
    const json = { url: "https://93.184.216.34/minuta", events: ["meeting.ready", "action_item.created"] };
    const created = await api(webhooksRoute.POST, "post", WEBHOOKS, { json });
    expect(created.status, created.text).toBe(201);
    const insecure = { ...json, url: "http://93.184.216.34/minuta" };
    expect((await api(webhooksRoute.POST, "post", WEBHOOKS, { json: insecure })).status).toBe(422);
    expect((await api(webhooksRoute.GET, "get", WEBHOOKS)).status).toBe(200);
    const noScope = await keyWithScopes(me.userId, ["meetings:read"]);
    expect((await api(webhooksRoute.GET, "get", WEBHOOKS, { key: noScope.key })).status).toBe(403);

    const id = created.body.id as string;
    await getSql().begin((tx) => recordMeetingEvent(tx, ready, "meeting.ready"));
    const [delivery] = await getSql()<
      { id: string }[]
    >`select id from webhook_deliveries where webhook_id = ${id}`;
    const deliveryId = delivery?.id as string;
    await getSql()`insert into webhook_delivery_attempts
      (delivery_id, number, series, started_at, finished_at, outcome, response_code, error)
      values (${deliveryId}, 1, 1, now(), now(), 'failed', 500, 'HTTP 500')`;
    const listed = await api(deliveriesRoute.GET, "get", DELIVERIES, { params: { id } });
    expect(listed.status).toBe(200);
    expect(listed.body.data[0]?.attemptHistory).toHaveLength(1);
    const unknown = { id: randomUUID() };
    expect((await api(deliveriesRoute.GET, "get", DELIVERIES, { params: unknown })).status).toBe(404);

    const params = { id, deliveryId };
    expect((await api(resendRoute.POST, "post", RESEND, { params })).status).toBe(409);
    await getSql()`update webhook_deliveries set status = 'failed' where id = ${deliveryId}`;
    const resent = await api(resendRoute.POST, "post", RESEND, { params });
    expect(resent.status, resent.text).toBe(202);

    expect((await api(webhookRoute.DELETE, "delete", WEBHOOK, { params: { id } })).status).toBe(204);
    expect((await api(webhookRoute.DELETE, "delete", WEBHOOK, { params: { id } })).status).toBe(404);
  });
});

describe("the document's coverage", () => {
  it("every operation was exercised above: each documented success status, and a problem for each authenticated one", () => {
    const missing: string[] = [];
    for (const [route, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const name = `${method.toUpperCase()} ${route}`;
        const statuses = answered.get(`${method} ${route}`) ?? new Set<number>();
        if (statuses.size === 0) missing.push(`${name}: never called`);
        for (const status of Object.keys(operation.responses).filter((code) => code.startsWith("2")))
          if (!statuses.has(Number(status))) missing.push(`${name}: never answered ${status}`);
        if (operation.security.length > 0 && ![...statuses].some((status) => status >= 400))
          missing.push(`${name}: never answered a problem`);
      }
    }
    expect(missing, `exercise these in this file:\n${missing.join("\n")}`).toEqual([]);
  });

  it("the main problem statuses were all answered and matched the Problem schema", () => {
    const all = new Set([...answered.values()].flatMap((statuses) => [...statuses]));
    for (const status of [400, 401, 403, 404, 409, 413, 415, 416, 422])
      expect(all, String(status)).toContain(status);
  });
});
