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
import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { ABANDONED_AFTER_SECONDS } from "@/lib/kernel/idempotency";
import { analyzeMeeting } from "@/lib/orchestration/analyze-meeting";
import { type Caller, call, fileForm, makeCaller } from "@/tests/support/api";
import {
  appendSegments,
  type CallResult,
  countRows,
  createMeeting,
  errorPaths,
  expectProblem,
  type Handler,
  keyWithScopes,
  liveMeeting,
  meetingRow,
  recordingMeeting,
  type Segment,
  segment,
  stopServices,
  storedSegments,
  transcriptMeeting,
  wavBytes,
} from "@/tests/support/api-fixtures";

/** Each /api/v1 route's documented statuses and bodies (DESIGN §5). */

afterAll(stopServices);

let me: Caller;
beforeAll(async () => {
  me = await makeCaller();
});

const STANDUP: Segment[] = [
  segment(0, "Ana", "Good morning. Let's go through the release checklist."),
  segment(1, "Bob", "The migration ran fine on staging last night."),
  segment(2, "Ana", "Great. I'll send the customer report by Friday."),
  segment(5, "Carla", "Señales claras: the Spanish locale still needs review."),
  segment(7, "Bob", "I will review the locale files tomorrow. 🎉"),
];

function post(handler: Handler, path: string, options: Parameters<typeof call>[3] = {}) {
  return call(handler, "POST", path, { key: me.key, ...options });
}
function get(handler: Handler, path: string, options: Parameters<typeof call>[3] = {}) {
  return call(handler, "GET", path, { key: me.key, ...options });
}
function byId(id: string) {
  return { params: { id } };
}
async function myMeetingCount() {
  return countRows("select 1 from meetings where owner_id = $1", me.userId);
}

describe("POST /api/v1/meetings", () => {
  it("creates a meeting: 201 with the §5 meeting object", async () => {
    const created = await post(meetingsRoute.POST, "/api/v1/meetings", {
      json: {
        title: "Design review",
        language: "en",
        participants: [{ name: "Ana", email: "ana@example.com" }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: "Design review",
      status: "created",
      source: "api",
      language: "en",
      participants: [{ name: "Ana", email: "ana@example.com" }],
      startedAt: null,
      endedAt: null,
      durationMs: null,
      createdAt: expect.any(String),
    });
    expect(new Date(created.body.createdAt).toISOString()).toBe(created.body.createdAt);
  });

  it("answers 422 with field paths to wrong types and writes nothing", async () => {
    const before = await myMeetingCount();
    const result = await post(meetingsRoute.POST, "/api/v1/meetings", {
      json: { title: 42, language: "fr", participants: [{ name: ["Ana"] }] },
    });
    expectProblem(result, 422);
    expect(errorPaths(result).sort()).toEqual(["language", "participants.0.name", "title"]);
    expect(await myMeetingCount()).toBe(before);
  });

  it("answers 422 to an array where the object belongs", async () => {
    const result = await post(meetingsRoute.POST, "/api/v1/meetings", { json: [{ title: "x" }] });
    expectProblem(result, 422);
  });

  it("answers 413 to a JSON body over 1 MB and writes nothing", async () => {
    const before = await myMeetingCount();
    const result = await post(meetingsRoute.POST, "/api/v1/meetings", {
      json: { title: "Too big", participants: [{ name: "x".repeat(1_100_000) }] },
    });
    expectProblem(result, 413);
    expect(await myMeetingCount()).toBe(before);
  });

  describe("Idempotency-Key", () => {
    it("replays the first response to the same key and body, and creates one meeting", async () => {
      const key = randomUUID();
      const title = `Idempotent ${key}`;
      const send = () =>
        post(meetingsRoute.POST, "/api/v1/meetings", {
          json: { title },
          headers: { "idempotency-key": key },
        });
      const first = await send();
      const second = await send();
      expect(first.status).toBe(201);
      expect(first.headers.get("idempotent-replayed")).toBeNull();
      expect(second.status).toBe(201);
      expect(second.headers.get("idempotent-replayed")).toBe("true");
      expect(second.body).toEqual(first.body);
      expect(await countRows("select 1 from meetings where title = $1", title)).toBe(1);
    });

    it("answers 422 to the same key with a different body and creates nothing more", async () => {
      const key = randomUUID();
      const first = await post(meetingsRoute.POST, "/api/v1/meetings", {
        json: { title: "First body" },
        headers: { "idempotency-key": key },
      });
      expect(first.status).toBe(201);
      const before = await myMeetingCount();
      const second = await post(meetingsRoute.POST, "/api/v1/meetings", {
        json: { title: "Second body" },
        headers: { "idempotency-key": key },
      });
      expectProblem(second, 422);
      expect(await myMeetingCount()).toBe(before);
    });

    it("still replays the first response after a request with a different body reused the key", async () => {
      const key = randomUUID();
      const json = { title: `Kept ${key}` };
      const first = await post(meetingsRoute.POST, "/api/v1/meetings", {
        json,
        headers: { "idempotency-key": key },
      });
      expect(first.status).toBe(201);
      const mismatch = await post(meetingsRoute.POST, "/api/v1/meetings", {
        json: { title: "Something else" },
        headers: { "idempotency-key": key },
      });
      expectProblem(mismatch, 422);
      const replay = await post(meetingsRoute.POST, "/api/v1/meetings", {
        json,
        headers: { "idempotency-key": key },
      });
      expect(replay.status, replay.text).toBe(201);
      expect(replay.body).toEqual(first.body);
      expect(await countRows("select 1 from meetings where title = $1", json.title)).toBe(1);
    });

    it("lets a retry through when the first request's process died before answering", async () => {
      const key = randomUUID();
      const json = { title: `Orphaned claim ${key}` };
      // What a crash mid-request leaves: a claim never settled, older than the slowest request can run.
      const age = `${ABANDONED_AFTER_SECONDS + 60} seconds`;
      await getSql()`insert into idempotency_keys (user_id, caller, key, request_hash, created_at)
        values (${me.userId}, ${`key:${me.keyId}`}, ${key}, 'from-a-dead-process', now() - ${age}::interval)`;
      const retry = await post(meetingsRoute.POST, "/api/v1/meetings", {
        json,
        headers: { "idempotency-key": key },
      });
      expect(retry.status, retry.text).toBe(201);
      expect(await countRows("select 1 from meetings where title = $1", json.title)).toBe(1);
    });

    it("never replays one caller's response to another caller using the same key", async () => {
      const other = await makeCaller();
      const key = randomUUID();
      const json = { title: "Same key, two callers" };
      const mine = await post(meetingsRoute.POST, "/api/v1/meetings", {
        json,
        headers: { "idempotency-key": key },
      });
      const theirs = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
        key: other.key,
        json,
        headers: { "idempotency-key": key },
      });
      expect(theirs.status).toBe(201);
      expect(theirs.headers.get("idempotent-replayed")).toBeNull();
      expect(theirs.body.id).not.toBe(mine.body.id);
      expect((await meetingRow(theirs.body.id))?.owner_id).toBe(other.userId);
    });

    it("keeps each API key's keys apart: the same key from two keys of one user makes two meetings", async () => {
      const second = await keyWithScopes(me.userId);
      const key = randomUUID();
      const json = { title: `Two keys, one user ${key}` };
      const send = (apiKey: string) =>
        call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
          key: apiKey,
          json,
          headers: { "idempotency-key": key },
        });
      const first = await send(me.key);
      const other = await send(second.key);
      expect(first.status, first.text).toBe(201);
      expect(other.status, other.text).toBe(201);
      expect(other.headers.get("idempotent-replayed")).toBeNull();
      expect(other.body.id).not.toBe(first.body.id);
      // Each key still replays its own first answer.
      const replay = await send(second.key);
      expect(replay.headers.get("idempotent-replayed")).toBe("true");
      expect(replay.body.id).toBe(other.body.id);
      expect(await countRows("select 1 from meetings where title = $1", json.title)).toBe(2);
    });
  });
});

describe("GET /api/v1/meetings", () => {
  it("filters by status and full text", async () => {
    const live = await liveMeeting(
      me.key,
      [segment(0, "Ana", "The quokkafeld budget is approved.")],
      "Budget",
    );
    const created = await createMeeting(me.key, { title: "Empty" });
    const byStatus = await get(meetingsRoute.GET, "/api/v1/meetings", { query: { status: "live" } });
    expect(byStatus.status).toBe(200);
    const statuses = byStatus.body.data.map((m: { status: string }) => m.status);
    expect(new Set(statuses)).toEqual(new Set(["live"]));
    expect(byStatus.body.data.map((m: { id: string }) => m.id)).not.toContain(created.id);
    const byText = await get(meetingsRoute.GET, "/api/v1/meetings", { query: { q: "quokkafeld" } });
    expect(byText.body.data.map((m: { id: string }) => m.id)).toEqual([live]);
  });

  it("answers 422 to an unknown status, a limit out of range and a date that isn't one", async () => {
    for (const [query, path] of [
      [{ status: "archived" }, "status"],
      [{ limit: "0" }, "limit"],
      [{ limit: "1001" }, "limit"],
      [{ limit: "ten" }, "limit"],
      [{ from: "yesterday" }, "from"],
    ] as const) {
      const result = await get(meetingsRoute.GET, "/api/v1/meetings", { query });
      expectProblem(result, 422);
      expect(errorPaths(result)).toContain(path);
    }
  });
});

describe("GET, PATCH and DELETE /api/v1/meetings/{id}", () => {
  it("updates title, participants and language and answers 200 with the meeting", async () => {
    const { id } = await createMeeting(me.key, { title: "Draft" });
    const result = await call(meetingRoute.PATCH, "PATCH", `/api/v1/meetings/${id}`, {
      key: me.key,
      ...byId(id),
      json: { title: "Final", language: "es", participants: [{ name: "Lucía" }] },
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      id,
      title: "Final",
      language: "es",
      participants: [{ name: "Lucía" }],
    });
    expect((await get(meetingRoute.GET, `/api/v1/meetings/${id}`, byId(id))).body.title).toBe("Final");
  });

  it("answers 422 to a PATCH with nothing to change or with wrong types, and changes nothing", async () => {
    const { id } = await createMeeting(me.key, { title: "Unchanged" });
    for (const json of [
      {},
      { title: 7 },
      { participants: "Ana" },
      { speakers: ["Ana"] },
      { speakers: { "Speaker\u00001": "Ana" } },
      { language: null },
    ]) {
      const result = await call(meetingRoute.PATCH, "PATCH", `/api/v1/meetings/${id}`, {
        key: me.key,
        ...byId(id),
        json,
      });
      expectProblem(result, 422);
    }
    expect((await meetingRow(id))?.title).toBe("Unchanged");
  });

  it("deletes with 204 and an empty body; the meeting is then 404 everywhere", async () => {
    const id = await liveMeeting(me.key, [segment(0, "Ana", "Short-lived meeting.")]);
    const deleted = await call(meetingRoute.DELETE, "DELETE", `/api/v1/meetings/${id}`, {
      key: me.key,
      ...byId(id),
    });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    expect(await meetingRow(id)).toBeNull();
    expect(await storedSegments(id)).toEqual([]);
    expectProblem(await get(meetingRoute.GET, `/api/v1/meetings/${id}`, byId(id)), 404);
    expectProblem(
      await call(meetingRoute.DELETE, "DELETE", `/api/v1/meetings/${id}`, { key: me.key, ...byId(id) }),
      404,
    );
  });

  it("answers 404 to a well-formed id that doesn't exist", async () => {
    const id = randomUUID();
    expectProblem(await get(meetingRoute.GET, `/api/v1/meetings/${id}`, byId(id)), 404);
  });
});

describe("invalid input shared by every route", () => {
  const idRoutes: [string, Handler, string][] = [
    ["GET /meetings/{id}", meetingRoute.GET, "GET"],
    ["PATCH /meetings/{id}", meetingRoute.PATCH, "PATCH"],
    ["DELETE /meetings/{id}", meetingRoute.DELETE, "DELETE"],
    ["POST /meetings/{id}/files", filesRoute.POST, "POST"],
    ["GET /meetings/{id}/media", mediaRoute.GET, "GET"],
    ["POST /meetings/{id}/segments", segmentsRoute.POST, "POST"],
    ["POST /meetings/{id}/end", endRoute.POST, "POST"],
    ["GET /meetings/{id}/transcript", transcriptRoute.GET, "GET"],
    ["GET /meetings/{id}/insights", insightsRoute.GET, "GET"],
    ["POST /meetings/{id}/insights", insightsRoute.POST, "POST"],
    ["PATCH /action-items/{id}", actionItemRoute.PATCH, "PATCH"],
    ["DELETE /action-items/{id}", actionItemRoute.DELETE, "DELETE"],
  ];

  it.each(idRoutes)(
    "%s answers 422 with errors[].path `id` to an id that isn't a UUID",
    async (_name, handler, method) => {
      for (const id of ["42", "not-a-uuid", "'; drop table meetings; --", `${randomUUID()}x`]) {
        const result = await call(handler, method, `/api/v1/x/${encodeURIComponent(id)}`, {
          key: me.key,
          params: { id },
          json: method === "GET" || method === "DELETE" ? undefined : { title: "x" },
        });
        expectProblem(result, 422);
        expect(errorPaths(result)).toEqual(["id"]);
      }
    },
  );

  const jsonRoutes: [string, Handler, string, boolean][] = [
    ["POST /meetings", meetingsRoute.POST, "POST", false],
    ["PATCH /meetings/{id}", meetingRoute.PATCH, "PATCH", true],
    ["POST /meetings/{id}/segments", segmentsRoute.POST, "POST", true],
    ["POST /meetings/{id}/insights", insightsRoute.POST, "POST", true],
    ["POST /action-items", actionItemsRoute.POST, "POST", false],
    ["PATCH /action-items/{id}", actionItemRoute.PATCH, "PATCH", true],
    ["POST /actions/generate", generateRoute.POST, "POST", false],
  ];

  it.each(jsonRoutes)("%s answers 400 to a body that isn't JSON", async (_name, handler, method, hasId) => {
    for (const rawBody of ['{"title": "unterminated', "title=Planning", "{'single': 'quotes'}"]) {
      const result = await call(handler, method, "/api/v1/x", {
        key: me.key,
        params: hasId ? { id: randomUUID() } : {},
        rawBody,
        headers: { "content-type": "application/json" },
      });
      expectProblem(result, 400);
    }
  });

  const pagedRoutes: [string, Handler, Record<string, string>, boolean][] = [
    ["GET /meetings", meetingsRoute.GET, {}, false],
    ["GET /meetings/{id}/transcript", transcriptRoute.GET, {}, true],
    ["GET /action-items", actionItemsRoute.GET, {}, false],
    ["GET /search", searchRoute.GET, { q: "budget" }, false],
  ];

  it.each(pagedRoutes)(
    "%s answers 422 with errors[].path `cursor` to a cursor it never issued",
    async (_name, handler, query, hasId) => {
      const meetingId = hasId ? await liveMeeting(me.key, [segment(0, "Ana", "Cursor test.")]) : undefined;
      const forged = Buffer.from(JSON.stringify({ admin: true })).toString("base64url");
      for (const cursor of ["garbage", "%%%", forged, "e30"]) {
        const result = await get(handler, "/api/v1/x", {
          params: meetingId ? { id: meetingId } : {},
          query: { ...query, cursor },
        });
        expectProblem(result, 422);
        expect(errorPaths(result)).toEqual(["cursor"]);
      }
    },
  );
});

describe("POST /api/v1/meetings/{id}/segments", () => {
  it("answers 200 { accepted, duplicates }; a re-sent seq is a duplicate and the first write wins", async () => {
    const { id } = await createMeeting(me.key, { title: "Captions" });
    const first = await appendSegments(me.key, id, STANDUP.slice(0, 3));
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ accepted: 3, duplicates: 0 });
    const retry = await appendSegments(me.key, id, [
      { ...STANDUP[2], text: "A rewritten line that must not replace the first." },
      ...STANDUP.slice(3),
    ]);
    expect(retry.body).toEqual({ accepted: 2, duplicates: 1 });
    expect(await storedSegments(id)).toEqual(STANDUP);
    expect(await meetingRow(id)).toMatchObject({ status: "live" });
  });

  const refusals: [string, unknown, string][] = [
    [
      "the same seq twice in one batch",
      [segment(3, "Ana", "One."), segment(3, "Bob", "Two.")],
      "segments.1.seq",
    ],
    ["endMs before startMs", [segment(0, "Ana", "Backwards.", 5000, 4000)], "segments.0.endMs"],
    ["a negative startMs", [segment(0, "Ana", "Before time.", -1, 100)], "segments.0.startMs"],
    ["a negative endMs", [segment(0, "Ana", "Before time.", 0, -5)], "segments.0.endMs"],
    ["a negative seq", [segment(-1, "Ana", "Minus one.")], "segments.0.seq"],
    ["a fractional seq", [segment(1.5, "Ana", "One and a half.")], "segments.0.seq"],
    ["a seq sent as a string", [{ ...segment(0, "Ana", "Quoted."), seq: "0" }], "segments.0.seq"],
    ["empty text", [segment(0, "Ana", "")], "segments.0.text"],
    ["text of spaces only", [segment(0, "Ana", "   \t ")], "segments.0.text"],
    ["a missing text", [{ seq: 0, speaker: "Ana", startMs: 0, endMs: 10 }], "segments.0.text"],
    ["no segments", [], "segments"],
    ["1001 segments", Array.from({ length: 1001 }, (_, i) => segment(i, "Ana", `Line ${i}.`)), "segments"],
    ["segments that aren't a list", { 0: segment(0, "Ana", "Object.") }, "segments"],
    [
      "one bad segment among good ones",
      [segment(0, "Ana", "Fine."), segment(1, "Bob", "Fine too."), segment(2, "Ana", "", 0, 1)],
      "segments.2.text",
    ],
  ];

  it.each(refusals)("refuses %s with 422 and writes nothing", async (_what, segments, path) => {
    const { id } = await createMeeting(me.key, { title: "Refusals" });
    const result = await appendSegments(me.key, id, segments);
    expectProblem(result, 422);
    expect(errorPaths(result)).toContain(path);
    expect(await storedSegments(id)).toEqual([]);
    expect(await meetingRow(id)).toMatchObject({ status: "created" });
  });

  it("accepts exactly 1000 segments in one batch", async () => {
    const { id } = await createMeeting(me.key, { title: "Big batch" });
    const batch = Array.from({ length: 1000 }, (_, i) =>
      segment(i, i % 2 ? "Bob" : "Ana", `Line number ${i}.`),
    );
    const result = await appendSegments(me.key, id, batch);
    expect(result.body).toEqual({ accepted: 1000, duplicates: 0 });
  });

  it("refuses a bad batch on a live meeting without touching what it holds", async () => {
    const id = await liveMeeting(me.key, STANDUP.slice(0, 2));
    const result = await appendSegments(me.key, id, [segment(9, "Ana", "New."), segment(9, "Ana", "Again.")]);
    expectProblem(result, 422);
    expect(await storedSegments(id)).toEqual(STANDUP.slice(0, 2));
  });

  it("answers 409 to segments for an ended meeting and writes nothing", async () => {
    const id = await liveMeeting(me.key, STANDUP.slice(0, 2));
    expect((await post(endRoute.POST, `/api/v1/meetings/${id}/end`, byId(id))).status).toBe(202);
    const result = await appendSegments(me.key, id, [segment(10, "Ana", "Too late.")]);
    expectProblem(result, 409);
    expect(await storedSegments(id)).toEqual(STANDUP.slice(0, 2));
  });
});

describe("POST /api/v1/meetings/{id}/end", () => {
  it("answers 422 to a meeting with no segments and leaves it as it was", async () => {
    const { id } = await createMeeting(me.key, { title: "Nothing said" });
    expectProblem(await post(endRoute.POST, `/api/v1/meetings/${id}/end`, byId(id)), 422);
    expect(await meetingRow(id)).toMatchObject({ status: "created", ended_at: null });
  });

  it("answers 202 with the meeting, now analysing, and 202 with its current status when called again", async () => {
    const id = await liveMeeting(me.key, STANDUP);
    const ended = await post(endRoute.POST, `/api/v1/meetings/${id}/end`, byId(id));
    expect(ended.status).toBe(202);
    expect(ended.body).toMatchObject({ id, status: "analyzing", durationMs: 7 * 4000 + 3500 });
    expect(ended.body.endedAt).toEqual(expect.any(String));

    const again = await post(endRoute.POST, `/api/v1/meetings/${id}/end`, byId(id));
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ id, status: "analyzing", endedAt: ended.body.endedAt });

    expect(await analyzeMeeting(id)).toBe("ready");
    const afterReady = await post(endRoute.POST, `/api/v1/meetings/${id}/end`, byId(id));
    expect(afterReady.status).toBe(202);
    expect(afterReady.body).toMatchObject({ status: "ready", endedAt: ended.body.endedAt });
  });
});

describe("GET and POST /api/v1/meetings/{id}/insights", () => {
  let meetingId: string;

  beforeAll(async () => {
    meetingId = await liveMeeting(me.key, STANDUP, "Release stand-up");
  });

  it("answers 404 while the meeting is live and while it is being analysed", async () => {
    expectProblem(
      await get(insightsRoute.GET, `/api/v1/meetings/${meetingId}/insights`, byId(meetingId)),
      404,
    );
    expect((await post(endRoute.POST, `/api/v1/meetings/${meetingId}/end`, byId(meetingId))).status).toBe(
      202,
    );
    expectProblem(
      await get(insightsRoute.GET, `/api/v1/meetings/${meetingId}/insights`, byId(meetingId)),
      404,
    );
  });

  it("answers 200 with the §5 insights once ready", async () => {
    expect(await analyzeMeeting(meetingId)).toBe("ready");
    const result = await get(insightsRoute.GET, `/api/v1/meetings/${meetingId}/insights`, byId(meetingId));
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      summary: expect.any(String),
      keyPoints: expect.any(Array),
      decisions: expect.any(Array),
      questions: expect.any(Array),
      actionItems: expect.any(Array),
      keywords: expect.any(Array),
      watchlistHits: expect.any(Array),
      talkTime: expect.any(Array),
      engine: "local",
      template: "default",
    });
    for (const keyword of result.body.keywords) {
      expect(keyword).toEqual({
        term: expect.any(String),
        count: expect.any(Number),
        seqs: expect.any(Array),
      });
    }
    expect(result.body.talkTime.map((entry: { speaker: string }) => entry.speaker).sort()).toEqual([
      "Ana",
      "Bob",
      "Carla",
    ]);
    const report = result.body.actionItems.find((item: { owner: string | null }) => item.owner === "Ana");
    expect(report).toEqual({
      id: expect.any(String),
      meetingId,
      text: expect.stringMatching(/report/i),
      owner: "Ana",
      dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      done: false,
      seq: 2,
    });
  });

  it("answers 202 to a re-analysis with another template, and 422 to a template that doesn't exist", async () => {
    const invalid = await post(insightsRoute.POST, `/api/v1/meetings/${meetingId}/insights`, {
      ...byId(meetingId),
      json: { template: "haiku" },
    });
    expectProblem(invalid, 422);
    expect(errorPaths(invalid)).toEqual(["template"]);

    const result = await post(insightsRoute.POST, `/api/v1/meetings/${meetingId}/insights`, {
      ...byId(meetingId),
      json: { template: "standup" },
    });
    expect(result.status).toBe(202);
    expect(result.body).toMatchObject({ id: meetingId, status: "analyzing" });
    expect(await analyzeMeeting(meetingId)).toBe("ready");
    const insights = await get(insightsRoute.GET, `/api/v1/meetings/${meetingId}/insights`, byId(meetingId));
    expect(insights.body.template).toBe("standup");
  });

  it("answers 202 to a re-analysis without a body", async () => {
    const result = await post(insightsRoute.POST, `/api/v1/meetings/${meetingId}/insights`, byId(meetingId));
    expect(result.status).toBe(202);
  });

  it("answers 409 to a re-analysis of a meeting that has nothing to analyse yet", async () => {
    const { id } = await createMeeting(me.key, { title: "Not started" });
    expectProblem(await post(insightsRoute.POST, `/api/v1/meetings/${id}/insights`, byId(id)), 409);
    expect(await meetingRow(id)).toMatchObject({ status: "created" });
  });
});

describe("GET /api/v1/meetings/{id}/transcript", () => {
  let meetingId: string;

  beforeAll(async () => {
    meetingId = await liveMeeting(me.key, STANDUP, "Release stand-up");
  });

  it("pages the segments in seq order with a cursor", async () => {
    const seen: Segment[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string> = { limit: "2", ...(cursor ? { cursor } : {}) };
      const page: CallResult = await get(transcriptRoute.GET, "/api/v1/x", { ...byId(meetingId), query });
      expect(page.status).toBe(200);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data);
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(STANDUP);
  });

  it("answers 422 to a format it doesn't export", async () => {
    const result = await get(transcriptRoute.GET, "/api/v1/x", {
      ...byId(meetingId),
      query: { format: "pdf" },
    });
    expectProblem(result, 422);
    expect(errorPaths(result)).toEqual(["format"]);
  });

  const formats: [string, string, (text: string) => void][] = [
    [
      "json",
      "application/json",
      (text) => {
        const document = JSON.parse(text);
        expect(document.version).toBe(1);
        expect(document.meeting).toMatchObject({ id: meetingId, title: "Release stand-up" });
        expect(document.segments).toEqual(STANDUP);
      },
    ],
    [
      "txt",
      "text/plain",
      (text) => expect(text).toContain("[00:00:08] Ana: Great. I'll send the customer report by Friday."),
    ],
    [
      "vtt",
      "text/vtt",
      (text) => {
        expect(text.startsWith("WEBVTT")).toBe(true);
        expect(text).toContain("00:00:20.000 --> 00:00:23.500");
      },
    ],
    ["srt", "application/x-subrip", (text) => expect(text).toContain("00:00:28,000 --> 00:00:31,500")],
    [
      "md",
      "text/markdown",
      (text) => {
        expect(text.startsWith("# Release stand-up")).toBe(true);
        expect(text).toContain("**Carla**");
      },
    ],
  ];

  it.each(formats)("exports ?format=%s as %s with every segment", async (format, type, check) => {
    const result = await get(transcriptRoute.GET, "/api/v1/x", { ...byId(meetingId), query: { format } });
    expect(result.status).toBe(200);
    expect(result.headers.get("content-type")?.split(";")[0]).toBe(type);
    expect(result.headers.get("content-disposition")).toContain(`release-stand-up.${format}`);
    check(result.text);
  });

  it("re-imports its JSON export into a new meeting with identical segments", async () => {
    const exported = await get(transcriptRoute.GET, "/api/v1/x", {
      ...byId(meetingId),
      query: { format: "json" },
    });
    const { id } = await createMeeting(me.key, { title: "Re-imported" });
    const uploaded = await call(filesRoute.POST, "POST", `/api/v1/meetings/${id}/files`, {
      key: me.key,
      ...byId(id),
      rawBody: fileForm(exported.text, "release-stand-up.json", "application/json"),
    });
    expect(uploaded.status, uploaded.text).toBe(201);
    const reimported = await get(transcriptRoute.GET, "/api/v1/x", { ...byId(id), query: { limit: "1000" } });
    expect(reimported.body.data).toEqual(STANDUP);
  });
});

async function getMedia(meetingId: string, range?: string) {
  const headers = new Headers({ authorization: `Bearer ${me.key}` });
  if (range) headers.set("range", range);
  const response = await mediaRoute.GET(
    new Request(`http://localhost/api/v1/meetings/${meetingId}/media`, { headers }),
    {
      params: Promise.resolve({ id: meetingId }),
    },
  );
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

describe("GET /api/v1/meetings/{id}/media", () => {
  const wav = wavBytes(16_000);
  let recordingId: string;

  beforeAll(async () => {
    recordingId = await recordingMeeting(me.key, wav);
  });

  it("answers 404 to a meeting without a recording", async () => {
    const id = await transcriptMeeting(me.key, "Ana: Only text here.\n");
    expectProblem(await get(mediaRoute.GET, "/api/v1/x", byId(id)), 404);
  });

  it("answers 200 with the whole recording and advertises byte ranges", async () => {
    const result = await getMedia(recordingId);
    expect(result.status).toBe(200);
    expect(result.headers.get("accept-ranges")).toBe("bytes");
    expect(result.headers.get("content-type")).toBe("audio/wav");
    expect(result.headers.get("content-length")).toBe(String(wav.length));
    expect(result.bytes.equals(wav)).toBe(true);
  });

  it.each([
    ["bytes=0-11", 0, 11],
    ["bytes=1000-1999", 1000, 1999],
    ["bytes=16000-", 16_000, wav.length - 1],
    ["bytes=-100", wav.length - 100, wav.length - 1],
    ["bytes=100-999999", 100, wav.length - 1],
  ])("answers 206 with exactly the bytes of Range: %s", async (range, start, end) => {
    const result = await getMedia(recordingId, range);
    expect(result.status).toBe(206);
    expect(result.headers.get("content-range")).toBe(`bytes ${start}-${end}/${wav.length}`);
    expect(result.headers.get("content-length")).toBe(String(end - start + 1));
    expect(result.bytes.equals(wav.subarray(start, end + 1))).toBe(true);
    if (start === 0) expect(result.bytes.toString("latin1")).toMatch(/^RIFF....WAVE$/s);
  });

  it.each(["bytes=99999-", "bytes=16044-16050", "bytes=-0"])(
    "answers 416 to the unsatisfiable Range: %s",
    async (range) => {
      const result = await getMedia(recordingId, range);
      expect(result.status).toBe(416);
      expect(result.headers.get("content-range")).toBe(`bytes */${wav.length}`);
    },
  );
});

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
