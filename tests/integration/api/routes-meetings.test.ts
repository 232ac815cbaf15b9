import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import { getSql } from "@/lib/kernel/db/client";
import { ABANDONED_AFTER_SECONDS } from "@/lib/kernel/idempotency";
import { type Caller, call, makeCaller } from "@/tests/support/api";
import {
  countRows,
  createMeeting,
  errorPaths,
  expectProblem,
  type Handler,
  keyWithScopes,
  liveMeeting,
  meetingRow,
  segment,
  stopServices,
  storedSegments,
} from "@/tests/support/api-fixtures";
import { byId, callsAs } from "./routes-caller";

/** Each /api/v1 route's documented statuses and bodies (DESIGN §5). */

afterAll(stopServices);

let me: Caller;
beforeAll(async () => {
  me = await makeCaller();
});

const { post, get } = callsAs(() => me);
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
