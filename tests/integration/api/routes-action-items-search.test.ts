import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as unknownRoute from "@/app/api/v1/[...path]/route";
import * as actionItemRoute from "@/app/api/v1/action-items/[id]/route";
import * as actionItemsRoute from "@/app/api/v1/action-items/route";
import * as generateRoute from "@/app/api/v1/actions/generate/route";
import * as endRoute from "@/app/api/v1/meetings/[id]/end/route";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as insightsRoute from "@/app/api/v1/meetings/[id]/insights/route";
import * as mediaRoute from "@/app/api/v1/meetings/[id]/media/route";
import * as meetingRoute from "@/app/api/v1/meetings/[id]/route";
import * as segmentsRoute from "@/app/api/v1/meetings/[id]/segments/route";
import * as transcriptRoute from "@/app/api/v1/meetings/[id]/transcript/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import * as searchRoute from "@/app/api/v1/search/route";
import { problemResponse } from "@/lib/api/problem";
import { consumeRateLimit } from "@/lib/api/rate-limit";
import { AppError } from "@/lib/kernel/errors";
import { type Caller, call, makeCaller } from "@/tests/support/api";
import {
  type CallResult,
  countRows,
  createMeeting,
  errorPaths,
  expectProblem,
  liveMeeting,
  segment,
  stopServices,
} from "@/tests/support/api-fixtures";
import { byId, callsAs } from "./routes-caller";

/** Each /api/v1 route's documented statuses and bodies (DESIGN §5). */

afterAll(stopServices);

let me: Caller;
beforeAll(async () => {
  me = await makeCaller();
});

const { post, get } = callsAs(() => me);

describe("/api/v1/action-items", () => {
  // A caller of its own: the other tests' analyses add action items to `me`.
  let mine: Caller;
  let meetingA: string;
  let meetingB: string;
  const created: Record<string, { id: string }> = {};

  async function createItem(json: Record<string, unknown>) {
    return call(actionItemsRoute.POST, "POST", "/api/v1/action-items", { key: mine.key, json });
  }
  async function list(query: Record<string, string>) {
    const result = await call(actionItemsRoute.GET, "GET", "/api/v1/action-items", { key: mine.key, query });
    expect(result.status).toBe(200);
    return result.body.data.map((item: { id: string }) => item.id).sort() as string[];
  }

  beforeAll(async () => {
    mine = await makeCaller();
    meetingA = (await createMeeting(mine.key, { title: "Planning A" })).id;
    meetingB = (await createMeeting(mine.key, { title: "Planning B" })).id;
  });

  it("creates with 201 and the §5 action item", async () => {
    const result = await createItem({
      meetingId: meetingA,
      text: "Send the report",
      owner: "Ana",
      dueDate: "2031-05-16",
    });
    expect(result.status).toBe(201);
    expect(result.body).toEqual({
      id: expect.any(String),
      meetingId: meetingA,
      text: "Send the report",
      owner: "Ana",
      dueDate: "2031-05-16",
      done: false,
      seq: null,
    });
    created.anaA = result.body;
    created.bobA = (
      await createItem({ meetingId: meetingA, text: "Book the room", owner: "Bob", done: true })
    ).body;
    created.nobodyA = (await createItem({ meetingId: meetingA, text: "Decide on a venue" })).body;
    created.anaB = (await createItem({ meetingId: meetingB, text: "Review the budget", owner: "Ana" })).body;
  });

  it("filters by done=, owner= and meetingId=, alone and together", async () => {
    const ids = (...names: string[]) => names.map((name) => created[name]?.id as string).sort();
    expect(await list({ meetingId: meetingA })).toEqual(ids("anaA", "bobA", "nobodyA"));
    expect(await list({ done: "true" })).toEqual(ids("bobA"));
    expect(await list({ done: "false", meetingId: meetingA })).toEqual(ids("anaA", "nobodyA"));
    expect(await list({ owner: "Ana" })).toEqual(ids("anaA", "anaB"));
    expect(await list({ owner: "Ana", meetingId: meetingB })).toEqual(ids("anaB"));
    expect(await list({ owner: "Nobody" })).toEqual([]);
    expect(await list({ owner: "aNA" })).toEqual(ids("anaA", "anaB"));
  });

  it("reads owner= as a name, not a pattern", async () => {
    expect(await list({ owner: "%" })).toEqual([]);
    expect(await list({ owner: "A_a" })).toEqual([]);
    expect(await list({ owner: "\\" })).toEqual([]);
  });

  it("pages with a cursor without repeating or skipping items", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = { limit: "1", ...(cursor ? { cursor } : {}) };
      const page: CallResult = await call(actionItemsRoute.GET, "GET", "/api/v1/action-items", {
        key: mine.key,
        query,
      });
      seen.push(...page.body.data.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(
      Object.values(created)
        .map((item) => item.id)
        .sort(),
    );
  });

  it("answers 422 to filters of the wrong kind", async () => {
    for (const [query, path] of [
      [{ done: "yes" }, "done"],
      [{ meetingId: "meeting-a" }, "meetingId"],
      [{ limit: "-1" }, "limit"],
    ] as const) {
      const result = await call(actionItemsRoute.GET, "GET", "/api/v1/action-items", {
        key: mine.key,
        query,
      });
      expectProblem(result, 422);
      expect(errorPaths(result)).toEqual([path]);
    }
  });

  it("updates with 200 and deletes with 204; the deleted item is then 404", async () => {
    const id = created.nobodyA?.id as string;
    const patched = await call(actionItemRoute.PATCH, "PATCH", `/api/v1/action-items/${id}`, {
      key: mine.key,
      ...byId(id),
      json: { done: true, owner: "Carla", dueDate: null },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id, done: true, owner: "Carla", dueDate: null });

    const deleted = await call(actionItemRoute.DELETE, "DELETE", `/api/v1/action-items/${id}`, {
      key: mine.key,
      ...byId(id),
    });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    const patchAgain = await call(actionItemRoute.PATCH, "PATCH", `/api/v1/action-items/${id}`, {
      key: mine.key,
      ...byId(id),
      json: { done: false },
    });
    expectProblem(patchAgain, 404);
    expectProblem(
      await call(actionItemRoute.DELETE, "DELETE", `/api/v1/action-items/${id}`, {
        key: mine.key,
        ...byId(id),
      }),
      404,
    );
  });

  it("answers 422 with field paths to bad fields and writes nothing", async () => {
    const before = await countRows("select 1 from action_items where meeting_id = $1", meetingA);
    for (const [json, paths] of [
      [{ meetingId: meetingA, text: "x", dueDate: "next Friday" }, ["dueDate"]],
      [{ meetingId: meetingA, text: "", done: "yes" }, ["done", "text"]],
      [{ meetingId: "A", text: "x" }, ["meetingId"]],
      [{ text: "x", owner: 5 }, ["meetingId", "owner"]],
    ] as const) {
      const result = await createItem(json);
      expectProblem(result, 422);
      expect(errorPaths(result).sort()).toEqual([...paths]);
    }
    const id = created.anaA?.id as string;
    const emptyPatch = await call(actionItemRoute.PATCH, "PATCH", `/api/v1/action-items/${id}`, {
      key: mine.key,
      ...byId(id),
      json: {},
    });
    expectProblem(emptyPatch, 422);
    expect(await countRows("select 1 from action_items where meeting_id = $1", meetingA)).toBe(before);
  });

  it("answers 404 to an item for a meeting that doesn't exist", async () => {
    expectProblem(await createItem({ meetingId: randomUUID(), text: "Orphan" }), 404);
  });
});

describe("POST /api/v1/actions/generate", () => {
  it("returns action items with owner and due date from 'Speaker: text' lines, and stores nothing", async () => {
    const before = await countRows("select 1 from action_items");
    const result = await post(generateRoute.POST, "/api/v1/actions/generate", {
      json: {
        transcript: [
          "Ana: Thanks for joining, everyone.",
          "Ana: I'll send the report by Friday.",
          "Bob: Sounds good. The numbers look healthy this quarter.",
        ].join("\n"),
        language: "en",
      },
    });
    expect(result.status).toBe(200);
    const item = result.body.actionItems.find(
      (candidate: { owner: string | null }) => candidate.owner === "Ana",
    );
    expect(item).toMatchObject({ text: expect.stringMatching(/report/i), owner: "Ana", seq: 1 });
    expect(new Date(`${item.dueDate}T12:00:00Z`).getUTCDay()).toBe(5);
    expect(await countRows("select 1 from action_items")).toBe(before);
  });

  it.each([
    ["an empty transcript", { transcript: "" }],
    ["a transcript of blank lines", { transcript: "  \n\n \t\n" }],
    ["a transcript that isn't text", { transcript: 42 }],
    ["no transcript", { language: "en" }],
    ["an unknown language", { transcript: "Ana: hello", language: "fr" }],
  ])("answers 422 to %s", async (_what, json) => {
    const result = await post(generateRoute.POST, "/api/v1/actions/generate", { json });
    expectProblem(result, 422);
    expect(result.body.errors?.length).toBeGreaterThan(0);
  });

  it("answers 413 to a body over 2 MB", async () => {
    const transcript = "Ana: I'll send it.\n".repeat(120_000);
    expectProblem(await post(generateRoute.POST, "/api/v1/actions/generate", { json: { transcript } }), 413);
  });
});

describe("GET /api/v1/search", () => {
  it("answers 200 with hits in the §5 shape", async () => {
    const id = await liveMeeting(
      me.key,
      [segment(0, "Ana", "The fjordmaple rollout starts Monday.")],
      "Rollout",
    );
    const result = await get(searchRoute.GET, "/api/v1/search", { query: { q: "fjordmaple" } });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      data: [
        {
          meetingId: id,
          title: "Rollout",
          seq: 0,
          startMs: 0,
          speaker: "Ana",
          snippet: "The fjordmaple rollout starts Monday.",
          ranges: [[4, 14]],
        },
      ],
      nextCursor: null,
    });
  });

  it("answers 422 with errors[].path `q` without a query", async () => {
    const result = await get(searchRoute.GET, "/api/v1/search");
    expectProblem(result, 422);
    expect(errorPaths(result)).toEqual(["q"]);
  });
});

describe("CORS", () => {
  const ORIGIN = "https://extension.example";
  const saved = process.env.CORS_ORIGINS;
  beforeAll(() => {
    process.env.CORS_ORIGINS = `https://other.example, ${ORIGIN}`;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.CORS_ORIGINS;
    else process.env.CORS_ORIGINS = saved;
  });

  it("lets a listed origin read answers, errors included", async () => {
    const ok = await get(meetingsRoute.GET, "/api/v1/meetings", { headers: { origin: ORIGIN } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(ok.headers.get("access-control-expose-headers")).toContain("x-request-id");
    const refused = await call(meetingsRoute.GET, "GET", "/api/v1/meetings", {
      key: "mk_nope",
      headers: { origin: ORIGIN },
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("access-control-allow-origin")).toBe(ORIGIN);
  });

  it("gives an origin that isn't listed no CORS headers", async () => {
    const result = await get(meetingsRoute.GET, "/api/v1/meetings", {
      headers: { origin: "https://evil.example" },
    });
    expect(result.status).toBe(200);
    expect(result.headers.get("access-control-allow-origin")).toBeNull();
  });

  const modules: [string, { OPTIONS: (request: Request) => Promise<Response> }][] = [
    ["/api/v1/meetings", meetingsRoute],
    ["/api/v1/meetings/{id}", meetingRoute],
    ["/api/v1/meetings/{id}/files", filesRoute],
    ["/api/v1/meetings/{id}/media", mediaRoute],
    ["/api/v1/meetings/{id}/segments", segmentsRoute],
    ["/api/v1/meetings/{id}/end", endRoute],
    ["/api/v1/meetings/{id}/transcript", transcriptRoute],
    ["/api/v1/meetings/{id}/insights", insightsRoute],
    ["/api/v1/action-items", actionItemsRoute],
    ["/api/v1/action-items/{id}", actionItemRoute],
    ["/api/v1/actions/generate", generateRoute],
    ["/api/v1/search", searchRoute],
  ];

  it.each(modules)(
    "answers the preflight for %s with 204 and the allowed methods and headers",
    async (path, module) => {
      const preflight = (origin: string) =>
        module.OPTIONS(
          new Request(`http://localhost${path}`, {
            method: "OPTIONS",
            headers: {
              origin,
              "access-control-request-method": "POST",
              "access-control-request-headers": "authorization, content-type, idempotency-key",
            },
          }),
        );
      const allowed = await preflight(ORIGIN);
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get("access-control-allow-origin")).toBe(ORIGIN);
      expect(allowed.headers.get("access-control-allow-methods")).toMatch(/POST/);
      const headers = allowed.headers.get("access-control-allow-headers") ?? "";
      for (const header of ["authorization", "content-type", "idempotency-key"])
        expect(headers).toContain(header);
      expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();

      const other = await preflight("https://evil.example");
      expect(other.status).toBe(204);
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
      expect(other.headers.get("access-control-allow-methods")).toBeNull();
    },
  );
});

describe("rate limit", () => {
  it("refuses a key past its budget with rate_limited and a Retry-After of at least a second", async () => {
    const limit = Number(process.env.RATE_LIMIT_PER_MINUTE ?? 600);
    const key = `tests:${randomUUID()}`;
    let allowed = 0;
    let refusal: unknown;
    while (allowed <= limit + 1) {
      try {
        await consumeRateLimit([key]);
        allowed++;
      } catch (error) {
        refusal = error;
        break;
      }
    }
    expect(allowed).toBe(limit);
    expect(refusal).toBeInstanceOf(AppError);
    const error = refusal as AppError;
    expect(error.code).toBe("rate_limited");
    expect(error.status).toBe(429);
    expect(error.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // Another key keeps its own budget.
    await expect(consumeRateLimit([`tests:${randomUUID()}`])).resolves.toBeUndefined();
  });

  it("answers 429 problem+json with Retry-After", async () => {
    const response = problemResponse(
      new AppError("rate_limited", "More than 600 requests a minute; slow down.", { retryAfterSeconds: 17 }),
      "req-1",
    );
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("17");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({
      status: 429,
      title: "Too many requests",
      requestId: "req-1",
    });
  });
});

describe("a path API v1 doesn't have", () => {
  it.each([
    ["GET", unknownRoute.GET],
    ["POST", unknownRoute.POST],
    ["DELETE", unknownRoute.DELETE],
  ] as const)("answers %s with a 404 problem", async (method, handler) => {
    const result = await call(handler, method, "/api/v1/meeting");
    expect(result.status).toBe(404);
    expect(result.headers.get("content-type")).toContain("application/problem+json");
    expect(result.body).toMatchObject({ status: 404, title: "Not found", requestId: expect.any(String) });
    expect(result.body.detail).toContain("/api/v1/meeting");
  });
});
